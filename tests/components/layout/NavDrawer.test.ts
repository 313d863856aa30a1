import { defineComponent, h } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import NavDrawer from '@/components/layout/NavDrawer.vue'
import { mountRoute, waitForText } from '../../support/mountRoute'
import { installContent } from '../../support/seedContent'

let wrapper: VueWrapper | undefined

async function mountDrawer() {
  const onClose = vi.fn()
  const Host = defineComponent({
    render: () => [h('button', { id: 'outside' }, 'Outside'), h(NavDrawer, { id: 'nav-drawer', onClose })],
  })
  wrapper = (await mountRoute('/', Host)).wrapper
  // The menus arrive after the drawer opened here (a start reading them): their sections are drawn a frame apart, the last one last.
  await waitForText(wrapper, 'OSCE Main Website')
  const panel = wrapper.get('[role="dialog"]')
  const focusable = panel.findAll<HTMLElement>('a[href], button')
  return { onClose, panel, first: focusable[0], last: focusable.at(-1) }
}

describe('NavDrawer', () => {
  beforeEach(async () => {
    await installContent()
  })
  afterEach(() => wrapper?.unmount())

  it('is a labelled modal dialog holding the menu, with focus on its first control', async () => {
    const { panel, first } = await mountDrawer()
    expect(panel.attributes('aria-modal')).toBe('true')
    expect(panel.attributes('id')).toBe('nav-drawer')
    const labelId = panel.attributes('aria-labelledby') ?? ''
    expect(wrapper?.get(`#${labelId}`).text()).toBe('Menu')
    expect(panel.find('a[href="/countries"]').exists()).toBe(true)
    expect(first?.text()).toBe('Close menu')
    expect(document.activeElement).toBe(first?.element)
  })

  it('asks to close on Escape, on the Close button and on a backdrop click', async () => {
    const { onClose, panel, first } = await mountDrawer()
    await panel.trigger('keydown', { key: 'Escape' })
    expect(onClose).toHaveBeenCalledTimes(1)
    await first?.trigger('click')
    expect(onClose).toHaveBeenCalledTimes(2)
    await wrapper?.get('[data-testid="drawer-backdrop"]').trigger('click')
    expect(onClose).toHaveBeenCalledTimes(3)
  })

  it('traps Tab: from the last control to the first, Shift+Tab from the first to the last', async () => {
    const { panel, first, last } = await mountDrawer()
    // About us lists the OSCE Main Website (a source of releases) as its one entry.
    expect(last?.text()).toBe('OSCE Main Website')
    last?.element.focus()
    await panel.trigger('keydown', { key: 'Tab' })
    expect(document.activeElement).toBe(first?.element)
    await panel.trigger('keydown', { key: 'Tab', shiftKey: true })
    expect(document.activeElement).toBe(last?.element)
  })

  it('leaves Tab alone between controls inside the panel', async () => {
    const { panel, first } = await mountDrawer()
    first?.element.focus()
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true })
    panel.element.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(false)
    expect(document.activeElement).toBe(first?.element)
  })

  it('pulls focus that lands behind the modal back into it', async () => {
    const { first } = await mountDrawer()
    wrapper?.get<HTMLElement>('#outside').element.focus()
    expect(document.activeElement).toBe(first?.element)
  })
})
