/**
 * The search's state that the app keeps for its whole life (src/startup.ts creates it), apart
 * from useSearch.ts: the first route holds the cache, not the search and its snippet code.
 */
import type { InjectionKey } from 'vue'
import type { ReleaseSummary } from '@/db/database'
import type { SearchResponse } from '@/search/types'

export interface SearchResultItem {
  release: ReleaseSummary
  /** Plain text around the best match (highlighted when shown). */
  snippet: string
}

export interface SearchOutcome {
  response: SearchResponse
  results: readonly SearchResultItem[]
}

/**
 * The last outcomes by URL, for the life of the app: going back to a search
 * renders its results in the same tick, before the router restores the scroll
 * position, instead of scrolling a page still waiting for the worker.
 */
export interface SearchCache {
  get(key: string): SearchOutcome | undefined
  remember(key: string, outcome: SearchOutcome): void
  clear(): void
}

const KEPT_OUTCOMES = 20

/** One cache per app, created by src/startup.ts. */
export function createSearchCache(): SearchCache {
  const outcomes = new Map<string, SearchOutcome>()
  return {
    get: (key) => outcomes.get(key),
    remember(key, outcome) {
      outcomes.delete(key)
      outcomes.set(key, outcome)
      const oldest = outcomes.keys().next()
      if (outcomes.size > KEPT_OUTCOMES && !oldest.done) outcomes.delete(oldest.value)
    },
    clear: () => outcomes.clear(),
  }
}

export const searchCacheKey: InjectionKey<SearchCache> = Symbol('searchCache')
