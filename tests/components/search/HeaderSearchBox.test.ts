import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, type Router } from 'vue-router'
import HeaderSearchBox from '@/components/search/HeaderSearchBox.vue'
import { createAppRouter } from '@/router'
import { createAppState } from '@/startup'
import { installContent } from '../../support/seedContent'

let wrapper: VueWrapper | undefined
let router: Router

async function mountAt(path: string) {
  router = createAppRouter(createMemoryHistory())
  // Home first, so there is an entry to go back to.
  await router.push('/')
  if (path !== '/') await router.push(path)
  await router.isReady()
  const pinia = createPinia()
  setActivePinia(pinia)
  // The app state brings the menus (countries and structures are suggested) and the interface language.
  wrapper = mount(HeaderSearchBox, { global: { plugins: [pinia, router, createAppState()] }, attachTo: document.body })
  return wrapper
}

const input = () => wrapper?.get('input') as ReturnType<VueWrapper['get']>
/** Where "back" leads: the history entry before this one. */
async function previousPath(): Promise<string> {
  router.back()
  await vi.waitFor(() => expect(router.currentRoute.value.fullPath).not.toBe(current))
  return router.currentRoute.value.fullPath
}
let current = ''

async function type(text: string) {
  await input().setValue(text)
}

async function afterTypingPause() {
  await vi.advanceTimersByTimeAsync(200)
  await flushPromises()
}

