import { computed, shallowRef, type ComputedRef } from 'vue'

/** Chromium's install event; not in TypeScript's DOM library because it is not a standard. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>
}

// Module state: the event fires once per page load, whichever component is mounted then.
const deferred = shallowRef<BeforeInstallPromptEvent | null>(null)
let listening = false

const capture = (event: Event) => {
  // Without this the browser shows its own mini-infobar; the header button replaces it.
  event.preventDefault()
  deferred.value = event as BeforeInstallPromptEvent
}
const forget = () => {
  deferred.value = null
}

export interface InstallPrompt {
  canInstall: ComputedRef<boolean>
  /** Shows the browser's install dialog; resolves with the reader's answer, or null when nothing can be installed. */
  install(): Promise<'accepted' | 'dismissed' | null>
}

export function useInstallPrompt(): InstallPrompt {
  if (!listening) {
    listening = true
    window.addEventListener('beforeinstallprompt', capture)
    window.addEventListener('appinstalled', forget)
  }
  async function install(): Promise<'accepted' | 'dismissed' | null> {
    const event = deferred.value
    if (!event) return null
    // An event can prompt only once; the browser fires a new one if install is possible again.
    deferred.value = null
    await event.prompt()
    const { outcome } = await event.userChoice
    return outcome
  }
  return { canInstall: computed(() => deferred.value !== null), install }
}

/** For tests: drop the captured event and the listeners, as on a fresh page load. */
export function resetInstallPromptForTests(): void {
  window.removeEventListener('beforeinstallprompt', capture)
  window.removeEventListener('appinstalled', forget)
  listening = false
  deferred.value = null
}
