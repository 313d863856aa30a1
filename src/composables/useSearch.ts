import { computed, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { getBodies, getReleaseSummaries } from '@/db/content'
import { searchClient } from '@/search/client'
import { bestSnippet } from '@/search/highlight'
import type { SearchRequest, SearchResponse } from '@/search/types'
import { useContentSyncStore } from '@/stores/contentSync'
import { isBlank, searchKey } from '@/router/searchQuery'
import { injectAppState } from './injectAppState'
import { searchCacheKey, type SearchOutcome, type SearchResultItem } from './searchCache'

export type { SearchOutcome, SearchResultItem } from './searchCache'

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((term, index) => term === b[index])
}

async function loadResults(response: SearchResponse, previous: SearchOutcome | null): Promise<SearchResultItem[]> {
  // "Show more" asks again for a longer window: the first rows are already read (snippets depend on the terms).
  const reusable = previous && sameTerms(previous.response.matchedTerms, response.matchedTerms) ? previous.results : []
  const known = new Map(reusable.map((item) => [item.release.id, item]))
  const missing = response.hits.map((hit) => hit.id).filter((id) => !known.has(id))
  const [summaries, bodies] = await Promise.all([getReleaseSummaries(missing), getBodies(missing)])
  const bodyOf = new Map(bodies.map((body) => [body.id, body.body]))
  for (const release of summaries) {
    known.set(release.id, { release, snippet: bestSnippet(bodyOf.get(release.id) ?? [], response.matchedTerms) })
  }
  return response.hits.map((hit) => known.get(hit.id)).filter((item): item is SearchResultItem => item !== undefined)
}

/**
 * Runs the search for the current request and reads what the hits show.
 * The outcome on screen stays until the next one is complete, so refining a
 * query never flashes an empty page; an answer to an older request is dropped.
 */
export function useSearch(request: MaybeRefOrGetter<SearchRequest>) {
  const store = useContentSyncStore()
  const outcomes = injectAppState(searchCacheKey, 'useSearch()')
  const key = computed(() => searchKey(toValue(request)))
  const blank = computed(() => isBlank(toValue(request)))
  const outcome = shallowRef<SearchOutcome | null>(blank.value ? null : (outcomes.get(key.value) ?? null))
  const loading = shallowRef(false)
  const error = shallowRef<unknown>(null)
  let latest = 0

  async function run(): Promise<void> {
    const ticket = ++latest
    error.value = null
    if (blank.value) {
      outcome.value = null
      loading.value = false
      return
    }
    const currentKey = key.value
    const cached = outcomes.get(currentKey)
    if (cached) {
      outcome.value = cached
      loading.value = false
      return
    }
    loading.value = true
    const current = toValue(request)
    try {
      // A plain copy: the request crosses postMessage to the worker.
      const response = await searchClient.search({ ...current, filters: { ...current.filters } })
      if (ticket !== latest) return
      const results = await loadResults(response, outcome.value)
      if (ticket !== latest) return
      const next = Object.freeze({ response, results: Object.freeze(results) })
      outcomes.remember(currentKey, next)
      outcome.value = next
    } catch (failure) {
      if (ticket === latest) error.value = failure
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  watch(key, run, { immediate: true })
  // New content changes what matches: search again, keeping the results shown meanwhile.
  watch(
    () => store.revision,
    () => {
      outcomes.clear()
      void run()
    },
  )

  return {
    outcome,
    response: computed(() => outcome.value?.response ?? null),
    results: computed(() => outcome.value?.results ?? []),
    blank,
    loading,
    error,
  }
}
