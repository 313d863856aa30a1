import { useEventListener } from '@vueuse/core'
import { computed, shallowRef, type ComputedRef, type InjectionKey } from 'vue'
import { injectAppState } from '@/composables/injectAppState'

/** Chromium's install event; not in TypeScript's DOM library because it is not a standard. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>
}

export interface InstallPrompt {
  canInstall: ComputedRef<boolean>
  /** Shows the browser's install dialog; resolves with the reader's answer, or null when nothing can be installed. */
  install(): Promise<'accepted' | 'dismissed' | null>
}

/**
 * Captures the browser's install event for the app's whole life: it fires once
 * per page load, possibly before any component that offers install is mounted.
 * Started once per app by src/startup.ts.
 */
export function captureInstallPrompt(target: Window = window): { prompt: InstallPrompt; stop(): void } {
  const deferred = shallowRef<BeforeInstallPromptEvent | null>(null)
  const capture = (event: Event) => {
    // Without this the browser shows its own mini-infobar; the header button replaces it.
    event.preventDefault()
    deferred.value = event as BeforeInstallPromptEvent
  }
  const forget = () => {
    deferred.value = null
  }
  // Outside any component: the app's unmount calls stop() (src/startup.ts).
  const stops = [useEventListener(target, 'beforeinstallprompt', capture), useEventListener(target, 'appinstalled', forget)]

  async function install(): Promise<'accepted' | 'dismissed' | null> {
    const event = deferred.value
    if (!event) return null
    // An event can prompt only once; the browser fires a new one if install is possible again.
    deferred.value = null
    await event.prompt()
    const { outcome } = await event.userChoice
    return outcome
  }
  return {
    prompt: { canInstall: computed(() => deferred.value !== null), install },
    stop: () => stops.forEach((stop) => stop()),
  }
}

export const installPromptKey: InjectionKey<InstallPrompt> = Symbol('installPrompt')

/** The app's captured install event. */
export function useInstallPrompt(): InstallPrompt {
  return injectAppState(installPromptKey, 'useInstallPrompt()')
}
