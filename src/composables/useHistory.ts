import { computed, watch, type ComputedRef, type Ref } from 'vue'
import type { HistoryEntry, ReleaseSummary } from '@/db/database'
import { clearHistory, readHistory, recordOpened, removeFromHistory } from '@/db/history'
import { useLiveQuery } from './useLiveQuery'
import { useSetting } from './useSetting'

/** The reader's history, live, newest first, with the ways to change it and the switch that turns it off. */
export function useHistory(): {
  entries: ComputedRef<readonly HistoryEntry[] | undefined>
  enabled: ComputedRef<boolean | undefined>
  setEnabled(on: boolean): Promise<void>
  remove(releaseId: string): Promise<void>
  clear(): Promise<void>
} {
  const { data } = useLiveQuery(readHistory)
  const { value: enabled, set } = useSetting('historyEnabled')
  return {
    entries: computed(() => data.value),
    enabled,
    setEnabled: set,
    remove: removeFromHistory,
    clear: clearHistory,
  }
}

/**
 * Records each release the page shows once it is there (the page's live query may
 * hand the same release again after a content change: only a new id is a new opening).
 */
export function useRecordOpening(release: Ref<Pick<ReleaseSummary, 'id' | 'title' | 'date'> | null | undefined>): void {
  watch(
    () => release.value?.id,
    (id) => {
      if (id === undefined || !release.value) return
      recordOpened(release.value, new Date().toISOString()).catch((error: unknown) => console.warn('History: the opening was not recorded.', error))
    },
    { immediate: true },
  )
}
