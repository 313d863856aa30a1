/** Reads of the content tables, shaped for the pages that show them. */
import type { TaxonomyNode } from '@/content/types'
import { monthOfRelease, unpackBodies } from './body-pack'
import { db, type BodyMonth, type ReleaseBody, type ReleaseSummary } from './database'

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
