/**
 * Search answers for the seed release, as the engine gives them, for component
 * tests that mock '@/search/client' (the UI is tested apart from the index).
 */
import type { FacetCount, SearchResponse } from '@/search/types'
import { SEED_RELEASE_ID } from './seedContent'

const one = (...values: string[]): FacetCount[] => values.map((value) => ({ value, count: 1 }))

/** The seed's facet values, each with its one release. */
export const SEED_FACETS: SearchResponse['facets'] = {
  type: one('press-release'),
  field: one('countering-terrorism', 'human-rights'),
  country: one('canada', 'denmark', 'estonia', 'finland', 'kyrgyzstan', 'mongolia', 'netherlands', 'spain', 'united-states-of-america'),
  structure: one('odihr', 'secretariat'),
}

/** The seed found: `ulaanbaatar` by default. */
export function seedHit(matchedTerms: string[] = ['ulaanbaatar'], overrides: Partial<SearchResponse> = {}): SearchResponse {
  return {
    total: 1,
    hits: [{ id: SEED_RELEASE_ID, score: 0.49 }],
    matchedTerms,
    facets: SEED_FACETS,
    years: [{ value: '2017', count: 1 }],
    suggestions: [],
    tookMs: 1,
    ...overrides,
  }
}

/** Nothing found, e.g. `ulanbatar` within countering terrorism. */
export function noHits(suggestions: string[] = ['ulaanbaatar'], facets: Partial<SearchResponse['facets']> = {}): SearchResponse {
  return {
    total: 0,
    hits: [],
    matchedTerms: [],
    facets: { type: [], field: [], country: [], structure: [], ...facets },
    years: [],
    suggestions,
    tookMs: 1,
  }
}
