import { useEventListener } from '@vueuse/core'
import type { ContentChange } from '@/db/database'
import { useContentSyncStore } from '@/stores/contentSync'

// Loaded when first needed, not with the first page: the start only notes the time.
const visits = () => import('@/db/visits')
const warn = (error: unknown) => console.warn('Visit not recorded; "new since last visit" counts from the one before.', error)

/** Notes the reader's visits (start, leaving, coming back), which "new since last visit" counts from. Once, in the app's start. */
export function useVisitTracking(): void {
  const begin = (now = new Date()) => visits().then((module) => module.beginVisit(now)).catch(warn)
  void begin()
  useEventListener(document, 'visibilitychange', () => {
    const now = new Date()
    if (document.visibilityState === 'hidden') visits().then((module) => module.markLeaving(now)).catch(warn)
    else void begin(now)
  })
}

/** Marks the new releases of a content change (and every earlier one) as seen: its notice and "new since last visit" both go. */
export function useNewReleasesAcknowledgement(): (change: Pick<ContentChange, 'at'>) => Promise<void> {
  const store = useContentSyncStore()
  return async (change) => {
    const sessionChange = store.change
    if (sessionChange && sessionChange.at <= change.at) store.dismissChange()
    await (await visits()).markNewReleasesSeen(change.at)
  }
}
