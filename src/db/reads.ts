/**
 * The reader's read marks and the unread counts derived from them.
 *
 * `reads` is the reader's data (one row per release opened or marked, kept
 * across every content change); `readNodes` is derived from it and the
 * content: for each read release that is in the content, the facet keys it is
 * filed under, so an unread count is two index counts and never a scan.
 * install.ts keeps `readNodes` exact whenever a month's summaries change.
 */
import { monthOfRelease } from './body-pack'
import type { ReleaseFacet } from './content'
import { db, readNodeKey, readNodesOf, type ReleaseSummary, type StoredSummary } from './database'

/** A list "Mark all as read" applies to: the latest releases (all of them) or one node's releases in one facet. */
export type ReadableList = { kind: 'latest' } | { kind: 'facet'; facet: ReleaseFacet; id: string }

/** Marks a release read; one already read keeps its first mark (and no live query reruns for nothing). */
export async function markRead(releaseId: string, at: string = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', db.reads, db.readNodes, db.summaries, async () => {
    const [mark, summary] = await Promise.all([db.reads.get(releaseId), db.summaries.get({ id: releaseId })])
    if (mark) return
    await db.reads.put({ releaseId, readAt: at })
    if (summary) await db.readNodes.put(readNodesOf(summary))
  })
}

export async function markUnread(releaseId: string): Promise<void> {
  await db.transaction('rw', db.reads, db.readNodes, async () => {
    await Promise.all([db.reads.delete(releaseId), db.readNodes.delete(releaseId)])
  })
}

/**
 * Rows read per request while marking a whole list: each answer is a task of its own on the
 * thread that runs this, so 20,000 releases never arrive (and deserialise) in one long task.
 */
const MARK_ALL_CHUNK = 500

/** Marks every release of the list read, in one transaction; returns how many were unread. */
export async function markAllRead(list: ReadableList, at: string = new Date().toISOString()): Promise<number> {
  return db.transaction('rw', db.summaries, db.reads, db.readNodes, async () => {
    let marked = 0
    for (let done = 0, after: string | null = null; ; done += MARK_ALL_CHUNK) {
      const chunk: StoredSummary[] = await chunkOf(list, done, after).limit(MARK_ALL_CHUNK).toArray()
      const last = chunk.at(-1)
      if (!last) return marked
      // Key order is id order, so the chunk's marks are one range of `reads`: one request, not one per release.
      const read = new Set(await db.reads.where('releaseId').between(chunk[0]?.id ?? '', last.id, true, true).primaryKeys())
      const unread = chunk.filter((summary) => !read.has(summary.id))
      // Marks added, not put: these have none (read above, in this transaction), and Dexie's change tracking reads
      // no old rows for an add. Their nodes are put: a stray row left by any other writer must not fail the whole list.
      await Promise.all([
        db.reads.bulkAdd(unread.map((summary) => ({ releaseId: summary.id, readAt: at }))),
        db.readNodes.bulkPut(unread.map(readNodesOf)),
      ])
      marked += unread.length
      if (chunk.length < MARK_ALL_CHUNK) return marked
      after = last.key
    }
  })
}

/**
 * The list's summaries from its `done`th, in key order: the latest list by key range from the last key read;
 * a facet's by offset in its index (marking does not change summaries, so the offsets stay put).
 */
function chunkOf(list: ReadableList, done: number, after: string | null) {
  if (list.kind === 'facet') return db.summaries.where(list.facet).equals(list.id).offset(done)
  return after === null ? db.summaries.toCollection() : db.summaries.where(':id').above(after)
}

/** Which of these releases are read: only their own marks are read (never every mark, whatever the list's length). */
export async function readAmong(releaseIds: readonly string[]): Promise<Set<string>> {
  const marks = await db.reads.bulkGet([...releaseIds])
  return new Set(marks.filter((mark) => mark !== undefined).map((mark) => mark.releaseId))
}

