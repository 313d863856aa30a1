import 'fake-indexeddb/auto'
import type { VueWrapper } from '@vue/test-utils'
import { defineComponent, h, type Component } from 'vue'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import SaveToggle from '@/components/saved/SaveToggle.vue'
import SearchResults from '@/components/search/SearchResults.vue'
import { db } from '@/db/database'
import { putSavedRelease } from '@/db/saved'
import { createAppI18n, switchLocale } from '@/i18n'
import { mountRoute } from '../../support/mountRoute'
import { searchList } from '@/router/searchList'
import { compileSeed, installContent, SEED_TITLE } from '../../support/seedContent'

const RELEASE = { id: '2025-02-14-water-sharing-talks-in-almaty', title: 'Water-sharing talks resume in Almaty', date: '2025-02-14' }

let wrapper: VueWrapper | undefined

/** A root that renders `component` with `props`, for mountRoute. */
const host = (component: Component, props: Record<string, unknown>) => defineComponent({ render: () => h(component, props) })

async function mountToggle(props: { compact?: boolean } = {}, i18n = createAppI18n()) {
  wrapper = (await mountRoute('/', host(SaveToggle, { release: RELEASE, ...props }), { i18n })).wrapper
  return wrapper.get('button')
}

async function pressedBecomes(value: 'true' | 'false') {
  await vi.waitFor(() => expect(wrapper?.get('button').attributes('aria-pressed')).toBe(value))
}

describe('SaveToggle', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
  })
  afterEach(() => wrapper?.unmount())

  it('is a toggle button named for the release, not pressed until saved', async () => {
    const button = await mountToggle()
    expect(button.attributes('type')).toBe('button')
    expect(button.attributes('aria-label')).toBe('Save “Water-sharing talks resume in Almaty”')
    expect(button.attributes('aria-pressed')).toBe('false')
    expect(button.text()).toBe('Save')
    expect(button.find('svg').attributes('aria-hidden')).toBe('true')
  })

  it('saves to the default list with title and date, shows it pressed, and unsaves on a second press', async () => {
    const button = await mountToggle()
    await button.trigger('click')
    await pressedBecomes('true')
    expect(wrapper?.get('svg').classes()).toContain('save-toggle__icon--filled')
    const [item] = await db.savedItems.toArray()
    expect(item).toMatchObject({ listId: 'saved', releaseId: RELEASE.id, title: 'Water-sharing talks resume in Almaty', date: '2025-02-14' })
    expect(await db.savedItems.count()).toBe(1)
    // Its name does not change with its state: aria-pressed tells it.
    expect(wrapper?.get('button').attributes('aria-label')).toBe('Save “Water-sharing talks resume in Almaty”')

    await wrapper?.get('button').trigger('click')
    await pressedBecomes('false')
    expect(wrapper?.get('svg').classes()).not.toContain('save-toggle__icon--filled')
    expect(await db.savedItems.count()).toBe(0)
  })

  it('shows a save made elsewhere (another row, another tab)', async () => {
    await mountToggle({ compact: true })
    await putSavedRelease('saved', RELEASE)
    await pressedBecomes('true')
  })

  it('compact: the icon alone, the name still in full', async () => {
    const button = await mountToggle({ compact: true })
    expect(button.text()).toBe('')
    expect(button.attributes('aria-label')).toBe('Save “Water-sharing talks resume in Almaty”')
  })

  it('is named in Russian in a Russian interface', async () => {
    const i18n = createAppI18n()
    await switchLocale(i18n.global, 'ru')
    const button = await mountToggle({}, i18n)
    expect(button.attributes('aria-label')).toBe('Сохранить «Water-sharing talks resume in Almaty»')
    expect(button.text()).toBe('Сохранить')
  })
})

describe('Save on release rows', () => {
  afterEach(() => wrapper?.unmount())

  it('every row of the latest releases has a compact Save named for its release', async () => {
    await installContent()
    wrapper = (await mountRoute('/')).wrapper
    await vi.waitFor(() => expect(wrapper?.find('.release-item .save-toggle').exists()).toBe(true))
    const toggles = wrapper.findAll('.release-item .save-toggle')
    expect(toggles.map((toggle) => [toggle.attributes('aria-label'), toggle.attributes('aria-pressed'), toggle.text()])).toEqual([[`Save “${SEED_TITLE}”`, 'false', '']])
  })

  it('every search result has one too', async () => {
    const seed = compileSeed().releases[0]
    if (!seed) throw new Error('the seed compiles to no release')
    const { body, ...fields } = seed
    const results = [{ release: { ...fields, structures: [] }, snippet: body[0] ?? '' }]
    const resultList = searchList({ q: 'mongolia', filters: {}, sort: 'relevance', limit: 20 })
    wrapper = (await mountRoute('/', host(SearchResults, { results, terms: ['mongolia'], total: 1, resultList }))).wrapper
    await wrapper.get('.search-result .save-toggle').trigger('click')
    await pressedBecomes('true')
    expect(wrapper.get('.search-result .save-toggle').attributes('aria-label')).toBe(`Save “${SEED_TITLE}”`)
    expect(await db.savedItems.get(['saved', seed.id])).toMatchObject({ title: SEED_TITLE, date: '2017-07-06' })
  })
})
