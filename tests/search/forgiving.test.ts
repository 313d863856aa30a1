// @vitest-environment node
/**
 * Search as people type: typos by word length, phrases, exclusions, Cyrillic,
 * completions. Exact result sets over the seed release and the sample pages
 * (tests/search/sample.ts), plus small fixtures of my own for the cases the
 * sample cannot show (a typo that made it into a release, short words).
 */
import type { Release } from '@/content/types'
import { latinQuery } from '@/search/cyrillic'
import { allowedEdits, buildSearchIndex, openSearchIndex, type SearchIndex } from '@/search/engine'
import { parseQuery } from '@/search/query'
import type { SearchRequest } from '@/search/types'
import { compileSeed, SEED_RELEASE_ID } from '../support/seedContent'
import { compileSample, type Sample } from './sample'

function request(q: string, sort: SearchRequest['sort'] = 'relevance'): SearchRequest {
  return { q, filters: {}, sort, limit: 100 }
}

function release(id: string, title: string, body: string[], date = '2024-01-01'): Release {
  return { id, type: 'Press release', title, date, place: null, sources: [], fields: [], primaryCountries: [], mentionedCountries: [], body }
}

describe('typo tolerance by word length', () => {
  it('allows no edit for 1–2 letters, one for 3–5, two from 6 (Elasticsearch AUTO)', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 13].map(allowedEdits)).toEqual([0, 0, 1, 1, 1, 2, 2, 2])
  })

  describe('over the sample pages and the seed', () => {
    let sample: Sample
    let index: SearchIndex
    const found = (q: string): string[] => {
      const response = index.search(request(q))
      expect(response.total).toBe(response.hits.length)
      return response.hits.map((hit) => hit.id).sort()
    }
    const keys = (...names: string[]): string[] => names.map((name) => sample.ids[name] ?? `missing ${name}`).sort()

    beforeAll(() => {
      sample = compileSample()
      index = openSearchIndex(buildSearchIndex(sample.releases))
    })

    it.each([
      // Two edits from `radicalization` once the British `-isation` rule cannot fire.
      ['radicalisaton', ['seed', 'skopjeWorkshop']],
      // Three plain edits, but the doubled letters typed once cost half an edit each.
      ['ulanbator', ['seed']],
      ['moldva', ['moldovaBorder', 'viennaGuards', 'moldovaPolice', 'organisedCrime']],
      ['kyrgystan', ['seed']],
      // First-letter slips.
      ['ilaanbaatar', ['seed']],
      ['juman rights', ['seed', 'bishkekElection']],
      // A swap of two neighbours is one edit: five letters allow only one.
      ['yotuh', ['tiranaYouth', 'seed']],
    ])('%j finds exactly its releases', (q, expected) => {
      expect(found(q)).toEqual(keys(...expected))
      expect(found(`${q} `)).toEqual(keys(...expected))
    })

    it('does not correct what it finds as typed, nor words of two letters', () => {
      expect(index.search(request('yotuh')).matchedTerms).toEqual(['youth'])
      expect(index.search(request('youth ')).matchedTerms).toEqual(['youth'])
      expect(index.search(request('eu ')).total).toBe(0)
    })
  })

  it('never turns a short word into another: `eu` does not find `un`, `un` does not find `eu`', () => {
    const index = openSearchIndex(
      buildSearchIndex([
        release('2024-01-01-eu', 'EU and OSCE meet', ['The EU delegation spoke.']),
        release('2024-01-02-un', 'UN and OSCE meet', ['The UN delegation spoke.']),
      ]),
    )
    expect(index.search(request('eu ')).hits.map((hit) => hit.id)).toEqual(['2024-01-01-eu'])
    expect(index.search(request('un ')).hits.map((hit) => hit.id)).toEqual(['2024-01-02-un'])
    expect(index.search(request('eu un')).hits.map((hit) => hit.id).sort()).toEqual(['2024-01-01-eu', '2024-01-02-un'])
  })

  it('ranks a word as typed above its corrections, and a prefix above a typo', () => {
    // A typo that made it into one release must not hide the ten that spell the name right.
    const releases = [
      release('2024-02-01-typo', 'Water talks', ['Experts from Kyrgystan discussed rivers.'], '2024-02-01'),
      ...Array.from({ length: 10 }, (_, at) => release(`2024-01-${String(at + 10)}-right`, `Kyrgyzstan hosts talks ${at}`, ['Kyrgyzstan and its neighbours met.'], `2024-01-${String(at + 10)}`)),
      release('2023-05-01-mongol', 'Mongol Mongol Mongol', ['A title word counts three times.'], '2023-05-01'),
      release('2023-05-02-mongolia', 'Steppe report', ['Herders in Mongolia.'], '2023-05-02'),
    ]
    const index = openSearchIndex(buildSearchIndex(releases))
    const kyrgystan = index.search(request('kyrgystan '))
    expect(kyrgystan.total).toBe(11)
    expect(kyrgystan.hits[0]?.id).toBe('2024-02-01-typo')
    expect(kyrgystan.matchedTerms.sort()).toEqual(['kyrgystan', 'kyrgyzstan'])
    // `mongoli` is not a word: `mongolia` begins with it, `mongol` is one edit away and in a title three times.
    expect(index.search(request('mongoli ')).hits.map((hit) => hit.id)).toEqual(['2023-05-02-mongolia', '2023-05-01-mongol'])
  })
})

