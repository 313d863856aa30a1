import type { Page } from 'playwright-core'

/** Counts rows with the plain IndexedDB API, independent of the app's own code. */
/** Rows per store; a store the database lacks (or no database yet) counts 0. Never creates the database (see installState). */
export async function countRows(page: Page, stores: readonly string[]): Promise<Record<string, number>> {
  return page.evaluate(async (names) => {
    const database = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const request = indexedDB.open('osce-field-reader')
      request.onupgradeneeded = () => request.transaction?.abort()
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error))
    })
    const counts: Record<string, number> = {}
    try {
      for (const name of names) {
        counts[name] = !database?.objectStoreNames.contains(name)
          ? 0
          : await new Promise<number>((resolve, reject) => {
              const request = database.transaction(name).objectStore(name).count()
              request.onsuccess = () => resolve(request.result)
              request.onerror = () => reject(request.error)
            })
      }
    } finally {
      database?.close()
    }
    return counts
  }, stores)
}

/**
 * The install state, or undefined while the app has not created its database yet. Never creates the
 * database itself: an open without a version would create an empty one at version 1, and a connection
 * left open to it (the read below throws, as the store is missing) blocks the app's own upgrade until
 * the page collects it, half a minute later.
 */
export async function installState(page: Page): Promise<{ complete: boolean; installedFiles: string[]; checkedAt?: string } | undefined> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const request = indexedDB.open('osce-field-reader')
      request.onupgradeneeded = () => request.transaction?.abort()
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error))
    })
    if (!database) return undefined
    try {
      if (!database.objectStoreNames.contains('installState')) return undefined
      return await new Promise<{ complete: boolean; installedFiles: string[]; checkedAt?: string } | undefined>((resolve, reject) => {
        const request = database.transaction('installState').objectStore('installState').get('content')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    } finally {
      database.close()
    }
  })
}
