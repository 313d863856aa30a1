// @vitest-environment node
import { buildSearchIndex, openSearchIndex, type SearchIndex } from '@/search/engine'
import type { SearchRequest } from '@/search/types'
import { compileSample, type Sample } from './sample'

let sample: Sample
let index: SearchIndex
const keyOf = (id: string | null) => (id === null ? null : (Object.entries(sample.ids).find(([, value]) => value === id)?.[0] ?? id))

beforeAll(() => {
  sample = compileSample()
  index = openSearchIndex(buildSearchIndex(sample.releases))
})

/** The sample releases met by walking `request`'s result by "Next" from its first hit. */
function walk(request: SearchRequest): (string | null)[] {
  const first = index.search({ ...request, limit: 1 }).hits[0]?.id ?? null
  const seen = [keyOf(first)]
  for (let next = first && index.neighbours(request, first)?.next; next; next = index.neighbours(request, next)?.next) seen.push(keyOf(next))
  return seen
}

describe('neighbours in a search result', () => {
  it.each<[string, SearchRequest]>([
    ['border, by relevance', { q: 'border', filters: {}, sort: 'relevance', limit: 20 }],
    ['border, newest first', { q: 'border', filters: {}, sort: 'date', limit: 20 }],
    ['browsing Border management by a filter', { q: '', filters: { field: 'border-management' }, sort: 'date', limit: 20 }],
  ])('%s: the order of the result list, beyond its window', (_, request) => {
    const shown = index.search({ ...request, limit: 100 }).hits.map((hit) => keyOf(hit.id))
    expect(shown.length).toBeGreaterThan(2)
    // A window of 1 still walks the whole result.
    expect(walk({ ...request, limit: 1 })).toEqual(shown)
  })

  it('gives exact neighbours, none before the first and none after the last', () => {
    const request: SearchRequest = { q: 'border', filters: {}, sort: 'date', limit: 20 }
    expect(walk(request)).toEqual(['organisedCrime', 'ankaraSeminar', 'dushanbeCollege', 'viennaGuards', 'moldovaBorder'])
    const around = (key: string) => {
      const found = index.neighbours(request, sample.ids[key] ?? '')
      return found && { previous: keyOf(found.previous), next: keyOf(found.next) }
    }
    expect(around('organisedCrime')).toEqual({ previous: null, next: 'ankaraSeminar' })
    expect(around('dushanbeCollege')).toEqual({ previous: 'ankaraSeminar', next: 'viennaGuards' })
    expect(around('moldovaBorder')).toEqual({ previous: 'viennaGuards', next: null })
    expect(around('seed')).toBeNull()
    expect(index.neighbours(request, '2030-01-01-not-a-release')).toBeNull()
  })
})
