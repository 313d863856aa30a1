// @vitest-environment node
import { compileContent } from '@/content/compile'
import { buildSearchIndex, openSearchIndex } from '@/search/engine'
import type { SearchFilters } from '@/search/types'
import { readSeed, replaceOnce } from '../content/helpers'

/** A content type the site list does not know and a topic below the menu are filterable like the others. */
describe('search over a new content type and a topic', () => {
  const seed = readSeed()
  const weekly = replaceOnce(
    replaceOnce(replaceOnce(seed, 'Press release\n', 'Weekly report\n'), 'OSCE organizes first seminar', 'OSCE weekly seminar update'),
    '- Countering terrorism, Human rights\n',
    '- Media laws\n',
  )
  const releases = compileContent([
    { file: 'pages/seed.txt', text: seed },
    { file: 'pages/weekly.txt', text: weekly },
  ]).releases
  const index = openSearchIndex(buildSearchIndex(releases))
  const weeklyId = releases.find((release) => release.type === 'Weekly report')?.id
  const search = (filters: SearchFilters) => index.search({ q: '', filters, sort: 'relevance', limit: 10 })

  it('filters by the new type and counts it in the type facet', () => {
    const response = search({ type: 'weekly-report' })
    expect(response.hits.map((hit) => hit.id)).toEqual([weeklyId])
    expect(search({}).facets.type.map((facet) => [facet.value, facet.count])).toContainEqual(['weekly-report', 1])
  })

  it('filters by a topic and by its field, which includes the topic’s releases', () => {
    expect(search({ field: 'media-laws' }).hits.map((hit) => hit.id)).toEqual([weeklyId])
    expect(search({ field: 'media-freedom-and-development' }).hits.map((hit) => hit.id)).toEqual([weeklyId])
  })
})
