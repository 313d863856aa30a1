/** Reads of the content tables, shaped for the pages that show them. */
import type { TaxonomyNode } from '@/content/types'
import { db, type ReleaseBody, type ReleaseSummary } from './database'

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
    db.releases.orderBy('id').reverse().offset(offset).limit(limit).toArray(),
    db.releases.count(),
  ])
  return { releases, total }
}

export async function releasesBy(facet: ReleaseFacet, id: string, offset: number, limit: number): Promise<ReleasePage> {
  const matching = () => db.releases.where(facet).equals(id)
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
  return db.releases.count()
}

export async function countReleasesBy(facet: ReleaseFacet, id: string): Promise<number> {
  return db.releases.where(facet).equals(id).count()
}

export interface FullRelease {
  summary: ReleaseSummary
  body: ReleaseBody['body']
}

export async function getRelease(id: string): Promise<FullRelease | null> {
  const [summary, body] = await Promise.all([db.releases.get(id), db.bodies.get(id)])
  if (!summary) return null
  return { summary, body: body?.body ?? [] }
}

/** Up to `limit` other releases sharing a primary country or a field, newest first. */
export async function relatedReleases(release: ReleaseSummary, limit = 6): Promise<ReleaseSummary[]> {
  const lookups = [
    ...release.primaryCountries.map((id) => db.releases.where('primaryCountries').equals(id)),
    ...release.fields.map((id) => db.releases.where('fields').equals(id)),
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
  const found = await db.releases.bulkGet([...ids])
  return found.filter((summary): summary is ReleaseSummary => summary !== undefined)
}

/** Bodies of these releases in the order asked, without the ids no longer stored. */
export async function getBodies(ids: readonly string[]): Promise<ReleaseBody[]> {
  const found = await db.bodies.bulkGet([...ids])
  return found.filter((body): body is ReleaseBody => body !== undefined)
}
