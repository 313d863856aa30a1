/**
 * Reads and writes for the search worker: the releases to index and the stored
 * index. Kept free of Vue so the worker bundle carries only Dexie and the engine.
 */
import { newestFirst } from '@/content/release-order'
import type { Release } from '@/content/types'
import { getBodies } from './content'
import { db, type SearchIndexRecord, type StoredSummary } from './database'

/** Releases read per transaction while collecting them for a build. */
const CHUNK = 500

export async function readSearchIndex(): Promise<SearchIndexRecord | undefined> {
  return db.searchIndex.get('index')
}

export async function writeSearchIndex(record: SearchIndexRecord): Promise<void> {
  await db.transaction('rw', db.searchIndex, async () => {
    await db.searchIndex.put(record)
  })
}

/**
 * Every release with its body, in id order, read `CHUNK` summaries at a time
 * (by key range), then the packed months of their bodies, inflated once per
 * chunk, so no single read materialises the whole table twice and no long
 * transaction holds back an install.
 */
export async function readAllReleasesForIndex(chunk = CHUNK): Promise<Release[]> {
  const releases: Release[] = []
  let after: string | null = null
  for (;;) {
    const from: string | null = after
    const summaries: StoredSummary[] = await (from === null ? db.summaries.orderBy('id') : db.summaries.where('id').above(from)).limit(chunk).toArray()
    const bodies = new Map((await getBodies(summaries.map((summary) => summary.id))).map((body) => [body.id, body.body]))
    releases.push(...summaries.map(({ structures: _structures, key: _key, ...summary }): Release => ({ ...summary, body: bodies.get(summary.id) ?? [] })))
    const last = summaries.at(-1)
    if (!last || summaries.length < chunk) return releases
    after = last.id
  }
}

/**
 * Every release with its body, newest first in `newestFirst` order, handed to `each` a chunk at a time, so the
 * caller (the index build) never holds every text at once. Read backwards by id (ids start with the date), a
 * chunk's oldest date may go on in the next chunk: its releases wait for it, so each date's come whole and sorted.
 * Returns how many releases were handed over.
 */
export async function forEachReleaseNewestFirst(each: (releases: Release[]) => void, chunk = CHUNK): Promise<number> {
  let before: string | null = null
  let waiting: Release[] = []
  let handed = 0
  for (;;) {
    const from: string | null = before
    const summaries: StoredSummary[] = await (from === null ? db.summaries.orderBy('id') : db.summaries.where('id').below(from)).reverse().limit(chunk).toArray()
    const bodies = new Map((await getBodies(summaries.map((summary) => summary.id))).map((body) => [body.id, body.body]))
    const releases = [...waiting, ...summaries.map(({ structures: _structures, key: _key, ...summary }): Release => ({ ...summary, body: bodies.get(summary.id) ?? [] }))]
    const last = summaries.at(-1)
    const ended = !last || summaries.length < chunk
    const lastDate = releases.at(-1)?.date
    const ready = ended ? releases : releases.filter((release) => release.date !== lastDate)
    waiting = ended ? [] : releases.filter((release) => release.date === lastDate)
    if (ready.length > 0) each(ready.sort(newestFirst))
    handed += ready.length
    if (ended || !last) return handed
    before = last.id
  }
}

/** How many releases are installed: an index of the same content version but another count is stale (a release range was dropped). */
export { countReleases } from './content'

/** The ids of the installed releases, for an index kept while content changes under it. */
export async function readReleaseIds(): Promise<Set<string>> {
  return new Set((await db.summaries.orderBy('id').keys()).map(String))
}
