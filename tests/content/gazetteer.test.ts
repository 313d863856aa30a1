// @vitest-environment node
import { Gazetteer, oneEditApart } from '@/content/gazetteer'
import { looksLikeTypeLine } from '@/content/parse-page'
import { PlaceResolver } from '@/content/places'
import { loadGazetteer } from '../../scripts/gazetteer'

describe('Gazetteer', () => {
  const gazetteer = new Gazetteer([
    { name: 'Springfield', country: 'united-states-of-america', population: 60_000, capital: false },
    { name: 'Springfield', country: 'united-kingdom', population: 2_000, capital: false },
    { name: 'Zürich', country: 'switzerland', population: 341_730, capital: false },
    { name: 'Smalltown', country: 'austria', population: 1_200, capital: false },
  ])

  it('finds places by folded name, most prominent first', () => {
    expect(gazetteer.lookup('springfield').map((entry) => entry.country)).toEqual(['united-states-of-america', 'united-kingdom'])
    expect(gazetteer.lookup('zurich').map((entry) => entry.name)).toEqual(['Zürich'])
    expect(gazetteer.lookup('nowhere')).toEqual([])
    expect(gazetteer.size).toBe(4)
  })

  it('offers near misses of well-known places only', () => {
    expect(gazetteer.nearMisses('zurih')).toEqual(['zurich'])
    // Smalltown is too small to forgive a misspelling of.
    expect(gazetteer.nearMisses('smaltown')).toEqual([])
  })

  it.each([
    ['yeravan', 'yerevan', true],
    ['yerevan', 'yerevna', true],
    ['basel', 'base', true],
    ['basel', 'bassel', true],
    ['basel', 'bazal', false],
    ['osh', 'oshkosh', false],
  ])('oneEditApart(%s, %s) is %s', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected)
  })
})

describe('the build-time gazetteer', () => {
  it('holds the OSCE area only, with populations and capitals', () => {
    const gazetteer = loadGazetteer()
    expect(gazetteer.size).toBeGreaterThan(50_000)
    expect(gazetteer.lookup('vienna')[0]).toEqual({ name: 'Vienna', country: 'austria', population: 1_691_468, capital: true })
    // Outside the OSCE area: no Indian or Brazilian places.
    expect(gazetteer.lookup('mumbai')).toEqual([])
    expect(gazetteer.lookup('sao paulo')).toEqual([])
  })

  it('settles a name the United States and the United Kingdom share by population', () => {
    const resolver = new PlaceResolver(loadGazetteer())
    expect(resolver.resolve('BIRMINGHAM').countries).toEqual(['united-kingdom'])
    expect(resolver.resolve('BIRMINGHAM, United States of America').countries).toEqual(['united-states-of-america'])
  })
})

describe('looksLikeTypeLine', () => {
  it.each(['Press release', 'Weekly report', 'Feature story', 'Statement', 'Op-ed', 'Feature Story', 'WEEKLY REPORT', 'daily report'])('%j is a type line', (text) => {
    expect(looksLikeTypeLine(text)).toBe(true)
  })

  it.each([
    'OSCE Chair visits Moldova',
    'Mission holds seminar on policing in Skopje',
    'Elections in 2020',
    'Seminar held.',
    'A very long line that is certainly a title and not a type',
  ])('%j is a title', (text) => {
    expect(looksLikeTypeLine(text)).toBe(false)
  })
})