describe('phrases and exclusions', () => {
  const seed = openSearchIndex(buildSearchIndex(compileSeed().releases))
  const ids = (q: string): string[] => seed.search(request(q)).hits.map((hit) => hit.id)

  it('matches a quoted phrase only with its words next to each other, in order', () => {
    expect(ids('"counter terrorism"')).toEqual([SEED_RELEASE_ID])
    expect(ids('"terrorism counter"')).toEqual([])
    // The same words unquoted are two words anywhere.
    expect(ids('terrorism counter')).toEqual([SEED_RELEASE_ID])
    expect(ids('"national seminar"')).toEqual([SEED_RELEASE_ID])
    expect(ids('"national Mongolia"')).toEqual([])
  })

  it('finds a phrase while its last word is still being typed', () => {
    expect(ids('"counter terror')).toEqual([SEED_RELEASE_ID])
    expect(ids('"terrorism count')).toEqual([SEED_RELEASE_ID])
    // Once the word is finished, the phrase counts in full.
    expect(ids('"terrorism counter"')).toEqual([])
    expect(ids('"terrorism counter ')).toEqual([])
  })

  it('does not run a phrase across two fields or paragraphs', () => {
    const index = openSearchIndex(buildSearchIndex([release('2024-01-01-gap', 'Digital', ['Evidence was shared.', 'Digital tools.'])]))
    expect(index.search(request('"digital evidence"')).total).toBe(0)
    expect(index.search(request('"evidence was shared"')).total).toBe(1)
  })

  it('leaves out releases with an excluded word or phrase', () => {
    expect(ids('verlt')).toEqual([SEED_RELEASE_ID])
    expect(ids('verlt -mongolia')).toEqual([])
    expect(ids('verlt -"terrorism counter"')).toEqual([SEED_RELEASE_ID])
    expect(ids('verlt -"counter terrorism"')).toEqual([])
    expect(ids('verlt -elections')).toEqual([SEED_RELEASE_ID])
  })

  it('applies phrases and exclusions to totals and facets over the sample', () => {
    const sample = compileSample()
    const index = openSearchIndex(buildSearchIndex(sample.releases))
    const response = index.search(request('border -moldova'))
    expect(response.hits.map((hit) => hit.id).sort()).toEqual([sample.ids.ankaraSeminar, sample.ids.dushanbeCollege].sort())
    expect(response.total).toBe(2)
    expect(response.facets.country.find((facet) => facet.value === 'moldova')).toBeUndefined()
    const phrase = index.search(request('"border management" reform'))
    expect(phrase.hits.map((hit) => hit.id)).toEqual([sample.ids.moldovaBorder])
    // Exclusions alone browse everything else, newest first.
    expect(index.search(request('-border')).total).toBe(7)
  })
})

