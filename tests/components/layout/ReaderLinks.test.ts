import 'fake-indexeddb/auto'
import type { VueWrapper } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import NavDrawer from '@/components/layout/NavDrawer.vue'
import ReaderLinks from '@/components/layout/ReaderLinks.vue'
import { createAppI18n, switchLocale } from '@/i18n'
import { mountRoute } from '../../support/mountRoute'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const links = () => wrapper?.findAll('nav.reader-links a').map((link) => [link.text(), link.attributes('href')])

describe('ReaderLinks', () => {
  it('links the reader’s own pages in a labelled navigation', async () => {
    wrapper = (await mountRoute('/', ReaderLinks)).wrapper
    expect(wrapper.get('nav').attributes('aria-label')).toBe('Your reading')
    expect(links()).toEqual([
      ['Saved', '/saved'],
      ['History', '/history'],
    ])
  })

  it('is in the menu drawer, in Russian too', async () => {
    const i18n = createAppI18n()
    await switchLocale(i18n.global, 'ru')
    wrapper = (await mountRoute('/', defineComponent({ render: () => h(NavDrawer, { id: 'drawer', onClose: vi.fn() }) }), { i18n })).wrapper
    expect(wrapper.get('[role="dialog"] nav.reader-links').attributes('aria-label')).toBe('Ваше чтение')
    expect(links()).toEqual([
      ['Сохранённое', '/saved'],
      ['История', '/history'],
    ])
  })
})
