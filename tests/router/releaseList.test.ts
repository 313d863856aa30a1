import { describe, expect, it } from 'vitest'
import { listParam, parseReleaseList, releaseLocation, type ReleaseList } from '@/router/releaseList'

describe('the list a release was opened from, in its URL', () => {
  it.each<[ReleaseList, string]>([
    [{ kind: 'latest' }, 'latest'],
    [{ kind: 'facet', facet: 'primaryCountries', id: 'mongolia' }, 'country:mongolia'],
    [{ kind: 'facet', facet: 'mentionedCountries', id: 'mongolia' }, 'mentioned:mongolia'],
    [{ kind: 'facet', facet: 'structures', id: 'odihr' }, 'structure:odihr'],
    [{ kind: 'facet', facet: 'fields', id: 'countering-terrorism' }, 'field:countering-terrorism'],
    [{ kind: 'search', request: { q: 'border police', filters: { country: 'mongolia', from: 2016 }, sort: 'date', limit: 20 } }, 'search:q=border+police&country=mongolia&from=2016&sort=date'],
  ])('%j is named %s and read back as it was', (list, name) => {
    expect(listParam(list)).toBe(name)
    expect(parseReleaseList({ from: name })).toEqual(list)
  })

  it('leaves the shown window of a search out: the list is the whole result', () => {
    const list: ReleaseList = { kind: 'search', request: { q: 'elections', filters: {}, sort: 'relevance', limit: 60 } }
    expect(listParam(list)).toBe('search:q=elections')
    expect(parseReleaseList({ from: listParam(list) })).toEqual({ kind: 'search', request: { q: 'elections', filters: {}, sort: 'relevance', limit: 20 } })
  })

  it.each([[undefined], [''], ['nothing'], ['country:'], ['country:Mongolia!'], ['toString:x'], ['planet:mars'], ['search:'], ['search:sort=date']])(
    'reads %j as no list',
    (value) => {
      expect(parseReleaseList(value === undefined ? {} : { from: value })).toBeNull()
    },
  )

  it('links a release of a list with the list, and one of no list plainly', () => {
    expect(releaseLocation('2017-07-06-a', { kind: 'facet', facet: 'primaryCountries', id: 'mongolia' })).toEqual({
      path: '/releases/2017-07-06-a',
      query: { from: 'country:mongolia' },
    })
    expect(releaseLocation('2017-07-06-a', null)).toBe('/releases/2017-07-06-a')
  })
})
