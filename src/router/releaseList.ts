/**
 * The list a release was opened from travels in the release's URL
 * (`/releases/<id>?from=country:mongolia`), so its page can offer the list's
 * previous and next release, after a reload or offline too. A release opened any
 * other way (a deep link, a related release) has no list and no neighbours.
 * Pure (no Vue, no router instance): this module turns the parameter into a
 * ReleaseList and back.
 */
import type { LocationQuery, RouteLocationRaw } from 'vue-router'
import type { ReleaseFacet } from '@/db/content'
import { releasePath } from './paths'

/**
 * A list of releases: the home page's latest and one node's facet list (newest
 * first), or a search's results, named by the search's own URL query
 * (`q=border&country=mongolia`, see searchList in searchQuery.ts): this module
 * is on the first route, and the search's rules are not.
 */
export type ReleaseList =
  | { kind: 'latest' }
  | { kind: 'facet'; facet: ReleaseFacet; id: string }
  | { kind: 'search'; query: string }

/** The home page's list: every release, newest first. */
export const LATEST_RELEASES: ReleaseList = Object.freeze({ kind: 'latest' })

export const facetList = (facet: ReleaseFacet, id: string): ReleaseList => ({ kind: 'facet', facet, id })

/** The release URL's query parameter that names the list. */
export const LIST_PARAM = 'from'

/** The names of the facet lists in the URL, as the pages that show them call them. */
const FACET_NAMES = {
  country: 'primaryCountries',
  mentioned: 'mentionedCountries',
  structure: 'structures',
  field: 'fields',
} as const satisfies Record<string, ReleaseFacet>

type FacetName = keyof typeof FACET_NAMES

const LATEST = 'latest'
const SEARCH = 'search'
const NODE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const facetNameOf = (facet: ReleaseFacet): FacetName =>
  (Object.keys(FACET_NAMES) as FacetName[]).find((name) => FACET_NAMES[name] === facet) ?? 'country'

/** `latest`, `country:mongolia`, `search:q=border&country=mongolia`: the list as the URL names it. */
export function listParam(list: ReleaseList): string {
  switch (list.kind) {
    case 'latest':
      return LATEST
    case 'facet':
      return `${facetNameOf(list.facet)}:${list.id}`
    case 'search':
      return `${SEARCH}:${list.query}`
  }
}

/** The list a release URL names, or null when it names none or one that cannot be read (a hand-edited URL). */
export function parseReleaseList(query: LocationQuery): ReleaseList | null {
  const raw = query[LIST_PARAM]
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value !== 'string') return null
  if (value === LATEST) return { kind: 'latest' }
  const separator = value.indexOf(':')
  if (separator < 0) return null
  const name = value.slice(0, separator)
  const rest = value.slice(separator + 1)
  // What the search's query asks for is read where its neighbours are found (searchOfList).
  if (name === SEARCH) return rest ? { kind: 'search', query: rest } : null
  const facet = Object.hasOwn(FACET_NAMES, name) ? FACET_NAMES[name as FacetName] : undefined
  return facet && NODE_ID.test(rest) ? { kind: 'facet', facet, id: rest } : null
}

/** Where a release of a list links to: its page, naming the list when there is one. */
export function releaseLocation(id: string, list?: ReleaseList | null): RouteLocationRaw {
  return list ? { path: releasePath(id), query: { [LIST_PARAM]: listParam(list) } } : releasePath(id)
}
