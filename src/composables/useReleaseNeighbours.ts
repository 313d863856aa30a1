import { computed, shallowRef, toValue, watch, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import { getReleaseSummaries } from '@/db/content'
import { neighboursBy, neighboursInLatest, type ListNeighbours } from '@/db/neighbours'
import type { ReleaseList } from '@/router/releaseList'
import { searchOfList } from '@/router/searchList'
import { searchClient } from '@/search/client'
import { useContentSyncStore } from '@/stores/contentSync'
import { useLiveQuery } from './useLiveQuery'

interface Found {
  /** The list and release these are the neighbours for. */
  of: string
  neighbours: ListNeighbours | null
}

/** The releases before and after one in the list it was opened from; null with no list, or when it is not in it (any more). */
export function useReleaseNeighbours(list: MaybeRefOrGetter<ReleaseList | null>, id: MaybeRefOrGetter<string>): ComputedRef<ListNeighbours | null> {
  const key = () => {
    const current = toValue(list)
    return current ? `${current.name}|${toValue(id)}` : ''
  }

  // The page lists are IndexedDB index walks: so are their neighbours, live as the content changes.
  const { data: stored } = useLiveQuery(async (): Promise<Found> => {
    const current = toValue(list)
    const of = key()
    if (!current || current.kind === 'search') return { of, neighbours: null }
    const neighbours = current.kind === 'latest' ? await neighboursInLatest(toValue(id)) : await neighboursBy(current.facet, current.id, toValue(id))
    return { of, neighbours }
  }, key)

  // A search's order is the search worker's (relevance): it names the neighbours, IndexedDB gives their titles.
  const searched = shallowRef<Found | null>(null)
  const store = useContentSyncStore()
  let latest = 0
  watch(
    [key, () => store.revision],
    async () => {
      const ticket = ++latest
      const current = toValue(list)
      if (current?.kind !== 'search') return
      const of = key()
      const request = searchOfList(current)
      // A search that fails (no index yet, a damaged one) only means no Next and Previous.
      const found = request ? await searchClient.neighbours(request, toValue(id)).catch(() => null) : null
      const rows = found ? await getReleaseSummaries([found.previous, found.next].filter((other) => other !== null)) : []
      const summaryOf = (other: string | null) => rows.find((row) => row.id === other) ?? null
      if (ticket === latest) searched.value = { of, neighbours: found ? { previous: summaryOf(found.previous), next: summaryOf(found.next) } : null }
    },
    { immediate: true },
  )

  // Until the new release's neighbours are known, those of the one before are not shown: they would lead elsewhere.
  return computed(() => {
    const found = toValue(list)?.kind === 'search' ? searched.value : stored.value
    return found?.of === key() ? found.neighbours : null
  })
}
