import type { SearchClient } from './client'

let loading: Promise<SearchClient> | undefined

/**
 * The app's search client, loaded on first use: the header's suggestions and
 * the index refresh after an install need it, but the first route's
 * JavaScript must not carry it (tests/e2e/budget.e2e.ts).
 * A failed load (offline before the chunk was cached) is tried again next time.
 */
export function loadSearchClient(): Promise<SearchClient> {
  loading ??= import('./client').then(
    (module) => module.searchClient,
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}
