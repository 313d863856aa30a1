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

/**
 * One consistent look at the stored content, in a single read-only transaction (the snapshot a page would render
 * from): the install record's version and whether it is complete, and the release ids. Never creates the database.
 */
export async function storedContent(page: Page): Promise<{ version: string; complete: boolean; ids: string[] }> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const request = indexedDB.open('osce-field-reader')
      request.onupgradeneeded = () => request.transaction?.abort()
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error))
    })
    if (!database) return { version: '', complete: false, ids: [] }
    try {
      const transaction = database.transaction(['installState', 'summaries'], 'readonly')
      const read = <T,>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
      const [state, summaries] = await Promise.all([
        read(transaction.objectStore('installState').get('content') as IDBRequest<{ version: string; complete: boolean } | undefined>),
        read(transaction.objectStore('summaries').getAll() as IDBRequest<{ id: string }[]>),
      ])
      return { version: state?.version ?? '', complete: state?.complete ?? false, ids: summaries.map((summary) => summary.id).sort() }
    } finally {
      database.close()
    }
  })
}