describe('HeaderSearchBox', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.useRealTimers()
  })

  it('is a search landmark with a labelled input', async () => {
    await mountAt('/')
    const form = wrapper?.get('form')
    expect(form?.attributes('role')).toBe('search')
    const field = input()
    expect(field.attributes('type')).toBe('search')
    expect(wrapper?.get(`label[for="${field.attributes('id')}"]`).text()).toBe('Search releases')
    expect(field.attributes('aria-keyshortcuts')).toBe('/')
  })

  it('opens /search once typing pauses, pushing a history entry from another page', async () => {
    await mountAt('/countries')
    await type('ulaan')
    await vi.advanceTimersByTimeAsync(150)
    expect(router.currentRoute.value.fullPath).toBe('/countries')
    await type('ulaanbaatar')
    await vi.advanceTimersByTimeAsync(150)
    expect(router.currentRoute.value.fullPath).toBe('/countries')
    await afterTypingPause()
    // The first visit to /search loads its view (and the messages of the pages beyond home): a slow import on a busy machine.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/search?q=ulaanbaatar'), { timeout: 10_000 })
    expect(input().element).toHaveProperty('value', 'ulaanbaatar')
    current = router.currentRoute.value.fullPath
    expect(await previousPath()).toBe('/countries')
  })

  it('refines the search on /search by replacing the entry, keeping the filters and starting at the first results', async () => {
    await mountAt('/search?q=ulaan&field=human-rights&sort=date&n=60')
    expect(input().element).toHaveProperty('value', 'ulaan')
    await type('ulaanbaatar seminar ')
    await afterTypingPause()
    // Navigation may wait on a route guard (the interface messages): wait for it rather than for a fixed time.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/search?q=ulaanbaatar+seminar&field=human-rights&sort=date'))
    // The trailing space the reader typed stays in the box.
    expect(input().element).toHaveProperty('value', 'ulaanbaatar seminar ')
    current = router.currentRoute.value.fullPath
    expect(await previousPath()).toBe('/')
  })

  it('searches at once on Enter', async () => {
    await mountAt('/')
    await type('osce')
    await wrapper?.get('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/search?q=osce'))
  })

  it('shows the query of the page it is on after back and forward, and is empty elsewhere', async () => {
    await mountAt('/search?q=osce')
    await router.push('/search?q=border')
    await flushPromises()
    expect(input().element).toHaveProperty('value', 'border')
    router.back()
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/search?q=osce'))
    await flushPromises()
    expect(input().element).toHaveProperty('value', 'osce')
    await router.push('/countries')
    await flushPromises()
    expect(input().element).toHaveProperty('value', '')
  })

  it('is focused by "/" from the page, but not while typing in another field', async () => {
    await mountAt('/')
    const other = document.createElement('textarea')
    document.body.append(other)
    try {
      other.focus()
      other.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }))
      expect(document.activeElement).toBe(other)
      other.blur()
      const event = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true })
      document.body.dispatchEvent(event)
      expect(document.activeElement).toBe(input().element)
      expect(event.defaultPrevented).toBe(true)
    } finally {
      other.remove()
    }
  })

  it('clears and leaves the box on Escape, and drops the text from the search it is on', async () => {
    await mountAt('/search?q=osce&country=mongolia')
    ;(input().element as HTMLInputElement).focus()
    await input().trigger('keydown', { key: 'Escape' })
    await flushPromises()
    expect(input().element).toHaveProperty('value', '')
    expect(document.activeElement).not.toBe(input().element)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/search?country=mongolia'))
  })

  describe('suggestions while typing (ARIA 1.2 combobox)', () => {
    beforeEach(async () => {
      vi.useRealTimers()
      await installContent()
    })

    const options = () => wrapper?.findAll('[role="option"]').map((option) => option.text()) ?? []
    const listbox = () => wrapper?.get('[role="listbox"]')

    async function typeAndWaitForOptions(text: string): Promise<void> {
      ;(input().element as HTMLInputElement).focus()
      await input().trigger('focus')
      await type(text)
      await vi.waitFor(() => expect(options().length).toBeGreaterThan(0), { timeout: 5000 })
    }

    it('offers the country, its mission and the index word for `mold`, with the combobox wiring', async () => {
      await mountAt('/')
      const field = input()
      expect(field.attributes('role')).toBe('combobox')
      expect(field.attributes('aria-expanded')).toBe('false')
      expect(field.attributes('aria-autocomplete')).toBe('list')
      await typeAndWaitForOptions('mold')
      expect(options()).toEqual(['MoldovaCountry', 'Mission to MoldovaStructure'])
      expect(field.attributes('aria-expanded')).toBe('true')
      expect(field.attributes('aria-controls')).toBe(listbox()?.attributes('id'))
      expect(listbox()?.attributes('aria-label')).toBe('Suggestions')
      expect(field.attributes('aria-activedescendant')).toBeUndefined()
    })

    it('moves with the arrow keys (wrapping) and opens the chosen country page on Enter', async () => {
      await mountAt('/')
      await typeAndWaitForOptions('mold')
      await input().trigger('keydown', { key: 'ArrowDown' })
      const [first, second] = wrapper?.findAll('[role="option"]') ?? []
      expect(input().attributes('aria-activedescendant')).toBe(first?.attributes('id'))
      expect(first?.attributes('aria-selected')).toBe('true')
      await input().trigger('keydown', { key: 'ArrowDown' })
      expect(input().attributes('aria-activedescendant')).toBe(second?.attributes('id'))
      await input().trigger('keydown', { key: 'ArrowDown' })
      expect(input().attributes('aria-activedescendant')).toBe(first?.attributes('id'))
      await input().trigger('keydown', { key: 'ArrowUp' })
      expect(input().attributes('aria-activedescendant')).toBe(second?.attributes('id'))
      await input().trigger('keydown', { key: 'ArrowUp' })
      await input().trigger('keydown', { key: 'Enter' })
      await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/countries/moldova'))
      expect(input().attributes('aria-expanded')).toBe('false')
    })

    it('closes the list on Escape and keeps the text; a second Escape clears it', async () => {
      await mountAt('/')
      await typeAndWaitForOptions('mold')
      await input().trigger('keydown', { key: 'Escape' })
      expect(input().attributes('aria-expanded')).toBe('false')
      expect(input().element).toHaveProperty('value', 'mold')
      await input().trigger('keydown', { key: 'Escape' })
      expect(input().element).toHaveProperty('value', '')
    })

    it('completes words from the index and searches for the chosen one', async () => {
      await mountAt('/')
      await typeAndWaitForOptions('ulaan')
      expect(options()).toEqual(['ulaanbaatarSearch'])
      await wrapper?.get('[role="option"]').trigger('click')
      await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/search?q=ulaanbaatar'))
    })
  })
})
