import { describe, expect, it } from 'vitest'
import {
  hasFilters,
  isBlank,
  parseSearchQuery,
  searchKey,
  toRouteQuery,
  withFilter,
  withSort,
  withText,
} from '@/router/searchQuery'
import type { SearchRequest } from '@/search/types'

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({ q: '', filters: {}, sort: 'date', limit: 20, ...overrides })

describe('parseSearchQuery', () => {
  it('reads an empty query as a blank search: no text, no filters, newest first, 20 results', () => {
    expect(parseSearchQuery({})).toEqual({ q: '', filters: {}, sort: 'date', limit: 20 })
    expect(isBlank(parseSearchQuery({}))).toBe(true)
  })

  it('reads every parameter', () => {
    expect(
      parseSearchQuery({
        q: 'ulaanbaatar',
        type: 'press-release',
        field: 'countering-terrorism',
        country: 'mongolia',
        structure: 'odihr',
        from: '2016',
        to: '2018',
        sort: 'date',
        n: '60',
      }),
    ).toEqual({
      q: 'ulaanbaatar',
      filters: { type: 'press-release', field: 'countering-terrorism', country: 'mongolia', structure: 'odihr', from: 2016, to: 2018 },
      sort: 'date',
      limit: 60,
    })
  })

  it('sorts text by relevance unless told otherwise', () => {
    expect(parseSearchQuery({ q: 'osce' }).sort).toBe('relevance')
    expect(parseSearchQuery({ q: 'osce', sort: 'relevance' }).sort).toBe('relevance')
    expect(parseSearchQuery({ q: 'osce', sort: 'date' }).sort).toBe('date')
  })

  it('drops values it cannot use', () => {
    expect(
      parseSearchQuery({ q: 'osce', from: 'abc', to: '20189', sort: 'foo', n: 'lots', field: '../etc', country: 'Mongolia', type: '' }),
    ).toEqual({ q: 'osce', filters: {}, sort: 'relevance', limit: 20 })
  })

  it('sorts by date when there is no text to rank by, whatever the URL says', () => {
    expect(parseSearchQuery({ field: 'human-rights', sort: 'relevance' }).sort).toBe('date')
  })

  it('collapses white space in the text and takes the first of repeated parameters', () => {
    expect(parseSearchQuery({ q: ['  border   management ', 'other'], country: ['mongolia', 'finland'] })).toMatchObject({
      q: 'border management',
      filters: { country: 'mongolia' },
    })
    expect(parseSearchQuery({ q: null }).q).toBe('')
  })

  it('rounds the result window up to whole steps of 20, at least 20 and at most 1000', () => {
    expect(parseSearchQuery({ n: '40' }).limit).toBe(40)
    expect(parseSearchQuery({ n: '41' }).limit).toBe(60)
    expect(parseSearchQuery({ n: '0' }).limit).toBe(20)
    expect(parseSearchQuery({ n: '99999' }).limit).toBe(1000)
    expect(parseSearchQuery({ n: '-40' }).limit).toBe(20)
  })

  it('puts a reversed year range the right way round', () => {
    expect(parseSearchQuery({ from: '2019', to: '2015' }).filters).toEqual({ from: 2015, to: 2019 })
  })
})

describe('toRouteQuery', () => {
  it('omits every default', () => {
    expect(toRouteQuery(request())).toEqual({})
    expect(toRouteQuery(request({ q: 'osce', sort: 'relevance' }))).toEqual({ q: 'osce' })
    expect(toRouteQuery(request({ filters: { field: 'human-rights' }, sort: 'date' }))).toEqual({ field: 'human-rights' })
  })

  it('writes non-defaults in a fixed order', () => {
    const query = toRouteQuery({
      q: ' ulaanbaatar ',
      filters: { to: 2018, structure: 'odihr', from: 2016, country: 'mongolia', field: 'countering-terrorism', type: 'press-release' },
      sort: 'date',
      limit: 40,
    })
    expect(Object.entries(query)).toEqual([
      ['q', 'ulaanbaatar'],
      ['type', 'press-release'],
      ['field', 'countering-terrorism'],
      ['country', 'mongolia'],
      ['structure', 'odihr'],
      ['from', '2016'],
      ['to', '2018'],
      ['sort', 'date'],
      ['n', '40'],
    ])
  })

  it('round-trips: parse(toRouteQuery(request)) is the request, and toRouteQuery(parse(query)) the query', () => {
    const requests: SearchRequest[] = [
      request(),
      request({ q: 'osce', sort: 'relevance' }),
      request({ q: 'border management', sort: 'date', limit: 60 }),
      request({ q: 'ulaanbaatar', filters: { field: 'countering-terrorism', from: 2017, to: 2017 }, sort: 'relevance' }),
      request({ filters: { type: 'none', country: 'mongolia', structure: 'odihr' }, limit: 40 }),
    ]
    for (const original of requests) expect(parseSearchQuery(toRouteQuery(original) as Record<string, string>)).toEqual(original)
    const query = { q: 'osce', country: 'mongolia', sort: 'date', n: '40' }
    expect(toRouteQuery(parseSearchQuery(query))).toEqual(query)
  })

  it('gives equal keys to equal requests however the URL spelt them', () => {
    expect(searchKey(parseSearchQuery({ q: 'osce', sort: 'relevance', n: '20' }))).toBe(searchKey(parseSearchQuery({ q: ' osce ' })))
    expect(searchKey(parseSearchQuery({ q: 'osce', n: '40' }))).toBe('q=osce&n=40')
    expect(searchKey(parseSearchQuery({ q: 'osce' }))).not.toBe(searchKey(parseSearchQuery({ q: 'osce', sort: 'date' })))
  })
})

describe('changing a request', () => {
  const current = request({ q: 'osce', filters: { field: 'human-rights' }, sort: 'date', limit: 60 })

  it('starts again at the first 20 results when a filter changes, and removes a filter given no value', () => {
    expect(withFilter(current, 'country', 'mongolia')).toEqual({ ...current, filters: { field: 'human-rights', country: 'mongolia' }, limit: 20 })
    expect(withFilter(current, 'field', undefined)).toEqual({ ...current, filters: {}, limit: 20 })
    expect(hasFilters(withFilter(current, 'field', undefined))).toBe(false)
  })

  it('keeps a chosen "Newest" while the text is refined, and starts new text by relevance', () => {
    expect(withText(current, 'osce border')).toMatchObject({ q: 'osce border', sort: 'date', limit: 20 })
    expect(withText(request(), 'osce')).toMatchObject({ q: 'osce', sort: 'relevance' })
    expect(withText(current, '')).toMatchObject({ q: '', sort: 'date' })
    expect(withSort(current, 'relevance')).toMatchObject({ sort: 'relevance', limit: 20 })
  })
})
