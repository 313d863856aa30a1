import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import AppHeader from '@/components/layout/AppHeader.vue'
import { createAppRouter } from '@/router'
import { createAppState } from '@/startup'
import { fakeInstallPromptEvent } from '../../support/installPromptEvent'

const mounted: VueWrapper[] = []

function mountHeader(menuOpen: boolean) {
  const wrapper = mount(AppHeader, {
    props: { menuOpen, menuId: 'nav-drawer' },
    global: { plugins: [createPinia(), createAppRouter(createMemoryHistory()), createAppState()] },
  })
  mounted.push(wrapper)
  return wrapper
}

const installButton = (wrapper: VueWrapper) => wrapper.findAll('button').find((button) => button.text() === 'Install app')

describe('AppHeader', () => {
  afterEach(() => {
    mounted.splice(0).forEach((wrapper) => wrapper.unmount())
    vi.restoreAllMocks()
  })

  it('names the app with a link home', () => {
    const link = mountHeader(false).get('a')
    expect(link.text()).toBe('OSCE Field Reader')
    expect(link.attributes('href')).toBe('/')
  })

  it('has a menu button that tells whether the drawer it controls is open, and asks to toggle it', async () => {
    const closed = mountHeader(false)
    const button = closed.get('button')
    expect(button.text()).toBe('Menu')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(button.attributes('aria-controls')).toBe('nav-drawer')
    await button.trigger('click')
    expect(closed.emitted('toggle-menu')).toHaveLength(1)
    expect(mountHeader(true).get('button').attributes('aria-expanded')).toBe('true')
  })

  it('has the search box, between the app name and the actions', () => {
    const header = mountHeader(false)
    const search = header.get('.app-header__tools form[role="search"]')
    expect(search.get('label').text()).toBe('Search releases')
    expect(search.get('input').attributes('id')).toBe(search.get('label').attributes('for'))
  })

  it('links to the settings', () => {
    const links = mountHeader(false).findAll('header a').map((link) => [link.text(), link.attributes('href')])
    expect(links).toEqual([
      ['OSCE Field Reader', '/'],
      ['Settings', '/settings'],
    ])
  })

  it('shows the Offline badge while offline', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
    const header = mountHeader(false)
    expect(header.get('header [role="status"]').text()).toBe('')
    onLine.mockReturnValue(false)
    window.dispatchEvent(new Event('offline'))
    await flushPromises()
    expect(header.get('header [role="status"]').text()).toBe('Offline')
  })

  it('offers "Install app" only once the browser allows installing, and opens its prompt', async () => {
    const header = mountHeader(false)
    expect(installButton(header)).toBeUndefined()
    const event = fakeInstallPromptEvent('dismissed')
    window.dispatchEvent(event)
    await flushPromises()
    const button = installButton(header)
    if (!button) throw new Error('no Install app button')
    await button.trigger('click')
    expect(event.prompt).toHaveBeenCalledTimes(1)
    await flushPromises()
    // The event is used up; the browser fires a new one when installing is possible again.
    expect(installButton(header)).toBeUndefined()
  })
})
