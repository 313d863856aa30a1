import { inject, shallowRef, watch, type InjectionKey, type ShallowRef } from 'vue'
import { useOfflineContent } from '@/composables/useOfflineContent'
import { checkStorageEviction, dismissStorageEvictionNotice, rememberContentInstalled } from './storageEviction'

/** Whether the start found the database deleted behind the app's back (./storageEviction.ts), set by src/startup.ts. */
export const storageEvictedKey: InjectionKey<ShallowRef<boolean>> = Symbol('storageEvicted')

/** The eviction notice's state; notes each complete install for the next start's check. */
export function useStorageEvictionNotice() {
  const evicted = inject(storageEvictedKey, () => shallowRef(false), true)
  const { available } = useOfflineContent()
  watch(available, (content) => {
    if (content) rememberContentInstalled()
  }, { immediate: true })
  function dismiss(): void {
    evicted.value = false
    dismissStorageEvictionNotice()
  }
  return { evicted, dismiss }
}

/**
 * Starts the start's eviction check (by src/startup.ts, before the content sync can write an install record
 * of its own); the returned flag turns true when the database was found deleted.
 */
export function createStorageEvictionCheck(hasInstallRecord: () => Promise<boolean>): ShallowRef<boolean> {
  const evicted = shallowRef(false)
  void checkStorageEviction(hasInstallRecord).then((found) => {
    if (found) evicted.value = true
  })
  return evicted
}
