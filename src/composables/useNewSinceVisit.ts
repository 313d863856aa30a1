import { computed, type ComputedRef } from 'vue'
import { readNewSinceVisit, type NewSinceVisit } from '@/db/visits'
import { useLiveQuery } from './useLiveQuery'
import { useNewReleasesAcknowledgement } from './useVisits'

/**
 * Releases added since the reader was last in the app, live, and dismissing them. The update notice
 * of this session (the store's `change`) is part of the same news, so dismissing one dismisses both.
 */
export function useNewSinceVisit(): { group: ComputedRef<NewSinceVisit | null | undefined>; dismiss(): Promise<void> } {
  const { data } = useLiveQuery(readNewSinceVisit)
  const acknowledge = useNewReleasesAcknowledgement()
  return {
    group: computed(() => data.value),
    async dismiss() {
      if (data.value) await acknowledge({ at: data.value.newestChangeAt })
    },
  }
}
