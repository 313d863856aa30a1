import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue'
import type { ReleasePage } from '@/db/content'
import { useLiveQuery } from './useLiveQuery'

const PAGE_SIZE = 20

/**
 * A growing window on a newest-first release list: the first PAGE_SIZE rows,
 * then PAGE_SIZE more per `showMore()`. Only the shown rows are ever read.
 */
export function useReleasePage(read: (offset: number, limit: number) => Promise<ReleasePage>, key: MaybeRefOrGetter<string>) {
  const shown = ref(PAGE_SIZE)
  let lastKey = toValue(key)
  const { data, loading, error } = useLiveQuery(
    () => read(0, shown.value),
    () => {
      const current = toValue(key)
      // A new list (another country) starts again at the first page.
      if (current !== lastKey) {
        lastKey = current
        shown.value = PAGE_SIZE
      }
      return `${current}|${shown.value}`
    },
  )
  const releases = computed(() => data.value?.releases ?? [])
  const total = computed(() => data.value?.total ?? 0)
  const hasMore = computed(() => releases.value.length < total.value)
  return {
    releases,
    total,
    hasMore,
    loading,
    error,
    showMore: () => {
      shown.value += PAGE_SIZE
    },
  }
}
