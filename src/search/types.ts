/**
 * The search contract between the UI (main thread), the search worker and the
 * pure index in src/search/. Plain data only: it crosses postMessage.
 */

/** Facet dimensions, as they appear in the /search URL. */
export type FacetName = 'type' | 'field' | 'country' | 'structure'

/** The type facet value of items that carry no content type. */
export const NO_TYPE = 'none'

export interface SearchFilters {
  /** Content type slug (`press-release`), from slugify(type); NO_TYPE for items without a type. */
  type?: string
  /** Field-of-work node id. */
  field?: string
  /** Country node id: matches primary or mentioned countries. */
  country?: string
  /** Structure node id (a source). */
  structure?: string
  /** Inclusive year range. */
  from?: number
  to?: number
}

export type SearchSort = 'relevance' | 'date'

export interface SearchRequest {
  /** Free text; empty means "browse by filters", sorted by date. */
  q: string
  filters: SearchFilters
  sort: SearchSort
  /** Results wanted from the top (paging by growing the window). */
  limit: number
}

/** The releases either side of one in a search's whole result, in its order (ids). */
export interface SearchNeighbours {
  previous: string | null
  next: string | null
}

export interface SearchHit {
  /** Release id (the /releases/:slug slug). */
  id: string
  score: number
}

export interface FacetCount {
  value: string
  count: number
}

export interface SearchResponse {
  /** Number of releases matching query and filters. */
  total: number
  hits: SearchHit[]
  /** Folded query terms as matched in the index (including prefix/typo expansions), for highlighting. */
  matchedTerms: string[]
  /**
   * Counts per facet value among the releases matching the query and the OTHER
   * filters (standard faceting), most frequent first: values with a count, and
   * the value selected in the filters always, with 0 when nothing matches it,
   * so the UI can show it and offer to clear it.
   */
  facets: Record<FacetName, FacetCount[]>
  /** Counts per year among matches, for the year range. */
  years: FacetCount[]
  /** When nothing matches: the closest index terms to the query's words. */
  suggestions: string[]
  /** How long the query took in the worker, ms. */
  tookMs: number
}
