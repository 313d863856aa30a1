import { computed } from 'vue'
import { readInstallState } from '@/db/install-state'
import { useLiveQuery } from './useLiveQuery'

/**
 * What IndexedDB holds, read from the install record rather than the install
 * store: the store only learns totals when an install runs, and an up-to-date
 * start runs none.
 */
export function useOfflineContent() {
  const { data: installed, loading } = useLiveQuery(readInstallState)
  /** The complete content, or null while none is (or an update is half-way). */
  const available = computed(() => (installed.value?.complete ? installed.value : null))
  return { installed, available, loading }
}
