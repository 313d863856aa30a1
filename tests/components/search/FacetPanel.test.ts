import type { VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, type Router } from 'vue-router'
import FacetPanel from '@/components/search/FacetPanel.vue'
import { createAppRouter } from '@/router'
import type { SearchRequest, SearchResponse } from '@/search/types'
import { mountWithTaxonomy } from '../taxonomy/mountWithTaxonomy'
import { linksIn } from '../../support/pageSections'
import { seedHit } from '../../support/searchResponses'
import { installContent } from '../../support/seedContent'

let wrapper: VueWrapper | undefined
let router: Router

async function mountPanel(request: Partial<SearchRequest>, response: SearchResponse) {
  router = createAppRouter(createMemoryHistory())
  await router.push('/search')
  wrapper = await mountWithTaxonomy(FacetPanel, () => ({ request: { q: 'osce', filters: {}, sort: 'relevance', limit: 20, ...request }, response }), router)
  return wrapper
}

const group = (heading: string) => {
  const found = wrapper?.findAll('section.facet').find((section) => section.get('h3').text() === heading)
  if (!found) throw new Error(`no group "${heading}"`)
  return found
}

describe('FacetPanel', () => {
  beforeEach(async () => {
    await installContent()
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  it('names content types from the site list, items without one "No type", and orders values by count', async () => {
    const response = seedHit(['osce'], {
      facets: {
        ...seedHit().facets,
        type: [
          { value: 'none', count: 2 },
          { value: 'daily-report', count: 1 },
          { value: 'press-release', count: 7 },
          { value: 'field-visit', count: 1 },
        ],
      },
    })
    await mountPanel({}, response)
    expect(linksIn(group('Type'))).toEqual([
      { text: 'Press release 7', href: '/search?q=osce&type=press-release' },
      { text: 'No type 2', href: '/search?q=osce&type=none' },
      { text: 'Daily report 1', href: '/search?q=osce&type=daily-report' },
      { text: 'Field visit 1', href: '/search?q=osce&type=field-visit' },
    ])
  })

  it('keeps a chosen value that no longer matches anything, so it can still be removed, and hides empty groups', async () => {
    // As the engine answers: each chosen value listed with 0, no other value.
    const response = seedHit(['osce'], { facets: { type: [], field: [{ value: 'countering-terrorism', count: 0 }], country: [{ value: 'mongolia', count: 0 }], structure: [] } })
    await mountPanel({ filters: { field: 'countering-terrorism', country: 'mongolia' }, sort: 'date', limit: 40 }, response)
    expect(wrapper?.findAll('section.facet h3').map((heading) => heading.text())).toEqual(['Field of work', 'Country'])
    expect(linksIn(group('Field of work'))).toEqual([
      { text: 'Remove filter: Countering terrorism 0×', href: '/search?q=osce&country=mongolia&sort=date' },
    ])
    expect(linksIn(group('Country'))).toEqual([{ text: 'Remove filter: Mongolia 0×', href: '/search?q=osce&field=countering-terrorism&sort=date' }])
  })

  it('replaces a value of the same facet, keeping the others', async () => {
    await mountPanel({ filters: { field: 'countering-terrorism', structure: 'odihr' } }, seedHit())
    expect(linksIn(group('Field of work'))[1]).toEqual({ text: 'Human rights 1', href: '/search?q=osce&field=human-rights&structure=odihr' })
  })

  it('offers as years only those found, and never lets the range ends cross', async () => {
    const years = [2015, 2016, 2017, 2018].map((year) => ({ value: String(year), count: year - 2010 }))
    await mountPanel({ filters: { from: 2016, to: 2017 } }, seedHit(['osce'], { years }))
    const [from, to] = wrapper?.findAll('fieldset.years select') ?? []
    expect(wrapper?.get('fieldset.years legend').text()).toBe('Year')
    expect(wrapper?.findAll('fieldset.years label').map((label) => label.text())).toEqual(['From', 'To'])
    expect(from?.findAll('option').map((option) => option.text())).toEqual(['Any year', '2015 (5)', '2016 (6)', '2017 (7)'])
    expect(to?.findAll('option').map((option) => option.text())).toEqual(['Any year', '2016 (6)', '2017 (7)', '2018 (8)'])
    expect((from?.element as HTMLSelectElement).value).toBe('2016')
    await to?.setValue('')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/search?q=osce&from=2016'))
  })
})
