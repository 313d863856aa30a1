import type { Page } from 'playwright-core'

/** Counts rows with the plain IndexedDB API, independent of the app's own code. */
export async function countRows(page: Page, stores: readonly string[]): Promise<Record<string, number>> {
  return page.evaluate(async (names) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('osce-field-reader')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const counts: Record<string, number> = {}
    for (const name of names) {
      counts[name] = await new Promise<number>((resolve, reject) => {
        const request = database.transaction(name).objectStore(name).count()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    }
    database.close()
    return counts
  }, stores)
}

export async function installState(page: Page): Promise<{ complete: boolean; installedFiles: string[] } | undefined> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('osce-field-reader')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const state = await new Promise<{ complete: boolean; installedFiles: string[] } | undefined>((resolve, reject) => {
      const request = database.transaction('installState').objectStore('installState').get('content')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    database.close()
    return state
  })
}
