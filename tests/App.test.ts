import { mount, type VueWrapper } from '@vue/test-utils'
import type { Window as HappyDomWindow } from 'happy-dom'
import { createPinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createMemoryHistory } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { createAppState } from '@/startup'
import { useContentSyncStore } from '@/stores/contentSync'
import { readInstallState } from '@/db/install'
import { mountRoute, waitForText } from './support/mountRoute'
import { installContent, packOf, SEED_RELEASE_ID, SEED_TITLE } from './support/seedContent'

let wrapper: VueWrapper | undefined
let requested: string[] = []

/** Serves the seed pack the way the static host does, so the shell's install finds it up to date. */
function serveSeedPack(): void {
  const pack = packOf()
  requested = []
  vi.stubGlobal('fetch', async (url: string) => {
    const path = url.replace(/^http:\/\/localhost:3000\/pack\//, '')
    requested.push(path)
    const text = pack.files.get(path)
    return text === undefined ? new Response('missing', { status: 404 }) : new Response(text)
  })
}

async function mountApp(path: string) {
  const mounted = await mountRoute(path, App)
  wrapper = mounted.wrapper
  const store = useContentSyncStore(mounted.pinia)
  await vi.waitFor(() => expect(store.settled).toBe(true))
  return { ...mounted, wrapper: mounted.wrapper, store }
}

const menuButton = () => {
  const button = wrapper?.find('button[aria-controls="nav-drawer"]')
  if (!button?.exists()) throw new Error('no menu button')
  return button
}

describe('App shell', () => {
  beforeEach(async () => {
    await installContent()
    serveSeedPack()
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
  })

  it('has a skip link to the main region, the header, the side menu and the routed view', async () => {
    const { wrapper } = await mountApp('/')
    const skip = wrapper.get('a.skip-link')
    expect(skip.text()).toBe('Skip to content')
    expect(skip.attributes('href')).toBe('#main')
    const main = wrapper.get('main#main')
    expect(main.attributes('tabindex')).toBe('-1')
    await waitForText(wrapper, SEED_TITLE)
    await waitForText(wrapper, 'Participating States')
    expect(main.get('h1').text()).toBe('Latest releases')
    expect(wrapper.get('.app-sidebar nav.nav-tree').find('a[href="/countries"]').exists()).toBe(true)
    expect(wrapper.get('header a').text()).toBe('OSCE Field Reader')
  })

  it('checks for content on start', async () => {
    const { store } = await mountApp('/')
    expect(requested).toEqual(['manifest.json'])
    expect(store.failure).toBeNull()
    expect((await readInstallState())?.version).toBe(packOf().manifest.version)
  })

  it('checks again when the connection comes back', async () => {
    await mountApp('/')
    window.dispatchEvent(new Event('online'))
    await vi.waitFor(() => expect(requested).toEqual(['manifest.json', 'manifest.json']))
  })

  it('titles the document after the page', async () => {
    const { router, wrapper } = await mountApp('/')
    expect(document.title).toBe('Latest releases · OSCE Field Reader')
    await router.push('/about')
    expect(document.title).toBe('About · OSCE Field Reader')
    await router.push(`/releases/${SEED_RELEASE_ID}`)
    await waitForText(wrapper, 'Also mentioned')
    expect(document.title).toBe(`${SEED_TITLE} · OSCE Field Reader`)
  })

  it('moves focus to the main region on navigation, but not on first load', async () => {
    const { router, wrapper } = await mountApp('/')
    const main = wrapper.get('main').element
    expect(document.activeElement).not.toBe(main)
    await router.push('/about')
    await nextTick()
    expect(document.activeElement).toBe(main)
  })

  it('leaves focus in the header search box when typing there opens the results', async () => {
    const { router, wrapper } = await mountApp('/about')
    const input = wrapper.get('header input[type="search"]')
    ;(input.element as HTMLInputElement).focus()
    await input.setValue('ulaanbaatar')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/search?q=ulaanbaatar'))
    await nextTick()
    expect(document.activeElement).toBe(input.element)
    await waitForText(wrapper, SEED_TITLE)
  })

  it('leaves focus alone on the first navigation when the app mounts before the router is ready', async () => {
    // As in main.ts: mounted first, then the initial navigation runs.
    const pinia = createPinia()
    const router = createAppRouter(createMemoryHistory())
    wrapper = mount(App, { global: { plugins: [pinia, router, createAppState()] }, attachTo: document.body })
    await router.push('/about')
    await nextTick()
    const main = wrapper.get('main').element
    expect(document.activeElement).not.toBe(main)
    expect(document.title).toBe('About · OSCE Field Reader')
    await router.push('/')
    await nextTick()
    expect(document.activeElement).toBe(main)
    // Let the install check finish while fetch is still served.
    await vi.waitFor(() => expect(useContentSyncStore(pinia).settled).toBe(true))
  })

  it('opens the drawer from the menu button; Escape closes it and gives focus back to the button', async () => {
    await mountApp('/')
    expect(menuButton().attributes('aria-expanded')).toBe('false')
    expect(wrapper?.find('[role="dialog"]').exists()).toBe(false)
    await menuButton().trigger('click')
    expect(menuButton().attributes('aria-expanded')).toBe('true')
    const dialog = wrapper?.get('#nav-drawer')
    expect(dialog?.attributes('role')).toBe('dialog')
    await dialog?.trigger('keydown', { key: 'Escape' })
    await nextTick()
    expect(wrapper?.find('[role="dialog"]').exists()).toBe(false)
    expect(menuButton().attributes('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(menuButton().element)
  })

  it('closes the drawer when a menu link is followed, and focuses the new page', async () => {
    const { router } = await mountApp('/')
    await menuButton().trigger('click')
    await waitForText(wrapper as VueWrapper, 'Structures and institutions')
    await wrapper?.get('#nav-drawer a[href="/about"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/about'))
    await nextTick()
    expect(wrapper?.find('[role="dialog"]').exists()).toBe(false)
    expect(document.activeElement).toBe(wrapper?.get('main').element)
  })

  it('shows the side menu only in a wide window, and closes the drawer when the window widens', async () => {
    // happy-dom's own window (its default is 1024 × 768), whose media queries follow the viewport.
    const viewport = (width: number) => (window as unknown as HappyDomWindow).happyDOM.setViewport({ width, height: 768 })
    viewport(600)
    try {
      await mountApp('/')
      expect(wrapper?.find('.app-sidebar').exists()).toBe(false)
      await menuButton().trigger('click')
      expect(wrapper?.find('#nav-drawer').exists()).toBe(true)
      viewport(1200)
      await vi.waitFor(() => expect(wrapper?.find('#nav-drawer').exists()).toBe(false))
      expect(wrapper?.find('.app-sidebar nav').exists()).toBe(true)
    } finally {
      viewport(1024)
    }
  })
})
