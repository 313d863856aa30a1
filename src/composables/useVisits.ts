import { useEventListener } from '@vueuse/core'
import { computed, type ComputedRef } from 'vue'
import type { ContentChange } from '@/db/database'
import { beginVisit, markLeaving, markNewReleasesSeen, readNewSinceVisit, type NewSinceVisit } from '@/db/visits'
import { useContentSyncStore } from '@/stores/contentSync'
import { useLiveQuery } from './useLiveQuery'

const warn = (error: unknown) => console.warn('Visit not recorded; "new since last visit" counts from the one before.', error)

/** Notes the reader's visits (start, leaving, coming back), which "new since last visit" counts from. Once, in the app's start. */
export function useVisitTracking(): void {
  const begin = () => beginVisit(new Date()).catch(warn)
  void begin()
  useEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') markLeaving(new Date()).catch(warn)
    else void begin()
  })
}

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

/** Marks the new releases of a content change (and every earlier one) as seen: its notice and "new since last visit" both go. */
export function useNewReleasesAcknowledgement(): (change: Pick<ContentChange, 'at'>) => Promise<void> {
  const store = useContentSyncStore()
  return async (change) => {
    const sessionChange = store.change
    if (sessionChange && sessionChange.at <= change.at) store.dismissChange()
    await markNewReleasesSeen(change.at)
  }
}
