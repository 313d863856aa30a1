import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { getReleaseSummaries } from '@/db/content'
import type { SearchRequest, SearchResponse } from '@/search/types'
import { linksIn } from '../support/pageSections'
import { mountRoute, waitForText } from '../support/mountRoute'
import { noHits, seedHit } from '../support/searchResponses'
import { installContent, SEED_RELEASE_ID, SEED_TITLE } from '../support/seedContent'

const search = vi.hoisted(() => vi.fn<(request: SearchRequest) => Promise<SearchResponse>>())
vi.mock('@/search/client', () => ({ searchClient: { search } }))
// Spied on, so a check that an answer was dropped can see it was never read, with no waiting.
vi.mock('@/db/content', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/db/content')>()
  return { ...actual, getReleaseSummaries: vi.fn(actual.getReleaseSummaries) }
})

let wrapper: VueWrapper | undefined

async function open(path: string) {
  const mounted = await mountRoute(path)
  wrapper = mounted.wrapper
  return mounted
}

const status = () => wrapper?.get('[role="status"]').text()
const facetGroup = (heading: string) => {
  const group = wrapper?.findAll('section.facet').find((section) => section.get('h3').text() === heading)
  if (!group) throw new Error(`no facet group "${heading}"`)
  return group
}

describe('SearchView', () => {
  beforeEach(async () => {
    search.mockReset()
    vi.mocked(getReleaseSummaries).mockClear()
    await installContent()
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  it('explains what can be searched, with examples, and searches nothing without text or filters', async () => {
    await open('/search')
    expect(wrapper?.get('h1').text()).toBe('Search')
    expect(wrapper?.text()).toContain('Search the titles, text, places and sources of every release')
    expect(linksIn(wrapper as VueWrapper).map((link) => link.href)).toEqual([
      '/search?q=Ulaanbaatar',
      '/search?q=border+management',
      '/search?q=radicalisation',
      '/search?q=chisinau',
      // The short syntax help: a phrase, an exclusion, a typo, Cyrillic.
      '/search?q=%22digital+evidence%22',
      '/search?q=Mongolia+-elections',
      '/search?q=ulanbator',
      '/search?q=%D0%91%D0%B8%D1%88%D0%BA%D0%B5%D0%BA',
      '/search?field=countering-terrorism',
    ])
    expect(status()).toBe('')
    expect(search).not.toHaveBeenCalled()
  })

  it('shows the count, the seed result with date, type, place, and the matched word marked in its snippet', async () => {
    search.mockResolvedValue(seedHit())
    await open('/search?q=ulaanbaatar')
    await waitForText(wrapper as VueWrapper, SEED_TITLE)
    expect(search).toHaveBeenCalledWith({ q: 'ulaanbaatar', filters: {}, sort: 'relevance', limit: 20 })
    expect(wrapper?.get('h1').text()).toBe('Search results for “ulaanbaatar”')
    expect(status()).toBe('1 release')
    const results = wrapper?.findAll('.search-result') ?? []
    expect(results).toHaveLength(1)
    const link = results[0]?.get('h2 a')
    expect(link?.text()).toBe(SEED_TITLE)
    expect(link?.attributes('href')).toBe(`/releases/${SEED_RELEASE_ID}?from=search:q=ulaanbaatar`)
    expect(results[0]?.get('time').attributes('datetime')).toBe('2017-07-06')
    expect(results[0]?.get('.release-meta').text()).toContain('Press release')
    expect(results[0]?.get('.release-meta').text()).toContain('Ulaanbaatar')
    const snippet = results[0]?.get('.search-result__snippet')
    expect(snippet?.text().startsWith('ULAANBAATAR, 6 July 2017 - A two-day national seminar')).toBe(true)
    expect(snippet?.findAll('mark').map((mark) => mark.text())).toEqual(['ULAANBAATAR'])
    expect(document.title).toBe('Search: ulaanbaatar · OSCE Field Reader')
  })

  it('marks every matched word in title and snippet', async () => {
    search.mockResolvedValue(seedHit(['community', 'communities', 'policing']))
    await open('/search?q=community+policing')
    await waitForText(wrapper as VueWrapper, SEED_TITLE)
    expect(wrapper?.get('.search-result__title').findAll('mark').map((mark) => mark.text())).toEqual(['community', 'policing'])
    expect(wrapper?.get('.search-result__snippet').findAll('mark').length).toBeGreaterThan(0)
  })

  it('lists each facet with its labels and counts, and a facet link narrows the search in the URL', async () => {
    search.mockResolvedValue(seedHit())
    const { router } = await open('/search?q=ulaanbaatar')
    await waitForText(wrapper as VueWrapper, SEED_TITLE)
    expect(wrapper?.findAll('section.facet h3').map((heading) => heading.text())).toEqual(['Type', 'Field of work', 'Country', 'Structure'])
    expect(linksIn(facetGroup('Type'))).toEqual([{ text: 'Press release 1', href: '/search?q=ulaanbaatar&type=press-release' }])
    expect(linksIn(facetGroup('Field of work'))).toEqual([
      { text: 'Countering terrorism 1', href: '/search?q=ulaanbaatar&field=countering-terrorism' },
      { text: 'Human rights 1', href: '/search?q=ulaanbaatar&field=human-rights' },
    ])
    expect(linksIn(facetGroup('Structure')).map((link) => link.text)).toEqual(['Office for Democratic Institutions and Human Rights 1', 'Secretariat 1'])
    // Nine countries: the first eight, then all on request.
    expect(linksIn(facetGroup('Country'))).toHaveLength(8)
    await facetGroup('Country').get('button').trigger('click')
    expect(linksIn(facetGroup('Country')).map((link) => link.text)).toContain('United States of America 1')

    await facetGroup('Field of work').get('a').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/search?q=ulaanbaatar&field=countering-terrorism'))
    await vi.waitFor(() => expect(search).toHaveBeenLastCalledWith({ q: 'ulaanbaatar', filters: { field: 'countering-terrorism' }, sort: 'relevance', limit: 20 }))
  })

  it('shows a selected facet value as selected, its link removing the filter', async () => {
    search.mockResolvedValue(seedHit())
    await open('/search?q=ulaanbaatar&field=countering-terrorism')
    await waitForText(wrapper as VueWrapper, SEED_TITLE)
    const selected = facetGroup('Field of work').get('a[aria-current="true"]')
    expect(selected.text()).toBe('Remove filter: Countering terrorism 1×')
    expect(selected.attributes('href')).toBe('/search?q=ulaanbaatar')
    expect(wrapper?.get('details summary').text()).toBe('Filters (1 in use)')
  })

  it('has a year range from the years found, and choosing a year replaces the URL', async () => {
    search.mockResolvedValue(seedHit())
    const { router } = await open('/search?q=ulaanbaatar')
    await waitForText(wrapper as VueWrapper, SEED_TITLE)
    const from = wrapper?.get('fieldset.years select') 
    expect(from?.findAll('option').map((option) => option.text())).toEqual(['Any year', '2017 (1)'])
    await from?.setValue('2017')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/search?q=ulaanbaatar&from=2017'))
  })

  it('sorts by relevance or newest first', async () => {
    search.mockResolvedValue(seedHit())
    const { router } = await open('/search?q=ulaanbaatar')
    await waitForText(wrapper as VueWrapper, SEED_TITLE)
    const radios = wrapper?.findAll('fieldset.search-sort input[type="radio"]') ?? []
    expect(radios.map((radio) => (radio.element as HTMLInputElement).checked)).toEqual([true, false])
    expect(wrapper?.get('fieldset.search-sort').text()).toBe('Sort by Relevance Newest')
    await radios[1]?.setValue(true)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/search?q=ulaanbaatar&sort=date'))
    await vi.waitFor(() => expect(search).toHaveBeenLastCalledWith({ q: 'ulaanbaatar', filters: {}, sort: 'date', limit: 20 }))
  })

  it('says nothing matches, offers the suggestions and a removal per active filter, with exact links', async () => {
    search.mockResolvedValue(noHits(['ulaanbaatar'], { field: [{ value: 'countering-terrorism', count: 0 }] }))
    await open('/search?q=ulanbatar&field=countering-terrorism&from=2017')
    await waitForText(wrapper as VueWrapper, 'No releases match')
    expect(status()).toBe('0 releases')
    const noResults = wrapper?.get('.no-results')
    expect(noResults?.get('.no-results__message').text()).toBe('No releases match “ulanbatar” with these filters.')
    expect(noResults?.get('.no-results__suggestions').text()).toBe('Did you mean: ulaanbaatar?')
    expect(linksIn(noResults as never)).toEqual([
      { text: 'ulaanbaatar', href: '/search?q=ulaanbaatar&field=countering-terrorism&from=2017' },
      { text: 'Remove filter: Field of work: Countering terrorism×', href: '/search?q=ulanbatar&from=2017' },
      { text: 'Remove filter: From 2017×', href: '/search?q=ulanbatar&field=countering-terrorism' },
      { text: 'Search all releases for “ulanbatar”', href: '/search?q=ulanbatar' },
    ])
    expect(wrapper?.findAll('.search-result')).toHaveLength(0)
  })

  it('browses by filters alone, newest first', async () => {
    search.mockResolvedValue(seedHit([]))
    await open('/search?field=countering-terrorism')
    await waitForText(wrapper as VueWrapper, SEED_TITLE)
    expect(search).toHaveBeenCalledWith({ q: '', filters: { field: 'countering-terrorism' }, sort: 'date', limit: 20 })
    expect(wrapper?.get('h1').text()).toBe('Search')
    expect(wrapper?.find('fieldset.search-sort').exists()).toBe(false)
    expect(wrapper?.findAll('mark')).toHaveLength(0)
  })

  it('grows the window with "Show more" by replacing the URL, keeping the shown results meanwhile', async () => {
    search.mockResolvedValue(seedHit(['ulaanbaatar'], { total: 35 }))
    const { router } = await open('/search?q=ulaanbaatar')
    await waitForText(wrapper as VueWrapper, SEED_TITLE)
    expect(status()).toBe('35 releases')
    expect(wrapper?.get('.search-results__shown').text()).toBe('1 of 35')
    const historyLength = router.options.history.state.position
    await wrapper?.get('.search-results__more button').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/search?q=ulaanbaatar&n=40'))
    expect(router.options.history.state.position).toBe(historyLength)
    await vi.waitFor(() => expect(search).toHaveBeenLastCalledWith({ q: 'ulaanbaatar', filters: {}, sort: 'relevance', limit: 40 }))
    expect(wrapper?.findAll('.search-result')).toHaveLength(1)
  })

  it('ignores an answer that arrives after the answer to a newer search', async () => {
    let answerFirst: (response: SearchResponse) => void = () => undefined
    search.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
    search.mockResolvedValueOnce(noHits(['ulaanbaatar']))
    const { router } = await open('/search?q=ulaanbaatar')
    await router.replace('/search?q=ulanbatar')
    await waitForText(wrapper as VueWrapper, 'No releases match “ulanbatar”.')
    answerFirst(seedHit())
    // Using the answer would start reading its releases in the same turn; only promise callbacks can run before that.
    await flushPromises()
    expect(vi.mocked(getReleaseSummaries).mock.calls.flat(2)).not.toContain(SEED_RELEASE_ID)
    expect(wrapper?.text()).not.toContain(SEED_TITLE)
    expect(status()).toBe('0 releases')
  })

  it('renders a search seen before at once, without asking again (so going back can restore the scroll position)', async () => {
    search.mockResolvedValue(seedHit())
    const { router } = await open('/search?q=ulaanbaatar')
    await waitForText(wrapper as VueWrapper, SEED_TITLE)
    await router.push('/about')
    await waitForText(wrapper as VueWrapper, 'Installed content')
    await router.back()
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/search?q=ulaanbaatar'))
    // The first render after the navigation already shows the results.
    await nextTick()
    expect(wrapper?.text()).toContain(SEED_TITLE)
    expect(search).toHaveBeenCalledTimes(1)
  })

  it('says so when the search fails', async () => {
    search.mockRejectedValue(new Error('index unreadable'))
    await open('/search?q=ulaanbaatar')
    await waitForText(wrapper as VueWrapper, 'Search failed: index unreadable.')
    expect(status()).toBe('Search failed.')
  })
})
