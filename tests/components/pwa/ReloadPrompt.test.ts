import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia } from 'pinia'
import { ref } from 'vue'
import type { RegisterSWOptions } from 'virtual:pwa-register/vue'
import ReloadPrompt from '@/components/pwa/ReloadPrompt.vue'
import { REGISTER_AT_THE_LATEST_MS, UPDATE_CHECK_INTERVAL_MS } from '@/pwa/useServiceWorkerUpdates'
import { useContentSyncStore } from '@/stores/contentSync'
import { createAppI18n } from '@/i18n'

/** What the mocked useRegisterSW hands out, so each test can play the plugin's part. */
const plugin = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  // Replaced by real refs before each test; plain objects only because vi.hoisted runs before imports.
  needRefresh: { value: false },
  offlineReady: { value: false },
  updateServiceWorker: (() => Promise.resolve()) as (reloadPage?: boolean) => Promise<void>,
}))

vi.mock('virtual:pwa-register/vue', () => ({
  useRegisterSW(options: RegisterSWOptions) {
    plugin.options = options
    return { needRefresh: plugin.needRefresh, offlineReady: plugin.offlineReady, updateServiceWorker: plugin.updateServiceWorker }
  },
}))

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing'
  postMessage = vi.fn()
  setState(state: ServiceWorkerState): void {
    this.state = state
    this.dispatchEvent(new Event('statechange'))
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null
  waiting: FakeWorker | null = null
  active: FakeWorker | null = new FakeWorker()
  update = vi.fn(() => Promise.resolve())

  /** A new deployment found by a check: installs, then waits for the reader. */
  async deploy(): Promise<FakeWorker> {
    const worker = new FakeWorker()
    this.installing = worker
    this.dispatchEvent(new Event('updatefound'))
    this.installing = null
    this.waiting = worker
    worker.setState('installed')
    await flushPromises()
    return worker
  }
}

let wrapper: VueWrapper | undefined
let registration: FakeRegistration
let online = true
const serviceWorkerContainer = new EventTarget()
const reloadPage = vi.fn()

/** Mounts the prompt; by default the start's content check has already finished, so the worker registers at once. */
function mountPrompt({ syncSettled = true } = {}): VueWrapper {
  const pinia = createPinia()
  if (syncSettled) useContentSyncStore(pinia).runFinished(false)
  wrapper = mount(ReloadPrompt, { global: { plugins: [createAppI18n(), pinia] }, attachTo: document.body })
  return wrapper
}

/** The plugin calls this once the browser has registered the worker. */
async function registered(): Promise<void> {
  plugin.options?.onRegisteredSW?.('/sw.js', registration as unknown as ServiceWorkerRegistration)
  await flushPromises()
}

const toastText = () => wrapper?.find('.reload-prompt__toast').text() ?? ''
const button = (name: string) => {
  const found = wrapper?.findAll('button').find((candidate) => candidate.text() === name)
  if (!found) throw new Error(`no ${name} button`)
  return found
}

