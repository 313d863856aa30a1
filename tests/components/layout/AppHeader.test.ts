import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import AppHeader from '@/components/layout/AppHeader.vue'
import { createAppRouter } from '@/router'

function mountHeader(menuOpen: boolean) {
  return mount(AppHeader, { props: { menuOpen, menuId: 'nav-drawer' }, global: { plugins: [createAppRouter(createMemoryHistory())] } })
}

describe('AppHeader', () => {
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

  it('reserves an empty area for the search box', () => {
    const tools = mountHeader(false).get('.app-header__tools')
    expect(tools.text()).toBe('')
  })
})
