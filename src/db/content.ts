/** Reads of the content tables, shaped for the pages that show them. */
import type { DBCoreRangeType, Transaction } from 'dexie'
import type { TaxonomyNode } from '@/content/types'
import { monthOfRelease, unpackBodies } from './body-pack'
import { db, type BodyMonth, type ReleaseBody, type ReleaseSummary, type StoredSummary } from './database'

export type ReleaseFacet = 'primaryCountries' | 'mentionedCountries' | 'structures' | 'fields'

export interface ReleasePage {
  releases: ReleaseSummary[]
  total: number
}

export async function allNodes(): Promise<TaxonomyNode[]> {
  return db.nodes.toArray()
}

/** Newest first, `limit` from `offset`: an index walk, never a scan of every release. */
export async function latestReleases(offset: number, limit: number): Promise<ReleasePage> {
  const [releases, total] = await Promise.all([
    db.summaries.toCollection().reverse().offset(offset).limit(limit).toArray(),
    db.summaries.count(),
  ])
  return { releases, total }
}

export async function releasesBy(facet: ReleaseFacet, id: string, offset: number, limit: number): Promise<ReleasePage> {
  const matching = () => db.summaries.where(facet).equals(id)
  const [releases, total] = await Promise.all([
    matching().reverse().offset(offset).limit(limit).toArray(),
    matching().count(),
  ])
  return { releases, total }
}

/** The releases the last content update added, newest first (those still stored). */
export async function newReleasesOfLastUpdate(): Promise<{ at: string; releases: ReleaseSummary[] } | null> {
  const change = (await db.installState.get('content'))?.lastChange
  if (!change) return null
  return { at: change.at, releases: await getReleaseSummaries(change.newReleaseIds) }
}

export async function countReleases(): Promise<number> {
  return db.summaries.count()
}

export async function countReleasesBy(facet: ReleaseFacet, id: string): Promise<number> {
  return db.summaries.where(facet).equals(id).count()
}

export interface FullRelease {
  summary: ReleaseSummary
  body: ReleaseBody['body']
}

export async function getRelease(id: string): Promise<FullRelease | null> {
  // Every read is issued before the first inflate, so a live query sees all the tables it depends on.
  const [summary, month, legacy] = await Promise.all([db.summaries.get({ id }), db.bodyMonths.get(monthOfRelease(id)), db.bodies.get(id)])
  if (!summary) return null
  const [body] = await bodiesFrom([id], month ? [month] : [], legacy ? [legacy] : [])
  return { summary, body: body?.body ?? [] }
}

/** The bodies of `ids` found in packed months or in rows kept from schema v1–v3, in the order asked. */
async function bodiesFrom(ids: readonly string[], months: readonly BodyMonth[], legacy: readonly ReleaseBody[]): Promise<ReleaseBody[]> {
  const wanted = new Set(ids)
  const found = new Map(legacy.map((body) => [body.id, body]))
  for (const unpacked of await Promise.all(months.map((month) => unpackBodies(month.packed)))) {
    for (const body of unpacked) if (wanted.has(body.id)) found.set(body.id, body)
  }
  return ids.map((id) => found.get(id)).filter((body): body is ReleaseBody => body !== undefined)
}

/** Up to `limit` other releases sharing a primary country or a field, newest first. */
export async function relatedReleases(release: ReleaseSummary, limit = 6): Promise<ReleaseSummary[]> {
  const lookups = [
    ...release.primaryCountries.map((id) => db.summaries.where('primaryCountries').equals(id)),
    ...release.fields.map((id) => db.summaries.where('fields').equals(id)),
  ].map((collection) => collection.reverse().filter((other) => other.id !== release.id).limit(limit).toArray())
  const found = new Map<string, ReleaseSummary>()
  for (const list of await Promise.all(lookups)) for (const other of list) found.set(other.id, other)
  const shared = (other: ReleaseSummary) =>
    other.primaryCountries.filter((id) => release.primaryCountries.includes(id)).length +
    other.fields.filter((id) => release.fields.includes(id)).length
  return [...found.values()]
    .sort((a, b) => shared(b) - shared(a) || (a.id < b.id ? 1 : -1))
    .slice(0, limit)
}

/** Summaries of these releases in the order asked, without the ids no longer stored. */
export async function getReleaseSummaries(ids: readonly string[]): Promise<ReleaseSummary[]> {
  const found = new Map((await db.summaries.where('id').anyOf([...ids]).toArray()).map((summary) => [summary.id, summary]))
  return ids.map((id) => found.get(id)).filter((summary) => summary !== undefined)
}

/** Bodies of these releases in the order asked, without the ids no longer stored. Inflates each month once. */
export async function getBodies(ids: readonly string[]): Promise<ReleaseBody[]> {
  const months = [...new Set(ids.map(monthOfRelease))]
  const [packed, legacy] = await Promise.all([db.bodyMonths.bulkGet(months), db.bodies.bulkGet([...ids])])
  return bodiesFrom(
    ids,
    packed.filter((month): month is BodyMonth => month !== undefined),
    legacy.filter((body): body is ReleaseBody => body !== undefined),
  )
}

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
