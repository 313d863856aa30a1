/** Mounts the app's router at a path, with a fresh Pinia and app state, for component tests of views. */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, type Component } from 'vue'
import { createMemoryHistory, RouterView } from 'vue-router'
import { createAppRouter } from '@/router'
import { createAppI18n, loadPageMessages } from '@/i18n'
import { vi } from 'vitest'
import { createAppState, type AppStateOptions } from '@/startup'

export async function mountRoute(path: string, root: Component = defineComponent({ render: () => h(RouterView) }), options: AppStateOptions = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter(createMemoryHistory())
  // The app state's guard loads the words of pages beyond the home page; here the route is set before it is installed.
  const i18n = options.i18n ?? createAppI18n()
  await loadPageMessages(i18n.global)
  await router.push(path)
  await router.isReady()
  const wrapper = mount(root, { global: { plugins: [pinia, router, createAppState({ ...options, i18n })] }, attachTo: document.body })
  return { wrapper, router, pinia }
}

/** Waits (IndexedDB reads are async) until the wrapper's text contains `text`; fails with what it shows instead. */
export async function waitForText(wrapper: VueWrapper, text: string, timeoutMs = 3000): Promise<void> {
  const started = Date.now()
  while (!wrapper.text().includes(text)) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`Timed out waiting for "${text}". The page shows: ${wrapper.text().slice(0, 600)}`)
    }
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Waits (IndexedDB reads are async) until `check` holds; fails naming `what`, with what the wrapper shows instead. */
export async function waitUntil(wrapper: VueWrapper, check: () => boolean, what: string): Promise<void> {
  await vi.waitFor(() => {
    if (!check()) throw new Error(`still waiting for ${what}; the page shows: ${wrapper.text().slice(0, 400)}`)
  })
}
