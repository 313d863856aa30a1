// @vitest-environment node
import { compileContent } from '@/content/compile'
import type { Release } from '@/content/types'
import { slugify } from '@/content/text'
import { buildSearchIndex, openSearchIndex, type SearchIndex } from '@/search/engine'
import type { FacetCount, FacetName, SearchFilters, SearchRequest } from '@/search/types'
import { generateSamplePages } from '../../scripts/sample/generate'
import { compileSeed, SEED_RELEASE_ID } from '../support/seedContent'
import { compileSample, type Sample } from './sample'

function request(q: string, filters: SearchFilters = {}, sort: SearchRequest['sort'] = 'relevance', limit = 100): SearchRequest {
  return { q, filters, sort, limit }
}

function ids(index: SearchIndex, q: string, filters: SearchFilters = {}): string[] {
  return index.search(request(q, filters)).hits.map((hit) => hit.id)
}

function sorted(values: readonly string[]): string[] {
  return [...values].sort()
}

describe('search over the seed release', () => {
  const index = openSearchIndex(buildSearchIndex(compileSeed().releases))

  it('indexes the one release', () => {
    expect(index.documentCount).toBe(1)
  })

  it.each(['ulaanbaatar', 'VERLT', 'radicalisation', 'radicalization', 'Mongolia', 'mongolai', 'ulaan', 'ULAANBAATAR ', 'counter terrorism'])(
    '%j finds the seed release',
    (q) => {
      const response = index.search(request(q))
      expect(response.total).toBe(1)
      expect(response.hits.map((hit) => hit.id)).toEqual([SEED_RELEASE_ID])
      expect(response.suggestions).toEqual([])
    },
  )

  it('filters by field of work: the seed has countering-terrorism and human-rights, not elections', () => {
    expect(ids(index, 'counter terrorism', { field: 'countering-terrorism' })).toEqual([SEED_RELEASE_ID])
    expect(ids(index, 'counter terrorism', { field: 'human-rights' })).toEqual([SEED_RELEASE_ID])
    const none = index.search(request('counter terrorism', { field: 'elections' }))
    expect(none.total).toBe(0)
    expect(none.hits).toEqual([])
    // Every word matched something, so there is nothing to suggest: the filter emptied the list.
    expect(none.suggestions).toEqual([])
    // The field facet ignores the field filter, so the reader sees where the matches are.
    expect(none.facets.field).toEqual([
      { value: 'countering-terrorism', count: 1 },
      { value: 'human-rights', count: 1 },
      { value: 'elections', count: 0 },
    ])
  })

  it('gives nothing and no suggestions for a word unlike any in the index', () => {
    const response = index.search(request('zzyzx'))
    expect(response.total).toBe(0)
    expect(response.hits).toEqual([])
    expect(response.suggestions).toEqual([])
    expect(response.matchedTerms).toEqual([])
  })

  it('reports the index terms it matched, for highlighting', () => {
    expect(index.search(request('radicalisation')).matchedTerms).toEqual(['radicalization'])
    // Eight letters allow two edits: `mongolai` is one swap from `mongolia` and two edits from `mongolian`.
    expect(index.search(request('mongolai')).matchedTerms).toEqual(['mongolia', 'mongolian'])
    expect(index.search(request('mongolai ')).matchedTerms).toEqual(['mongolia', 'mongolian'])
    expect(index.search(request('ulaan')).matchedTerms).toEqual(['ulaanbaatar'])
    // A finished word (followed by a space) is not expanded as a prefix.
    expect(index.search(request('mongolia ')).matchedTerms).toEqual(['mongolia'])
    expect(index.search(request('mongolia')).matchedTerms).toEqual(['mongolia', 'mongolian'])
  })

  it('tries a finished word as a prefix only when it matches nothing as typed and has 3+ letters', () => {
    expect(index.search(request('ulaan ')).matchedTerms).toEqual(['ulaanbaatar'])
    expect(index.search(request('ul ')).total).toBe(0)
    expect(index.search(request('ul')).total).toBe(1)
  })
})

