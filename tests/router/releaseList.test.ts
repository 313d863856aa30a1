import { describe, expect, it } from 'vitest'
import { listParam, parseReleaseList, releaseLocation, type ReleaseList } from '@/router/releaseList'
import { searchList, searchOfList } from '@/router/searchQuery'

describe('the list a release was opened from, in its URL', () => {
  it.each<[ReleaseList, string]>([
    [{ kind: 'latest' }, 'latest'],
    [{ kind: 'facet', facet: 'primaryCountries', id: 'mongolia' }, 'country:mongolia'],
    [{ kind: 'facet', facet: 'mentionedCountries', id: 'mongolia' }, 'mentioned:mongolia'],
    [{ kind: 'facet', facet: 'structures', id: 'odihr' }, 'structure:odihr'],
    [{ kind: 'facet', facet: 'fields', id: 'countering-terrorism' }, 'field:countering-terrorism'],
    [searchList({ q: 'border police', filters: { country: 'mongolia', from: 2016 }, sort: 'date', limit: 20 }), 'search:q=border+police&country=mongolia&from=2016&sort=date'],
  ])('%j is named %s and read back as it was', (list, name) => {
    expect(listParam(list)).toBe(name)
    expect(parseReleaseList({ from: name })).toEqual(list)
  })

  it('leaves the shown window of a search out: the list is the whole result', () => {
    const list = searchList({ q: 'elections', filters: {}, sort: 'relevance', limit: 60 })
    expect(listParam(list)).toBe('search:q=elections')
    const parsed = parseReleaseList({ from: listParam(list) })
    expect(parsed?.kind === 'search' && searchOfList(parsed)).toEqual({ q: 'elections', filters: {}, sort: 'relevance', limit: 20 })
  })

  it('reads back the search a search list names, and none from one that asks for nothing', () => {
    const parsed = parseReleaseList({ from: 'search:q=border+police&country=mongolia&from=2016&sort=date' })
    expect(parsed?.kind === 'search' && searchOfList(parsed)).toEqual({ q: 'border police', filters: { country: 'mongolia', from: 2016 }, sort: 'date', limit: 20 })
    expect(searchOfList({ kind: 'search', query: 'sort=date' })).toBeNull()
  })

  it.each([[undefined], [''], ['nothing'], ['country:'], ['country:Mongolia!'], ['toString:x'], ['planet:mars'], ['search:']])(
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
