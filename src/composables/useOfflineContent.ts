import { computed, type InjectionKey, type ShallowRef } from 'vue'
import type { InstallState } from '@/db/database'
import { readInstallState } from '@/db/install-state'
import { injectAppState } from './injectAppState'
import { createSharedLiveQuery } from './useLiveQuery'

export interface SharedInstallState {
  installed: ShallowRef<InstallState | undefined>
  loading: ShallowRef<boolean>
}

export const installStateKey: InjectionKey<SharedInstallState> = Symbol('installState')

/**
 * The install record, read live once for the whole app (created by src/startup.ts): an install rewrites it
 * with every batch, and each reader of its own would rerun a query on every one of those writes.
 */
export function createSharedInstallState(): { shared: SharedInstallState; stop(): void } {
  const { result, stop } = createSharedLiveQuery(readInstallState)
  return { shared: { installed: result.data, loading: result.loading }, stop }
}

/**
 * What IndexedDB holds, read from the install record rather than the install
 * store: the store only learns totals when an install runs, and an up-to-date
 * start runs none.
 */
export function useOfflineContent() {
  const { installed, loading } = injectAppState(installStateKey, 'useOfflineContent()')
  /** The complete content, or null while none is (or an update is half-way). */
  const available = computed(() => (installed.value?.complete ? installed.value : null))
  return { installed, available, loading }
}