beforeEach(() => {
  plugin.options = undefined
  plugin.needRefresh = ref(false)
  plugin.offlineReady = ref(false)
  plugin.updateServiceWorker = vi.fn(() => Promise.resolve())
  registration = new FakeRegistration()
  online = true
  reloadPage.mockReset()
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online)
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: serviceWorkerContainer })
  vi.spyOn(window.location, 'reload').mockImplementation(reloadPage)
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('ReloadPrompt', () => {
  it('is an empty polite live region, marked with the build, until there is news', () => {
    const root = mountPrompt().get('.reload-prompt')
    expect(root.attributes('role')).toBe('status')
    expect(root.attributes('aria-live')).toBe('polite')
    expect(root.attributes('data-build')).toBe('v1')
    expect(root.text()).toBe('')
    // Registered after the page has loaded, so precaching does not compete with a first visit.
    expect(plugin.options?.immediate).toBe(false)
  })

  it('registers the worker only once the start\'s content check has finished: a first visit downloads its content first', async () => {
    mountPrompt({ syncSettled: false })
    await flushPromises()
    expect(plugin.options).toBeUndefined()

    useContentSyncStore().runFinished(true)
    await flushPromises()
    expect(plugin.options?.immediate).toBe(false)
    const first = plugin.options
    useContentSyncStore().runFinished(false)
    await flushPromises()
    expect(plugin.options).toBe(first)
  })

  it('registers the worker after ten seconds even when the content check never finishes', async () => {
    vi.useFakeTimers()
    mountPrompt({ syncSettled: false })
    await vi.advanceTimersByTimeAsync(REGISTER_AT_THE_LATEST_MS - 1)
    expect(plugin.options).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    expect(plugin.options?.immediate).toBe(false)
  })

  it('offers Reload and Later when a new version waits, and Reload switches to it once', async () => {
    mountPrompt()
    await registered()
    const waiting = await registration.deploy()
    expect(toastText()).toContain('New version available.')

    await button('Reload').trigger('click')
    await flushPromises()
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' })
    expect(reloadPage).not.toHaveBeenCalled()
    // The new worker takes control, and (first visit: no controller) also reports itself activated.
    serviceWorkerContainer.dispatchEvent(new Event('controllerchange'))
    waiting.setState('activated')
    plugin.options?.onNeedReload?.()
    expect(reloadPage).toHaveBeenCalledTimes(1)
  })

  it('Reload switches to a newer deploy that replaces the waiting version before it could take over', async () => {
    mountPrompt()
    await registered()
    const first = await registration.deploy()
    await button('Reload').trigger('click')
    expect(first.postMessage).toHaveBeenCalledTimes(1)

    // The next deploy finishes installing: the browser drops the version the reader was switching to.
    first.setState('redundant')
    const second = await registration.deploy()
    expect(second.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' })
    expect(reloadPage).not.toHaveBeenCalled()
    second.setState('activated')
    expect(reloadPage).toHaveBeenCalledTimes(1)
  })

  it('Reload pressed while a newer deploy is still installing waits for it, then switches to it', async () => {
    mountPrompt()
    await registered()
    await registration.deploy()
    const newer = new FakeWorker()
    registration.installing = newer
    registration.dispatchEvent(new Event('updatefound'))
    registration.waiting = null
    await button('Reload').trigger('click')
    expect(reloadPage).not.toHaveBeenCalled()

    registration.installing = null
    registration.waiting = newer
    newer.setState('installed')
    expect(newer.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' })
    serviceWorkerContainer.dispatchEvent(new Event('controllerchange'))
    newer.setState('activated')
    expect(reloadPage).toHaveBeenCalledTimes(1)
  })

  it('shows the prompt when the plugin reports a waiting worker (found before this page registered)', async () => {
    mountPrompt()
    await registered()
    plugin.needRefresh.value = true
    await flushPromises()
    expect(toastText()).toContain('New version available.')
  })

  it('Later hides the prompt until another version is detected', async () => {
    mountPrompt()
    await registered()
    await registration.deploy()
    await button('Later').trigger('click')
    expect(wrapper?.find('.reload-prompt__toast').exists()).toBe(false)

    // The same waiting worker reported again (the plugin's own event) does not bring it back.
    plugin.needRefresh.value = true
    await flushPromises()
    expect(wrapper?.find('.reload-prompt__toast').exists()).toBe(false)

    await registration.deploy()
    expect(toastText()).toContain('New version available.')
    expect(reloadPage).not.toHaveBeenCalled()
  })

  it('a first install is not an update: no prompt while the first worker installs', async () => {
    registration.active = null
    mountPrompt()
    await registered()
    await registration.deploy()
    expect(wrapper?.find('.reload-prompt__toast').exists()).toBe(false)
  })

  it('checks for a deployment on load, on focus and on becoming visible, never two at once', async () => {
    mountPrompt()
    expect(registration.update).not.toHaveBeenCalled()
    await registered()
    expect(registration.update).toHaveBeenCalledTimes(1)

    window.dispatchEvent(new Event('focus'))
    await flushPromises()
    expect(registration.update).toHaveBeenCalledTimes(2)
    document.dispatchEvent(new Event('visibilitychange'))
    await flushPromises()
    expect(registration.update).toHaveBeenCalledTimes(3)

    let finish = () => {}
    registration.update.mockImplementationOnce(() => new Promise<void>((resolve) => (finish = resolve)))
    window.dispatchEvent(new Event('focus'))
    window.dispatchEvent(new Event('focus'))
    document.dispatchEvent(new Event('visibilitychange'))
    expect(registration.update).toHaveBeenCalledTimes(4)
    finish()
    await flushPromises()
    window.dispatchEvent(new Event('focus'))
    expect(registration.update).toHaveBeenCalledTimes(5)
  })

  it('skips checks while offline or while a worker is already installing, and survives a failed check', async () => {
    mountPrompt()
    online = false
    await registered()
    expect(registration.update).not.toHaveBeenCalled()

    online = true
    registration.installing = new FakeWorker()
    window.dispatchEvent(new Event('focus'))
    expect(registration.update).not.toHaveBeenCalled()

    registration.installing = null
    registration.update.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    window.dispatchEvent(new Event('focus'))
    await flushPromises()
    window.dispatchEvent(new Event('focus'))
    expect(registration.update).toHaveBeenCalledTimes(2)
  })

  it('waits for the network to register the worker in a page none controls: offline, its code could not load', async () => {
    online = false
    mountPrompt()
    await flushPromises()
    expect(plugin.options).toBeUndefined()

    online = true
    window.dispatchEvent(new Event('online'))
    await flushPromises()
    expect(plugin.options?.immediate).toBe(false)
  })

  it('registers offline in a page a worker controls: the plugin\'s code comes from its cache', async () => {
    online = false
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: Object.assign(new EventTarget(), { controller: {} }) })
    mountPrompt()
    await flushPromises()
    expect(plugin.options?.immediate).toBe(false)
  })

  it('checks hourly while online, and stops listening once unmounted', async () => {
    vi.useFakeTimers()
    mountPrompt()
    await registered()
    expect(registration.update).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS)
    expect(registration.update).toHaveBeenCalledTimes(2)
    online = false
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS)
    expect(registration.update).toHaveBeenCalledTimes(2)
    online = true

    wrapper?.unmount()
    wrapper = undefined
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS * 3)
    window.dispatchEvent(new Event('focus'))
    document.dispatchEvent(new Event('visibilitychange'))
    expect(registration.update).toHaveBeenCalledTimes(2)
  })

  it('notes once that the app works offline, then hides the note after a few seconds', async () => {
    vi.useFakeTimers()
    mountPrompt()
    plugin.offlineReady.value = true
    await vi.advanceTimersByTimeAsync(0)
    expect(toastText()).toContain('Ready to work offline.')
    await vi.advanceTimersByTimeAsync(5000)
    expect(toastText()).toContain('Ready to work offline.')
    await vi.advanceTimersByTimeAsync(1500)
    expect(wrapper?.find('.reload-prompt__toast').exists()).toBe(false)
  })

  it('the offline note can be closed, and stays while focus is inside it', async () => {
    vi.useFakeTimers()
    mountPrompt()
    plugin.offlineReady.value = true
    await vi.advanceTimersByTimeAsync(0)
    await button('Close').trigger('focusin')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(toastText()).toContain('Ready to work offline.')
    await button('Close').trigger('click')
    expect(wrapper?.find('.reload-prompt__toast').exists()).toBe(false)
  })
})