export async function isRead(releaseId: string): Promise<boolean> {
  return (await db.reads.get(releaseId)) !== undefined
}

/** Unread releases of a node in a facet: its releases minus its read ones, two index counts. */
export async function unreadCountBy(facet: ReleaseFacet, id: string): Promise<number> {
  const [total, read] = await Promise.all([
    db.summaries.where(facet).equals(id).count(),
    db.readNodes.where('nodes').equals(readNodeKey(facet, id)).count(),
  ])
  return Math.max(0, total - read)
}

/** Unread releases of the whole content (`readNodes` has a row for each read release that is in it). */
export async function unreadCount(): Promise<number> {
  const [total, read] = await Promise.all([db.summaries.count(), db.readNodes.count()])
  return Math.max(0, total - read)
}

/** How many of a node's releases the newest-unread walk reads before it gives up on a list read almost to its end. */
const UNREAD_WALK_LIMIT = 1000

/** One page of a node's list, newest first: its unread releases, whether the list goes on, and its oldest id. */
export interface UnreadPage {
  unread: ReleaseSummary[]
  full: boolean
  oldestId: string | undefined
}

/** The `size` releases of the node's list from its `offset`th, newest first, checked against their own marks. */
async function unreadPageBy(facet: ReleaseFacet, id: string, offset: number, size: number): Promise<UnreadPage> {
  const summaries = await db.summaries.where(facet).equals(id).reverse().offset(offset).limit(size).toArray()
  const read = await readAmong(summaries.map((summary) => summary.id))
  return { unread: summaries.filter((summary) => !read.has(summary.id)), full: summaries.length === size, oldestId: summaries.at(-1)?.id }
}

/** The first page of the walk for `limit` unread releases: twice the limit, so a list half read is usually answered by it. */
export function firstUnreadPageBy(facet: ReleaseFacet, id: string, limit: number): Promise<UnreadPage> {
  return unreadPageBy(facet, id, 0, 2 * limit)
}

/**
 * Up to `limit` of the node's newest unread releases: pages of its list, newest first, each twice the one before,
 * from the first (firstUnreadPageBy; `firstPage` when the caller has read it already). `unread`, the node's unread
 * count when known: the walk goes no further once every unread release is found.
 */
export async function newestUnreadBy(facet: ReleaseFacet, id: string, limit: number, unread?: number, firstPage?: UnreadPage): Promise<ReleaseSummary[]> {
  let page = firstPage ?? (await firstUnreadPageBy(facet, id, limit))
  const found = [...page.unread]
  for (let size = 2 * limit, offset = size; found.length < limit && page.full && offset < UNREAD_WALK_LIMIT; offset += size) {
    if (unread !== undefined && found.length >= unread) break
    size *= 2
    page = await unreadPageBy(facet, id, offset, size)
    found.push(...page.unread)
  }
  return found.slice(0, limit)
}

// ---- Keeping readNodes exact across content changes (called by install.ts, inside its transactions) ----

/** Drops the derived rows of the months' releases. Needs `readNodes` in the transaction. */
export async function dropReadNodesOfMonths(months: readonly string[]): Promise<void> {
  await Promise.all(months.map((month) => db.readNodes.where('releaseId').between(`${month}-`, `${month}-\uffff`).delete()))
}

/**
 * Writes the derived rows of these newly written summaries that have a read mark (their month's old rows
 * dropped first by the caller). Reads the marks of each month by key range. Needs `reads` and `readNodes`.
 */
export async function addReadNodesOf(summaries: readonly ReleaseSummary[]): Promise<void> {
  const months = [...new Set(summaries.map((summary) => monthOfRelease(summary.id)))]
  const marks = await Promise.all(months.map((month) => db.reads.where('releaseId').between(`${month}-`, `${month}-\uffff`).primaryKeys()))
  const read = new Set(marks.flat())
  if (read.size === 0) return
  const rows = summaries.filter((summary) => read.has(summary.id)).map(readNodesOf)
  await db.readNodes.bulkPut(rows)
}
