import { onBeforeUnmount, onMounted } from 'vue'
import type { ContentSync } from '@/sync/content-sync'
import { CHECK_INTERVAL_MS } from '@/sync/policy'

/**
 * Keeps content fresh all day while the app is open: a check on start, when the
 * network comes back, when the app regains focus or becomes visible (the sync
 * spaces those to every 15 minutes), and hourly while online.
 */
export function useSyncTriggers(sync: ContentSync): void {
  const onOnline = () => void sync.check('online')
  const onFocus = () => void sync.check('focus')
  const onVisible = () => {
    if (document.visibilityState === 'visible') void sync.check('focus')
  }
  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    void sync.check('start')
    window.addEventListener('online', onOnline)
    window.addEventListener('focus', onFocus)
    document.addEventListener('visibilitychange', onVisible)
    timer = setInterval(() => {
      if (navigator.onLine) void sync.check('interval')
    }, CHECK_INTERVAL_MS)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('online', onOnline)
    window.removeEventListener('focus', onFocus)
    document.removeEventListener('visibilitychange', onVisible)
    clearInterval(timer)
  })
}
