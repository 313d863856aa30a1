/**
 * Reads and writes for the search worker: the releases to index and the stored
 * index. Kept free of Vue so the worker bundle carries only Dexie and the engine.
 */
import { newestFirst } from '@/content/release-order'
import type { Release } from '@/content/types'
import { getBodies } from './content'
import { db, type SearchIndexPart, type SearchIndexRecord, type StoredSearchIndex, type StoredSummary } from './database'

/** Releases read per transaction while collecting them for a build. */
const CHUNK = 500

/** Bytes per stored row of the index: well under Chromium's 127 MiB limit on one IndexedDB value. */
export const SEARCH_INDEX_PART_BYTES = 32 * 1024 * 1024

const partKey = (part: number): `index:${number}` => `index:${part}`

/** The stored index with its parts joined; undefined when there is none, or a part is missing (it is rebuilt). */
export async function readSearchIndex(): Promise<SearchIndexRecord | undefined> {
  return db.transaction('r', db.searchIndex, async () => {
    const first = await db.searchIndex.get('index')
    if (!first || !('contentVersion' in first)) return undefined
    const { parts = 1, ...record } = first
    if (parts === 1) return record
    const rest = await db.searchIndex.bulkGet(Array.from({ length: parts - 1 }, (_, index) => partKey(index + 1)))
    const buffers = [first.buffer, ...rest.map((row) => row?.buffer)]
    if (!buffers.every((buffer): buffer is ArrayBuffer => buffer !== undefined)) return undefined
    const joined = new Uint8Array(buffers.reduce((sum, buffer) => sum + buffer.byteLength, 0))
    let offset = 0
    for (const buffer of buffers) {
      joined.set(new Uint8Array(buffer), offset)
      offset += buffer.byteLength
    }
    return { ...record, buffer: joined.buffer }
  })
}

/** Stores the index in parts of SEARCH_INDEX_PART_BYTES, replacing every row of the one before. */
export async function writeSearchIndex(record: SearchIndexRecord, partBytes = SEARCH_INDEX_PART_BYTES): Promise<void> {
  const parts = Math.max(1, Math.ceil(record.buffer.byteLength / partBytes))
  const slice = (part: number) => record.buffer.slice(part * partBytes, (part + 1) * partBytes)
  const rows: (StoredSearchIndex | SearchIndexPart)[] = [
    { ...record, buffer: parts === 1 ? record.buffer : slice(0), parts },
    ...Array.from({ length: parts - 1 }, (_, index) => ({ key: partKey(index + 1), buffer: slice(index + 1) })),
  ]
  await db.transaction('rw', db.searchIndex, async () => {
    await db.searchIndex.clear()
    await db.searchIndex.bulkPut(rows)
  })
}

/** The summaries as releases to index: each with its body (its month inflated once), without the stored-only fields. */
async function withBodies(summaries: readonly StoredSummary[]): Promise<Release[]> {
  const bodies = new Map((await getBodies(summaries.map((summary) => summary.id))).map((body) => [body.id, body.body]))
  return summaries.map(({ structures: _structures, key: _key, ...summary }): Release => ({ ...summary, body: bodies.get(summary.id) ?? [] }))
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
    releases.push(...(await withBodies(summaries)))
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
    const releases = [...waiting, ...(await withBodies(summaries))]
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
