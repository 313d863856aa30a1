import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { searchList } from '@/router/searchList'
import SearchResults from '@/components/search/SearchResults.vue'
import type { SearchResultItem } from '@/composables/useSearch'
import type { ReleaseSummary } from '@/db/database'
import { createAppRouter } from '@/router'
import { compileSeed } from '../../support/seedContent'
import { createAppI18n, loadPageMessages } from '@/i18n'

const seed = compileSeed().releases[0]
if (!seed) throw new Error('the seed compiles to no release')
const { body: seedBody, ...seedFields } = seed
const seedSummary: ReleaseSummary = { ...seedFields, structures: ['secretariat', 'odihr'] }

function item(index: number, overrides: Partial<ReleaseSummary> = {}, snippet = seedBody[0] ?? ''): SearchResultItem {
  return { release: { ...seedSummary, id: `${seedSummary.id}-${index}`, ...overrides }, snippet }
}

let wrapper: VueWrapper | undefined
const i18n = createAppI18n()
beforeAll(() => loadPageMessages(i18n.global))

function mountResults(props: { results: SearchResultItem[]; terms: string[]; total: number; busy?: boolean }) {
  const resultList = searchList({ q: props.terms.join(' '), filters: {}, sort: 'relevance', limit: 20 })
  wrapper = mount(SearchResults, { props: { ...props, resultList }, global: { plugins: [createAppRouter(createMemoryHistory()), i18n] }, attachTo: document.body })
  return wrapper
}

describe('SearchResults', () => {
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  it('marks matched words, whatever their case or accents, in titles and snippets', () => {
    const results = mountResults({ results: [item(1)], terms: ['ulaanbaatar', 'mongolia'], total: 1 })
    expect(results.get('h2').findAll('mark').map((mark) => mark.text())).toEqual(['Mongolia'])
    expect(results.get('.search-result__snippet').findAll('mark').map((mark) => mark.text())).toEqual(['ULAANBAATAR', 'Ulaanbaatar', 'Mongolia'])
    expect(results.get('.search-result__snippet').text()).toBe(seedBody[0])
  })

  it('shows text as text: markup in a title or snippet is never parsed', () => {
    const results = mountResults({ results: [item(1, { title: 'Seminar on <b>policing</b> & trust' }, '<img src=x onerror=alert(1)> policing')], terms: ['policing'], total: 1 })
    expect(results.get('h2 a').text()).toBe('Seminar on <b>policing</b> & trust')
    expect(results.find('b').exists()).toBe(false)
    expect(results.find('img').exists()).toBe(false)
    expect(results.get('h2').findAll('mark').map((mark) => mark.text())).toEqual(['policing'])
  })

  it('shows every result with its type, date and place, and no marks without matched terms', () => {
    const results = mountResults({ results: [item(1), item(2, { type: null, place: null })], terms: [], total: 2 })
    const items = results.findAll('li.search-result')
    expect(items).toHaveLength(2)
    expect(items[0]?.get('.release-meta').text()).toMatch(/^Press release.*2017.*Ulaanbaatar$/)
    expect(items[1]?.findAll('.release-meta > *').map((part) => part.element.tagName)).toEqual(['TIME'])
    expect(results.findAll('mark')).toHaveLength(0)
    expect(results.find('.search-results__more').exists()).toBe(false)
  })

  it('asks for more while there are more, then moves focus to the first new result', async () => {
    const results = mountResults({ results: [item(1), item(2)], terms: ['ulaanbaatar'], total: 3 })
    expect(results.get('.search-results__shown').text()).toBe('2 of 3')
    const button = results.get('.search-results__more button')
    expect(button.text()).toBe('Show more results')
    await button.trigger('click')
    expect(results.emitted('more')).toHaveLength(1)
    await results.setProps({ results: [item(1), item(2), item(3)] })
    await vi.waitFor(() => expect(document.activeElement).toBe(results.findAll('h2 a')[2]?.element))
    expect(results.find('.search-results__more').exists()).toBe(false)
  })

  it('does not ask twice while the longer window is on its way', async () => {
    const results = mountResults({ results: [item(1)], terms: [], total: 3, busy: true })
    await results.get('.search-results__more button').trigger('click')
    expect(results.emitted('more')).toBeUndefined()
    expect(results.get('.search-results').attributes('aria-busy')).toBe('true')
  })
})
