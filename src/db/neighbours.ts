/**
 * A release's neighbours in the list it was opened from, for its Previous and
 * Next: apart from content.ts, which the first route loads, as only the release
 * page needs them.
 */
import type { DBCoreRangeType, Transaction } from 'dexie'
import type { ReleaseFacet } from './content'
import { db, type ReleaseSummary, type StoredSummary } from './database'

/** The releases either side of one in a newest-first list: the one shown before it (newer) and the one after it (older). */
export interface ListNeighbours {
  previous: ReleaseSummary | null
  next: ReleaseSummary | null
}

/** Neighbours of `id` in the list of all releases (the home page's), or null when it is not installed. */
export async function neighboursInLatest(id: string): Promise<ListNeighbours | null> {
  const current = await db.summaries.get({ id })
  if (!current) return null
  // Key order is id order (oldest first): two key-range reads, however long the list.
  const [previous, next] = await Promise.all([
    db.summaries.where('key').above(current.key).first(),
    db.summaries.where('key').below(current.key).last(),
  ])
  return { previous: previous ?? null, next: next ?? null }
}

/** Neighbours of `id` in the releases of one facet value (`releasesBy`'s list), or null when it is not in that list. */
export async function neighboursBy(facet: ReleaseFacet, value: string, id: string): Promise<ListNeighbours | null> {
  const current = await db.summaries.get({ id })
  if (!current?.[facet].includes(value)) return null
  const [previousKey, nextKey] = await db.transaction('r', db.summaries, (transaction) =>
    Promise.all([adjacentKey(transaction, facet, value, current.key, 'newer'), adjacentKey(transaction, facet, value, current.key, 'older')]),
  )
  const [previous, next] = await db.summaries.bulkGet([previousKey ?? '', nextKey ?? ''])
  return { previous: previousKey ? (previous ?? null) : null, next: nextKey ? (next ?? null) : null }
}

/**
 * The storage key next to `key` among the rows whose `facet` holds `value`. The
 * multi-entry index keeps the rows of one value in key order, and a cursor can
 * jump straight to a (value, key) pair (IDBCursor.continuePrimaryKey, which
 * Dexie's collections do not offer): a few steps for a list of any length.
 */
async function adjacentKey(transaction: Transaction, facet: ReleaseFacet, value: string, key: string, side: 'newer' | 'older'): Promise<string | undefined> {
  const table = db.summaries.core
  const index = table.schema.getIndexByKeyPath(facet)
  if (!index) throw new Error(`The summaries table has no index on ${facet}.`)
  const equal: DBCoreRangeType.Equal = 1
  const cursor = await table.openCursor({
    trans: transaction.idbtrans,
    values: false,
    reverse: side === 'older',
    query: { index, range: { type: equal, lower: value, upper: value } },
  })
  if (!cursor) return undefined
  let found: StoredSummary['key'] | undefined
  await cursor.start(() => {
    const at = String(cursor.primaryKey)
    if (side === 'newer' ? at > key : at < key) {
      found = at
      cursor.stop()
    } else if (at === key) cursor.continue()
    else cursor.continuePrimaryKey(value, key)
  })
  return found
}
