import { computed, onScopeDispose, ref, type ComputedRef } from 'vue'

// One flag and one pair of listeners for the whole app, however many components ask.
const online = ref(true)
let users = 0

const update = () => {
  online.value = navigator.onLine
}

/**
 * Whether the browser believes it has a network connection. `navigator.onLine`
 * can say "online" on a network that reaches nothing, but "offline" is reliable,
 * which is all the offline badge needs.
 */
export function useOnlineStatus(): { online: ComputedRef<boolean> } {
  if (users === 0) {
    update()
    window.addEventListener('online', update)
    window.addEventListener('offline', update)
  }
  users++
  onScopeDispose(() => {
    users--
    if (users > 0) return
    window.removeEventListener('online', update)
    window.removeEventListener('offline', update)
  })
  return { online: computed(() => online.value) }
}
