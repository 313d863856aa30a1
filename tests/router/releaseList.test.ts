import { describe, expect, it } from 'vitest'
import type { ReleaseFacet } from '@/db/content'
import { facetList, parseReleaseList } from '@/router/releaseList'
import { searchList, searchOfList } from '@/router/searchList'
import { LATEST_RELEASES, releaseLocation } from '@/router/releaseLocation'

describe('the list a release was opened from, in its URL', () => {
  it('names the latest list and reads it back', () => {
    expect(LATEST_RELEASES).toBe('latest')
    expect(parseReleaseList({ from: LATEST_RELEASES })).toEqual({ name: 'latest', kind: 'latest' })
  })

  it.each<[ReleaseFacet, string, string]>([
    ['primaryCountries', 'mongolia', 'country:mongolia'],
    ['mentionedCountries', 'mongolia', 'mentioned:mongolia'],
    ['structures', 'odihr', 'structure:odihr'],
    ['fields', 'countering-terrorism', 'field:countering-terrorism'],
  ])('names the %s list of %s %s and reads it back', (facet, id, name) => {
    expect(facetList(facet, id)).toBe(name)
    expect(parseReleaseList({ from: name })).toEqual({ name, kind: 'facet', facet, id })
  })

  it('names a search list by its query, without the window shown: the list is the whole result', () => {
    const name = searchList({ q: 'border police', filters: { country: 'mongolia', from: 2016 }, sort: 'date', limit: 60 })
    expect(name).toBe('search:q=border+police&country=mongolia&from=2016&sort=date')
    const parsed = parseReleaseList({ from: name })
    expect(parsed).toEqual({ name, kind: 'search', query: 'q=border+police&country=mongolia&from=2016&sort=date' })
    expect(parsed?.kind === 'search' && searchOfList(parsed)).toEqual({ q: 'border police', filters: { country: 'mongolia', from: 2016 }, sort: 'date', limit: 20 })
  })

  it('reads no search from a search list that asks for nothing', () => {
    const parsed = parseReleaseList({ from: 'search:sort=date' })
    expect(parsed?.kind === 'search' && searchOfList(parsed)).toBeNull()
  })

  it.each([[undefined], [''], ['nothing'], ['country:'], ['country:Mongolia!'], ['toString:x'], ['planet:mars'], ['search:']])('reads %j as no list', (value) => {
    expect(parseReleaseList(value === undefined ? {} : { from: value })).toBeNull()
  })

  it('links a release of a list with the list, and one of no list plainly', () => {
    expect(releaseLocation('2017-07-06-a', facetList('primaryCountries', 'mongolia'))).toEqual({
      path: '/releases/2017-07-06-a',
      query: { from: 'country:mongolia' },
    })
    expect(releaseLocation('2017-07-06-a', null)).toBe('/releases/2017-07-06-a')
  })
})
