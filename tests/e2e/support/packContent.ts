/** Packs for sync and fault tests, and plain-IndexedDB looks at what the app stored from them. */
import type { Page } from 'playwright-core'
import { compileContent } from '../../../src/content/compile'
import { buildPack, type Pack } from '../../../src/content/pack'
import { NODE_PACK_TOOLS } from '../../../scripts/pack-tools'
import type { PageText } from './packVersions'

export const packOf = (pages: PageText[]): Pack => buildPack(compileContent(pages), NODE_PACK_TOOLS)

/** The path of a month's shard in the pack (`releases/2019-05.….json`), or '' when the pack has no such month. */
export const shardPath = (pack: Pack, month: string): string => pack.manifest.files.find((file) => file.shard === month)?.path ?? ''

/** Every release id of the pack, sorted. */
export const idsOf = (pack: Pack): string[] =>
  [...pack.files.entries()]
    .filter(([path]) => path.startsWith('releases/'))
    .flatMap(([, text]) => (JSON.parse(text) as { releases: { id: string }[] }).releases.map((release) => release.id))
    .sort()

/** Asks the app to look for content now, as the network coming back does. */
export const checkNow = (page: Page): Promise<boolean> => page.evaluate(() => dispatchEvent(new Event('online')))

/** One consistent look at the stored content (what a page would render from). */
export interface StoredContent {
  version: string
  complete: boolean
  /** The pack files the install record lists as installed, sorted. */
  installedFiles: string[]
  /** Release ids, sorted, from the summaries' id index (a release stored twice shows twice). */
  ids: string[]
}

/**
 * The stored content, in a single read-only transaction (the snapshot a page would render from): the install
 * record and the release ids. Never creates the database (an empty one at version 1 would block the app's upgrade).
 */
export async function storedContent(page: Page): Promise<StoredContent> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const request = indexedDB.open('osce-field-reader')
      request.onupgradeneeded = () => request.transaction?.abort()
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error))
    })
    if (!database) return { version: '', complete: false, installedFiles: [], ids: [] }
    try {
      const transaction = database.transaction(['installState', 'summaries'], 'readonly')
      const state = new Promise<{ version: string; complete: boolean; installedFiles?: string[] } | undefined>((resolve, reject) => {
        const request = transaction.objectStore('installState').get('content')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      // The id index's own keys (getAllKeys would give the primary keys).
      const ids = new Promise<IDBValidKey[]>((resolve, reject) => {
        const keys: IDBValidKey[] = []
        const request = transaction.objectStore('summaries').index('id').openKeyCursor()
        request.onsuccess = () => {
          if (!request.result) return resolve(keys)
          keys.push(request.result.key)
          request.result.continue()
        }
        request.onerror = () => reject(request.error)
      })
      const [install, keys] = await Promise.all([state, ids])
      return { version: install?.version ?? '', complete: install?.complete ?? false, installedFiles: [...(install?.installedFiles ?? [])].sort(), ids: keys.map(String).sort() }
    } finally {
      database.close()
    }
  })
}
