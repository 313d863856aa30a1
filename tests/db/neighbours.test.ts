import { describe, expect, it } from 'vitest'
import { latestReleases, releasesBy, type ReleaseFacet } from '@/db/content'
import { neighboursBy, neighboursInLatest, type ListNeighbours } from '@/db/neighbours'
import { db, withStorageKeys, type ReleaseSummary } from '@/db/database'
import { monthOfRelease } from '@/db/body-pack'
import { observeQuery } from '@/db/live'

/** A summary with only what the lists read: its id (date first), and its countries and fields. */
function summary(id: string, primaryCountries: string[], fields: string[], structures: string[] = ['secretariat'], mentionedCountries: string[] = []): ReleaseSummary {
  return { id, type: 'Press release', title: `Title of ${id}`, date: id.slice(0, 10), place: null, sources: [], fields, primaryCountries, mentionedCountries, structures }
}

// Three months, ids out of order within a month (keys are ranks by id), Mongolia in some, Policing in others.
const RELEASES = [
  summary('2019-03-20-c', ['mongolia'], ['policing']),
  summary('2019-03-02-b', ['kyrgyzstan'], ['policing'], ['secretariat'], ['serbia']),
  summary('2019-03-11-a', ['mongolia', 'kyrgyzstan'], []),
  summary('2018-11-30-z', ['mongolia'], ['elections']),
  summary('2018-11-01-y', ['serbia'], ['policing', 'elections'], ['secretariat'], ['mongolia', 'albania']),
  summary('2017-07-06-x', ['mongolia'], ['policing'], ['odihr'], ['serbia']),
  summary('2017-07-05-w', ['mongolia'], ['policing']),
]

async function install(releases: readonly ReleaseSummary[]): Promise<void> {
  await db.summaries.clear()
  const months = [...new Set(releases.map((release) => monthOfRelease(release.id)))]
  await db.summaries.bulkAdd(months.flatMap((month) => withStorageKeys(month, releases.filter((release) => monthOfRelease(release.id) === month))))
}

const ids = (neighbours: ListNeighbours | null) => neighbours && { previous: neighbours.previous?.id ?? null, next: neighbours.next?.id ?? null }

/** Walks a list from its newest release by "Next" to the end: the ids in the order a reader meets them. */
async function walk(first: string, neighbours: (id: string) => Promise<ListNeighbours | null>): Promise<string[]> {
  const seen = [first]
  for (let next = (await neighbours(first))?.next; next; next = (await neighbours(next.id))?.next) seen.push(next.id)
  return seen
}

beforeEach(() => install(RELEASES))

describe('neighbours of a release in its list', () => {
  it('in the latest list: newest first, the first has no Previous and the last no Next', async () => {
    expect(await walk('2019-03-20-c', neighboursInLatest)).toEqual([
      '2019-03-20-c',
      '2019-03-11-a',
      '2019-03-02-b',
      '2018-11-30-z',
      '2018-11-01-y',
      '2017-07-06-x',
      '2017-07-05-w',
    ])
    expect(ids(await neighboursInLatest('2019-03-20-c'))).toEqual({ previous: null, next: '2019-03-11-a' })
    expect(ids(await neighboursInLatest('2018-11-30-z'))).toEqual({ previous: '2019-03-02-b', next: '2018-11-01-y' })
    expect(ids(await neighboursInLatest('2017-07-05-w'))).toEqual({ previous: '2017-07-06-x', next: null })
    expect((await latestReleases(0, 10)).releases.map((release) => release.id)).toEqual(await walk('2019-03-20-c', neighboursInLatest))
  })

  it.each<[ReleaseFacet, string, string[]]>([
    ['primaryCountries', 'mongolia', ['2019-03-20-c', '2019-03-11-a', '2018-11-30-z', '2017-07-06-x', '2017-07-05-w']],
    ['primaryCountries', 'kyrgyzstan', ['2019-03-11-a', '2019-03-02-b']],
    ['fields', 'policing', ['2019-03-20-c', '2019-03-02-b', '2018-11-01-y', '2017-07-06-x', '2017-07-05-w']],
    ['fields', 'elections', ['2018-11-30-z', '2018-11-01-y']],
    ['structures', 'secretariat', ['2019-03-20-c', '2019-03-11-a', '2019-03-02-b', '2018-11-30-z', '2018-11-01-y', '2017-07-05-w']],
    ['mentionedCountries', 'serbia', ['2019-03-02-b', '2017-07-06-x']],
  ])('in the %s list of %s: the page list order', async (facet, value, expected) => {
    const byFacet = (id: string) => neighboursBy(facet, value, id)
    expect(await walk(expected[0] ?? '', byFacet)).toEqual(expected)
    expect((await releasesBy(facet, value, 0, 10)).releases.map((release) => release.id)).toEqual(expected)
    expect(ids(await byFacet(expected[0] ?? ''))).toEqual({ previous: null, next: expected[1] })
    expect(ids(await byFacet(expected.at(-1) ?? ''))).toEqual({ previous: expected.at(-2), next: null })
  })

  it('walks back by "Previous" in the reverse order', async () => {
    const seen = ['2017-07-05-w']
    for (let previous = (await neighboursBy('fields', 'policing', '2017-07-05-w'))?.previous; previous; previous = (await neighboursBy('fields', 'policing', previous.id))?.previous) {
      seen.push(previous.id)
    }
    expect(seen).toEqual(['2017-07-05-w', '2017-07-06-x', '2018-11-01-y', '2019-03-02-b', '2019-03-20-c'])
  })

  it('has none for a release not in the list, or not installed', async () => {
    expect(await neighboursBy('primaryCountries', 'serbia', '2019-03-20-c')).toBeNull()
    expect(await neighboursBy('fields', 'policing', '2020-01-01-gone')).toBeNull()
    expect(await neighboursInLatest('2020-01-01-gone')).toBeNull()
  })

  it('is a live query: a release installed between two shows up as the neighbour', async () => {
    const seen: (ReturnType<typeof ids>)[] = []
    const subscription = observeQuery(
      () => neighboursBy('primaryCountries', 'mongolia', '2018-11-30-z'),
      (value) => seen.push(ids(value)),
      (error) => {
        throw error
      },
    )
    await vi.waitFor(() => expect(seen).toEqual([{ previous: '2019-03-11-a', next: '2017-07-06-x' }]))
    await install([...RELEASES, summary('2018-12-24-new', ['mongolia'], [])])
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ previous: '2018-12-24-new', next: '2017-07-06-x' }))
    subscription.unsubscribe()
  })
})
