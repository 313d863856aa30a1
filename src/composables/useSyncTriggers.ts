import { useEventListener, useIntervalFn } from '@vueuse/core'
import { onMounted } from 'vue'
import type { ContentSync } from '@/sync/content-sync'
import { CHECK_INTERVAL_MS } from '@/sync/policy'

/**
 * Keeps content fresh all day while the app is open: a check on start, when the
 * network comes back, when the app regains focus or becomes visible (the sync
 * spaces those to every 15 minutes), and hourly while online.
 */
export function useSyncTriggers(sync: ContentSync): void {
  onMounted(() => void sync.check('start'))
  useEventListener(window, 'online', () => void sync.check('online'))
  useEventListener(window, 'focus', () => void sync.check('focus'))
  useEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void sync.check('focus')
  })
  useIntervalFn(() => {
    if (navigator.onLine) void sync.check('interval')
  }, CHECK_INTERVAL_MS)
}
