import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue'
import type { ReleasePage } from '@/db/content'
import { rememberedListLength, rememberListLength } from '@/router/listMemory'
import { useLiveQuery } from './useLiveQuery'

const PAGE_SIZE = 20

/**
 * A growing window on a newest-first release list: the first PAGE_SIZE rows,
 * then PAGE_SIZE more per `showMore()`. Only the shown rows are ever read.
 */
export function useReleasePage(read: (offset: number, limit: number) => Promise<ReleasePage>, key: MaybeRefOrGetter<string>) {
  // Back on a list the reader had expanded, it opens at the same length (src/router/listMemory.ts).
  const lengthOf = (list: string) => rememberedListLength(list) ?? PAGE_SIZE
  let lastKey = toValue(key)
  const shown = ref(lengthOf(lastKey))
  const { data, loading, error } = useLiveQuery(
    () => read(0, shown.value),
    () => {
      const current = toValue(key)
      // A new list (another country) starts again at the first page.
      if (current !== lastKey) {
        lastKey = current
        shown.value = lengthOf(current)
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
      rememberListLength(lastKey, shown.value)
    },
  }
}
