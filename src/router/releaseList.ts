/**
 * The lists whose releases have Previous and Next, as their release URLs name
 * them (see releaseLocation.ts): made for the links of the list pages, read
 * back by the release page. Pure (no Vue, no router instance).
 */
import type { LocationQuery } from 'vue-router'
import type { ReleaseFacet } from '@/db/content'
import { LATEST_RELEASES, LIST_PARAM, type ListName } from './releaseLocation'

/**
 * A list of releases, with its name: the home page's latest and one node's
 * facet list (newest first), or a search's results, given by the search's own
 * URL query (`q=border&country=mongolia`, read by searchOfList).
 */
export type ReleaseList = { name: ListName } & (
  | { kind: 'latest' }
  | { kind: 'facet'; facet: ReleaseFacet; id: string }
  | { kind: 'search'; query: string }
)

/** The names of the facet lists in the URL, as the pages that show them call them. */
const FACET_NAMES = {
  country: 'primaryCountries',
  mentioned: 'mentionedCountries',
  structure: 'structures',
  field: 'fields',
} as const satisfies Record<string, ReleaseFacet>

type FacetName = keyof typeof FACET_NAMES

export const SEARCH_LIST = 'search'
const NODE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The releases of one node in one facet (a country's, a structure's…): `country:mongolia`. */
export function facetList(facet: ReleaseFacet, id: string): ListName {
  const name = (Object.keys(FACET_NAMES) as FacetName[]).find((candidate) => FACET_NAMES[candidate] === facet) ?? 'country'
  return `${name}:${id}` as ListName
}

/** The list a release URL names, or null when it names none or one that cannot be read (a hand-edited URL). */
export function parseReleaseList(query: LocationQuery): ReleaseList | null {
  const raw = query[LIST_PARAM]
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value !== 'string') return null
  const name = value as ListName
  if (value === LATEST_RELEASES) return { name, kind: 'latest' }
  const separator = value.indexOf(':')
  if (separator < 0) return null
  const prefix = value.slice(0, separator)
  const rest = value.slice(separator + 1)
  // What the search's query asks for is read where its neighbours are found (searchOfList).
  if (prefix === SEARCH_LIST) return rest ? { name, kind: 'search', query: rest } : null
  const facet = Object.hasOwn(FACET_NAMES, prefix) ? FACET_NAMES[prefix as FacetName] : undefined
  return facet && NODE_ID.test(rest) ? { name, kind: 'facet', facet, id: rest } : null
}
