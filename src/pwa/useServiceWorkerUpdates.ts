/**
 * Service worker registration and update checks for the app shell.
 *
 * The worker is registered in prompt mode (vite.config.ts): a new deployment
 * installs in the background and waits; the page only switches to it when the
 * reader clicks Reload, so an article is never swapped out mid-sentence.
 */
import { useEventListener, useIntervalFn, useTimeoutFn, whenever } from '@vueuse/core'
import { getCurrentScope, onScopeDispose, ref, watch, type Ref } from 'vue'
import { useRegisterSW } from 'virtual:pwa-register/vue'

/** Long-lived tabs (a reader left open on a field laptop) still learn about deployments. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000
/** The latest the worker is registered after the page opens, whatever `registerWhen` says: a stuck start must not keep a fixed deployment out. */
export const REGISTER_AT_THE_LATEST_MS = 10_000

export interface ServiceWorkerUpdateOptions {
  /**
   * When the worker may be registered (and the shell precached): on a first visit, once the content has
   * arrived, so that precaching the shell's files does not compete with it for the network and the processor.
   * At once when not given.
   */
  registerWhen?: () => boolean
}

export interface ServiceWorkerUpdates {
  /** A new version is installed and waiting; shown until the reader reloads or dismisses it. */
  needRefresh: Ref<boolean>
  /** The app shell was precached for the first time: it now opens without a network. */
  offlineReady: Ref<boolean>
  /** Switches to the waiting version (or the newer one replacing it) and reloads the page once it controls it. */
  reload(): void
  /** Hides the prompt until another new version is detected. */
  dismiss(): void
}

export function useServiceWorkerUpdates(options: ServiceWorkerUpdateOptions = {}): ServiceWorkerUpdates {
  const needRefresh = ref(false)
  const offlineReady = ref(false)
  let registration: ServiceWorkerRegistration | undefined
  let checking = false
  let reloading = false
  /** The reader chose Reload: whichever version ends up waiting takes over, even one that replaced the first. */
  let switchRequested = false
  let disposed = false
  /** The waiting worker the reader said "Later" to: not announced again in this page. */
  let dismissedWorker: ServiceWorker | null = null

  const announce = (): void => {
    const waiting = registration?.waiting ?? null
    if (waiting !== null && waiting === dismissedWorker) return
    needRefresh.value = true
  }

  // One reload, however many signals arrive (controllerchange, activation, the plugin's own callback).
  const reloadOnce = (): void => {
    if (reloading) return
    reloading = true
    window.location.reload()
  }

  async function checkForUpdate(): Promise<void> {
    // Offline the check can only fail; while a worker is installing, a second check adds nothing.
    if (!registration || checking || !navigator.onLine || registration.installing) return
    checking = true
    try {
      await registration.update()
    } catch {
      // A failed check (server down, flaky network) is retried at the next trigger.
    } finally {
      checking = false
    }
  }

  // Until the worker is registered these find no registration and do nothing.
  useEventListener(window, 'focus', () => void checkForUpdate())
  useEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void checkForUpdate()
  })
  const hourly = useIntervalFn(() => void checkForUpdate(), UPDATE_CHECK_INTERVAL_MS, { immediate: false })

  // workbox-window stops reporting after the first update it sees "from outside" (e.g. by an hourly
  // check), so each later version found in a long-lived tab is watched here directly.
  const watchInstalling = (): void => {
    const worker = registration?.installing
    // No active worker yet means this is the first install: that is "offline ready", not an update.
    if (!worker || !registration?.active) return
    worker.addEventListener('statechange', () => {
      if (disposed || worker.state !== 'installed' || registration?.waiting !== worker) return
      if (switchRequested) switchTo(worker)
      else announce()
    })
  }

  // Asks a waiting version to take over, and reloads once it has. A deploy found meanwhile replaces the waiting
  // version (it turns redundant without taking over): the new one, once installed, is asked in its place.
  function switchTo(waiting: ServiceWorker): void {
    // On the very first visit the page is not controlled, so no controllerchange follows skipWaiting;
    // the new worker becoming active is then the signal to reload.
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'activated') reloadOnce()
    })
    // The message the generated worker (vite-plugin-pwa, prompt mode) answers with skipWaiting().
    waiting.postMessage({ type: 'SKIP_WAITING' })
  }

  // Registered later than the setup, in the setup's scope, so that the plugin's watchers stop with the component.
  const scope = getCurrentScope()
  let registerRequested = false
  let registerDue = false
  function register(): void {
    if (registerRequested || disposed) return
    registerDue = true
    // Offline in a page no worker controls yet (a first visit whose network dropped), the plugin's code cannot load,
    // and its failed import would read as this page failing to load (src/router/chunkRecovery.ts): wait for the network.
    if (!navigator.onLine && !navigator.serviceWorker?.controller) return
    registerRequested = true
    scope?.run(() => {
      const plugin = useRegisterSW({
        // Registered once the page has loaded, should that come later: the first visit's own downloads go first.
        immediate: false,
        // Replaces the plugin's unconditional window.location.reload(), so that it happens once.
        onNeedReload: reloadOnce,
        onRegisteredSW(_swUrl, registered) {
          if (!registered || disposed) return
          registration = registered
          registered.addEventListener('updatefound', watchInstalling)
          hourly.resume()
          void checkForUpdate()
        },
      })
      // The plugin's flag only ever turns true (once per page); ours can be dismissed and raised again.
      watch(plugin.needRefresh, (value) => {
        if (value) announce()
      }, { immediate: true })
      watch(plugin.offlineReady, (ready) => (offlineReady.value = ready), { immediate: true })
    })
  }
  useEventListener(window, 'online', () => {
    if (registerDue) register()
  })
  const registerWhen = options.registerWhen ?? (() => true)
  whenever(registerWhen, register, { immediate: true, once: true })
  useTimeoutFn(register, REGISTER_AT_THE_LATEST_MS)

  function reload(): void {
    switchRequested = true
    const waiting = registration?.waiting
    // A newer version installing right now is switched to once it has installed (watchInstalling).
    if (!waiting && registration?.installing) return
    if (!waiting) {
      // Nothing waiting any more (another tab already switched): the new version is active, so load it.
      reloadOnce()
      return
    }
    navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true })
    switchTo(waiting)
  }

  function dismiss(): void {
    dismissedWorker = registration?.waiting ?? null
    needRefresh.value = false
  }

  onScopeDispose(() => {
    disposed = true
    registration?.removeEventListener('updatefound', watchInstalling)
    if ('serviceWorker' in navigator) navigator.serviceWorker.removeEventListener('controllerchange', reloadOnce)
  })

  return { needRefresh, offlineReady, reload, dismiss }
}