/** What the facets must be, recomputed from the releases: the matches of the query, filtered by every other filter. */
function expectedFacets(
  releases: readonly Release[],
  matchIds: ReadonlySet<string>,
  filters: SearchFilters,
): Record<FacetName, FacetCount[]> & { years: FacetCount[]; total: number } {
  const values: Record<FacetName, (release: Release) => string[]> = {
    type: (release) => [release.type === null ? 'none' : slugify(release.type)],
    field: (release) => release.fields,
    country: (release) => [...new Set([...release.primaryCountries, ...release.mentionedCountries])],
    structure: (release) => [...new Set(release.sources.flatMap((source) => (source.structure ? [source.structure] : [])))],
  }
  const year = (release: Release): number => Number(release.date.slice(0, 4))
  const passes = (release: Release, except: FacetName | 'years'): boolean => {
    for (const name of ['type', 'field', 'country', 'structure'] as const) {
      const wanted = filters[name]
      if (name !== except && wanted !== undefined && !values[name](release).includes(wanted)) return false
    }
    return except === 'years' || ((filters.from ?? -Infinity) <= year(release) && year(release) <= (filters.to ?? Infinity))
  }
  const count = (except: FacetName | 'years', valuesOf: (release: Release) => string[], selected?: string): FacetCount[] => {
    const counts = new Map<string, number>()
    for (const release of releases) {
      if (!matchIds.has(release.id) || !passes(release, except)) continue
      for (const value of valuesOf(release)) counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    if (selected !== undefined && !counts.has(selected)) counts.set(selected, 0)
    return [...counts].map(([value, n]) => ({ value, count: n }))
  }
  return {
    type: count('type', values.type, filters.type),
    field: count('field', values.field, filters.field),
    country: count('country', values.country, filters.country),
    structure: count('structure', values.structure, filters.structure),
    years: count('years', (release) => [String(year(release))]),
    total: releases.filter((release) => matchIds.has(release.id) && passes(release, 'type') && passes(release, 'field')).length,
  }
}

function byValue(list: readonly FacetCount[]): FacetCount[] {
  return [...list].sort((a, b) => (a.value < b.value ? -1 : 1))
}

describe('search over a small sample', () => {
  let sample: Sample
  let index: SearchIndex
  let id: (key: string) => string

  beforeAll(() => {
    sample = compileSample()
    index = openSearchIndex(buildSearchIndex(sample.releases))
    id = (key) => {
      const value = sample.ids[key]
      if (value === undefined) throw new Error(`No sample release ${key}`)
      return value
    }
  })

  const keys = (...names: string[]): string[] => sorted(names.map((name) => id(name)))

  it('indexes every release', () => {
    expect(index.documentCount).toBe(12)
  })

  it.each([
    ['border management', ['moldovaBorder', 'ankaraSeminar', 'dushanbeCollege']],
    ['border', ['moldovaBorder', 'viennaGuards', 'ankaraSeminar', 'dushanbeCollege', 'organisedCrime']],
    ['border police', ['moldovaBorder']],
    ['moldova officers', ['moldovaBorder', 'moldovaPolice']],
    // British and American spellings find each other.
    ['radicalization', ['seed', 'skopjeWorkshop']],
    ['organized crime', ['organisedCrime']],
    ['analyzed', ['skopjeWorkshop']],
    ['analysed ', ['skopjeWorkshop']],
    ['organis', ['seed', 'organisedCrime']],
    // `programs` meets `programmes` by spelling and `Programme` by its singular.
    ['programs ', ['tiranaYouth', 'dushanbeCollege']],
    // The hyphenated `co-operation` is also indexed joined.
    ['cooperation ', ['seed', 'chairVisit', 'waterCentralAsia']],
    ['co-operation ', ['seed', 'chairVisit', 'waterCentralAsia']],
    // Typo (one edit) and prefix fallback on a word that is not the last.
    ['elecion', ['bishkekElection']],
    ['bishek', ['bishkekElection']],
    ['dushan course', ['dushanbeCollege']],
    // Source and place names are searched too.
    ['transnational threats', ['seed', 'viennaGuards', 'organisedCrime']],
    ['ulaanbaatar', ['seed']],
  ])('%j finds exactly its releases', (q, expected) => {
    const response = index.search(request(q))
    expect(sorted(response.hits.map((hit) => hit.id))).toEqual(keys(...expected))
    expect(response.total).toBe(expected.length)
  })

  it('finds Türkiye however it is typed, and both spellings in the texts', () => {
    const expected = keys('ankaraSeminar', 'chairVisit')
    for (const q of ['Türkiye', 'Turkiye', 'turkiye', 'TÜRKIYE']) expect(sorted(ids(index, q))).toEqual(expected)
  })

  it('finds Chişinău typed without marks, including a release that only spells it with them', () => {
    const expected = keys('moldovaBorder', 'moldovaPolice', 'organisedCrime')
    for (const q of ['chisinau', 'Chişinău', 'Chișinău', 'CHISINAU']) expect(sorted(ids(index, q))).toEqual(expected)
  })

  it('ranks title matches above body matches', () => {
    // `seminar` is in ankaraSeminar's title and only in the seed's body (its title has it once, its body five times).
    const hits = ids(index, 'seminar ')
    expect(hits[0]).toBe(id('ankaraSeminar'))
    expect(sorted(hits)).toEqual(keys('ankaraSeminar', 'seed'))
  })

  it('falls back to any word when no release has them all, all-words matches first', () => {
    const response = index.search(request('police officers zzyzx'))
    expect(response.total).toBe(4)
    expect(sorted(response.hits.slice(0, 2).map((hit) => hit.id))).toEqual(keys('moldovaBorder', 'moldovaPolice'))
    expect(sorted(response.hits.slice(2).map((hit) => hit.id))).toEqual(keys('seed', 'dushanbeCollege'))
    expect(response.suggestions).toEqual([])
  })

  it('suggests close index terms when nothing matches', () => {
    const response = index.search(request('brdr'))
    expect(response.total).toBe(0)
    expect(response.suggestions[0]).toBe('border')
    expect(response.suggestions.length).toBeLessThanOrEqual(5)
  })

  it('sorts by date, newest first, when asked', () => {
    expect(index.search(request('border', {}, 'date')).hits.map((hit) => hit.id)).toEqual([
      id('organisedCrime'),
      id('ankaraSeminar'),
      id('dushanbeCollege'),
      id('viennaGuards'),
      id('moldovaBorder'),
    ])
  })

  it('limits hits but counts every match', () => {
    const response = index.search(request('border', {}, 'date', 2))
    expect(response.total).toBe(5)
    expect(response.hits.map((hit) => hit.id)).toEqual([id('organisedCrime'), id('ankaraSeminar')])
    expect(index.search(request('border', {}, 'date', 0)).hits).toEqual([])
  })

  it('restricts to a year range, and counts years over the query without it', () => {
    const response = index.search(request('border', { from: 2020, to: 2021 }))
    expect(sorted(response.hits.map((hit) => hit.id))).toEqual(keys('viennaGuards', 'ankaraSeminar', 'dushanbeCollege'))
    expect(response.years).toEqual([
      { value: '2019', count: 1 },
      { value: '2020', count: 2 },
      { value: '2021', count: 1 },
      { value: '2022', count: 1 },
    ])
    expect(ids(index, 'border', { from: 2022 })).toEqual([id('organisedCrime')])
    expect(ids(index, 'border', { to: 2019 })).toEqual([id('moldovaBorder')])
  })

  it('filters by country (primary or mentioned), structure and type', () => {
    expect(sorted(ids(index, 'border', { country: 'moldova' }))).toEqual(keys('moldovaBorder', 'viennaGuards', 'organisedCrime'))
    expect(sorted(ids(index, 'border', { structure: 'transnational-threats-department' }))).toEqual(keys('viennaGuards', 'organisedCrime'))
    expect(sorted(ids(index, 'border', { type: 'press-release' }))).toEqual(keys('moldovaBorder', 'ankaraSeminar', 'organisedCrime'))
    expect(ids(index, 'border', { type: 'spot-report', country: 'tajikistan' })).toEqual([id('dushanbeCollege')])
    expect(ids(index, 'border', { country: 'nowhere' })).toEqual([])
  })

  it('browses by filters alone, newest first, for either sort', () => {
    const expected = [id('organisedCrime'), id('viennaGuards'), id('moldovaPolice')]
    expect(index.search(request('', { field: 'policing' }, 'relevance')).hits.map((hit) => hit.id)).toEqual(expected)
    expect(index.search(request('  ', { field: 'policing' }, 'date')).hits.map((hit) => hit.id)).toEqual(expected)
    expect(ids(index, '', { type: 'none' })).toEqual([id('skopjeWorkshop')])
    const all = index.search(request('', {}, 'relevance', 3))
    expect(all.total).toBe(12)
    expect(all.hits.map((hit) => hit.id)).toEqual(sample.releases.slice(0, 3).map((release) => release.id))
  })

  it.each<[string, SearchFilters]>([
    ['border', {}],
    ['border', { country: 'moldova' }],
    ['border', { country: 'moldova', field: 'policing' }],
    ['border', { type: 'press-release', from: 2020 }],
    ['', {}],
    ['', { structure: 'mission-to-moldova' }],
    ['', { field: 'countering-terrorism', from: 2017, to: 2023 }],
    ['police officers zzyzx', { type: 'news' }],
    ['counter terrorism', { field: 'elections' }],
  ])('facet counts for %j %j equal the matching releases per value', (q, filters) => {
    const matchIds = new Set(index.search(request(q, {}, 'relevance', 1000)).hits.map((hit) => hit.id))
    const response = index.search(request(q, filters))
    const expected = expectedFacets(sample.releases, matchIds, filters)
    for (const name of ['type', 'field', 'country', 'structure'] as const) {
      expect(byValue(response.facets[name]), name).toEqual(byValue(expected[name]))
      // Most frequent first.
      const counts = response.facets[name].map((facet) => facet.count)
      expect(counts).toEqual([...counts].sort((a, b) => b - a))
    }
    expect(response.years).toEqual(byValue(expected.years))
    expect(response.total).toBe(expected.total)
  })

  it('keeps the stored index of full-length releases under 0.6× the releases as JSON', () => {
    // The hand-written pages above have one-line bodies, so ids and facet dictionaries (stored once per value
    // in both forms) dominate, with a positions block per posting, and the ratio is about 0.85×. Real releases run to hundreds of words: the
    // generated pages the bench uses have realistic lengths. Not a timing test.
    const releases = compileContent(generateSamplePages(300).map((page) => ({ file: page.name, text: page.text }))).releases
    const json = releases.reduce((bytes, release) => bytes + new TextEncoder().encode(JSON.stringify(release)).byteLength, 0)
    const stored = buildSearchIndex(releases).byteLength
    expect(stored).toBeLessThan(0.6 * json)
    const smallJson = new TextEncoder().encode(JSON.stringify(sample.releases)).byteLength
    expect(buildSearchIndex(sample.releases).byteLength).toBeLessThan(0.9 * smallJson)
  })

  it('builds the same bytes whatever order the releases come in', () => {
    const forward = new Uint8Array(buildSearchIndex(sample.releases))
    const backward = new Uint8Array(buildSearchIndex([...sample.releases].reverse()))
    expect(backward).toEqual(forward)
  })
})

describe('the stored form', () => {
  it('opens an empty index', () => {
    const index = openSearchIndex(buildSearchIndex([]))
    expect(index.documentCount).toBe(0)
    expect(index.search(request('anything')).total).toBe(0)
    expect(index.search(request('')).total).toBe(0)
  })

  it('stores up to 65,536 distinct values of a facet (Uint16 ids) and refuses one more with a clear error', () => {
    /** `count` distinct field values, 255 per release (the most a release keeps per dimension). */
    const releasesWithFields = (count: number): Release[] =>
      Array.from({ length: Math.ceil(count / 255) }, (_, at) => ({
        id: `2024-01-01-r${at}`,
        type: null,
        title: `Release ${at}`,
        date: '2024-01-01',
        place: null,
        sources: [],
        fields: Array.from({ length: Math.min(255, count - at * 255) }, (_, n) => `f-${at * 255 + n}`),
        primaryCountries: [],
        mentionedCountries: [],
        body: [],
      }))
    const full = openSearchIndex(buildSearchIndex(releasesWithFields(65536)))
    // The last value keeps its own id: no wrap-around to value 0.
    expect(full.search(request('', { field: 'f-65535' })).hits.map((hit) => hit.id)).toEqual(['2024-01-01-r257'])
    expect(full.search(request('', { field: 'f-0' })).hits.map((hit) => hit.id)).toEqual(['2024-01-01-r0'])
    expect(() => buildSearchIndex(releasesWithFields(65537))).toThrow('more than 65536 distinct field values')
  })

  it('refuses a buffer that is not an index', () => {
    expect(() => openSearchIndex(new ArrayBuffer(4))).toThrow(/too short/)
    expect(() => openSearchIndex(new Uint32Array([1, 2, 3, 4]).buffer)).toThrow(/not a search index/)
  })
})