describe('the query syntax', () => {
  it('reads words, phrases, exclusions and a quote left open while typing', () => {
    expect(parseQuery('"digital evidence" seminar -elections -"hate crime" co-operation "open')).toEqual({
      words: [
        { term: 'digital', parts: [], exact: true, typing: false },
        { term: 'evidence', parts: [], exact: true, typing: false },
        { term: 'seminar', parts: [], exact: false, typing: false },
        { term: 'cooperation', parts: ['co', 'operation'], exact: false, typing: false },
        // The quote is still open and the word unfinished: a start, not yet part of a phrase.
        { term: 'open', parts: [], exact: false, typing: true },
      ],
      phrases: [['digital', 'evidence']],
      excluded: [['elections'], ['hate', 'crime']],
    })
    // A phrase still being typed: its last word is a start, the rest a phrase.
    expect(parseQuery('"counter terrorism seminar fol')).toEqual({
      words: [
        { term: 'counter', parts: [], exact: true, typing: false },
        { term: 'terrorism', parts: [], exact: true, typing: false },
        { term: 'seminar', parts: [], exact: true, typing: false },
        { term: 'fol', parts: [], exact: false, typing: true },
      ],
      phrases: [['counter', 'terrorism', 'seminar']],
      excluded: [],
    })
    expect(parseQuery('"counter terrorism ').phrases).toEqual([['counter', 'terrorism']])
    expect(parseQuery('border manag').words.map((word) => [word.term, word.typing])).toEqual([
      ['border', false],
      ['manag', true],
    ])
  })
})

describe('Cyrillic queries', () => {
  let sample: Sample
  let index: SearchIndex
  beforeAll(() => {
    sample = compileSample()
    index = openSearchIndex(buildSearchIndex(sample.releases))
  })
  // The worker rewrites a Cyrillic query before the engine sees it (worker-core.ts).
  const found = (q: string): string[] => index.search(request(latinQuery(q))).hits.map((hit) => hit.id).sort()
  const keys = (...names: string[]): string[] => names.map((name) => sample.ids[name] ?? `missing ${name}`).sort()

  it.each([
    ['Бишкек', ['bishkekElection']],
    ['Молдова', ['moldovaBorder', 'viennaGuards', 'moldovaPolice', 'organisedCrime']],
    // The ISO name in Russian is Молдавия: the country list gives the English name.
    ['Молдавия', ['moldovaBorder', 'viennaGuards', 'moldovaPolice', 'organisedCrime']],
    ['Кыргызстан', ['seed']],
    ['Киргизия', ['seed']],
    ['Монголия', ['seed']],
    ['Улан-Батор', ['seed']],
  ])('%j finds the English releases', (q, expected) => {
    expect(found(q)).toEqual(keys(...expected))
  })

  it('rewrites only Cyrillic, keeping quotes and minus signs', () => {
    expect(latinQuery('Северная Македония -"Бишкек"')).toBe('North Macedonia -"Bishkek"')
    expect(latinQuery('Chişinău -elections "border management"')).toBe('Chişinău -elections "border management"')
  })
})

describe('completions', () => {
  it('completes the last word from the dictionary, most frequent first, as whole queries', () => {
    const index = openSearchIndex(buildSearchIndex(compileSample().releases))
    expect(index.complete('mold', 6)).toEqual(['moldova'])
    expect(index.complete('border manag', 6)).toEqual(['border management'])
    expect(index.complete(latinQuery('Бишк'), 6)).toEqual(['bishkek'])
    expect(index.complete('border ', 6)).toEqual([])
    expect(index.complete('o', 3)).toHaveLength(3)
  })
})
