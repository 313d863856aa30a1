import { afterEach, describe, expect, it } from 'vitest'
import { listLengthsOf, rememberedListLength, rememberListLength } from '@/router/listMemory'

const country = { position: 3, path: '/countries/mongolia' }

describe('the lengths of expanded lists, per history entry', () => {
  afterEach(() => sessionStorage.clear())

  it('gives back the length a list had in the same entry, and nothing for another entry or list', () => {
    rememberListLength('primaryCountries:mongolia', 60, country)
    expect(rememberedListLength('primaryCountries:mongolia', country)).toBe(60)
    // The same page opened again further along the history starts short, as a new visit should.
    expect(rememberedListLength('primaryCountries:mongolia', { ...country, position: 5 })).toBeNull()
    expect(rememberedListLength('mentionedCountries:mongolia', country)).toBeNull()
    expect(rememberedListLength('primaryCountries:mongolia', { position: 3, path: '/countries/moldova' })).toBeNull()
  })

  it('keeps the latest length of a list', () => {
    rememberListLength('latest', 40, { position: 1, path: '/' })
    rememberListLength('latest', 80, { position: 1, path: '/' })
    expect(rememberedListLength('latest', { position: 1, path: '/' })).toBe(80)
  })

  it('lists every expanded list of one entry', () => {
    rememberListLength('primaryCountries:mongolia', 40, country)
    rememberListLength('mentionedCountries:mongolia', 60, country)
    rememberListLength('latest', 100, { position: 1, path: '/' })
    expect(listLengthsOf(country)).toEqual({ 'primaryCountries:mongolia': 40, 'mentionedCountries:mongolia': 60 })
  })

  it('ignores what something else wrote under its key, and starts the list short', () => {
    sessionStorage.setItem('field-reader:list-lengths', '{"3|/countries/mongolia|primaryCountries:mongolia": "sixty"}')
    expect(rememberedListLength('primaryCountries:mongolia', country)).toBeNull()
    sessionStorage.setItem('field-reader:list-lengths', '{not json')
    expect(rememberedListLength('primaryCountries:mongolia', country)).toBeNull()
    rememberListLength('primaryCountries:mongolia', 40, country)
    expect(rememberedListLength('primaryCountries:mongolia', country)).toBe(40)
  })

  it('keeps the newest 200 entries, so the memory cannot grow without end', () => {
    for (let position = 0; position < 205; position++) rememberListLength('latest', 40, { position, path: '/' })
    expect(rememberedListLength('latest', { position: 4, path: '/' })).toBeNull()
    expect(rememberedListLength('latest', { position: 5, path: '/' })).toBe(40)
    expect(rememberedListLength('latest', { position: 204, path: '/' })).toBe(40)
  })
})
