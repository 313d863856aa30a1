import { beforeEach, describe, expect, it, vi } from 'vitest'
import { compileContent } from '@/content/compile'
import { applyStagedUpdate, beginInstall, readInstallState } from '@/db/install'
import { readAllReleasesForIndex, readSearchIndex, writeSearchIndex } from '@/db/search'
import * as engine from '@/search/engine'
import { ENGINE_VERSION } from '@/search/engine-version'
import { storedEngineVersion } from '@/search/index-format'
import type { SearchRequest } from '@/search/types'
import { WorkerCore } from '@/search/worker-core'
import { compileSeed, installContent, SEED_RELEASE_ID, variantPage } from '../support/seedContent'

function query(q: string, filters: SearchRequest['filters'] = {}): SearchRequest {
  return { q, filters, sort: 'relevance', limit: 20 }
}

/** The real engine, with the making of index builders (one per build) spied on. */
function spiedEngine() {
  return { createIndexBuilder: vi.fn(() => new engine.SearchIndexBuilder()), openSearchIndex: vi.fn(engine.openSearchIndex) }
}

describe('search worker core', () => {
  beforeEach(async () => {
    await installContent()
  })

  it('builds and stores the index on the first search, and finds the seed release', async () => {
    const spy = spiedEngine()
    // A clock that moves 5 ms per reading: the search reads it around a build (read, build, store) and its own start and end.
    let clock = 0
    const core = new WorkerCore(spy, () => (clock += 5))
    const response = await core.search(query('ulaanbaatar'))
    expect(response.hits.map((hit) => hit.id)).toContain(SEED_RELEASE_ID)
    expect(response.hits[0]?.id).toBe(SEED_RELEASE_ID)
    expect(response.total).toBe(1)
    // Ten readings 5 ms apart (search, index check, read, the one chunk's adding start and end, finish, store, open,
    // index total, answer): first to last.
    expect(response.tookMs).toBe(45)
    expect(spy.createIndexBuilder).toHaveBeenCalledTimes(1)
    const stored = await readSearchIndex()
    expect(stored?.documentCount).toBe(1)
    expect(stored?.buffer.byteLength).toBeGreaterThan(0)
    expect(await core.status()).toMatchObject({ source: 'built', readMs: 10, buildMs: 10, storeMs: 5, totalMs: 35 })

    // A second query reuses the index in memory.
    await core.search(query('mongolia'))
    expect(spy.createIndexBuilder).toHaveBeenCalledTimes(1)
    expect(spy.openSearchIndex).toHaveBeenCalledTimes(1)
  })

  it('loads the stored index on a cold start without rebuilding', async () => {
    await new WorkerCore().refresh()
    const spy = spiedEngine()
    const cold = new WorkerCore(spy)
    const response = await cold.search(query('ulaanbaatar'))
    expect(response.hits[0]?.id).toBe(SEED_RELEASE_ID)
    expect(spy.createIndexBuilder).not.toHaveBeenCalled()
    expect(spy.openSearchIndex).toHaveBeenCalledTimes(1)
    const status = await cold.status()
    expect(status?.source).toBe('stored')
    expect(status?.complete).toBe(true)
  })

  it('rebuilds when the installed content version changes', async () => {
    const spy = spiedEngine()
    const core = new WorkerCore(spy)
    await core.search(query('ulaanbaatar'))
    const before = await readSearchIndex()

    const dates = ['2018-03-02', '2019-11-30']
    await installContent(compileContent([...dates.map((date, index) => variantPage(index, date))]))
    await core.refresh()
    expect(spy.createIndexBuilder).toHaveBeenCalledTimes(2)
    const after = await readSearchIndex()
    expect(after?.contentVersion).not.toBe(before?.contentVersion)
    expect(after?.documentCount).toBe(2)
    const response = await core.search(query('ulaanbaatar'))
    expect(response.total).toBe(2)
    expect(response.hits.map((hit) => hit.id)).not.toContain(SEED_RELEASE_ID)

    // Nothing changed since: refresh is a no-op.
    await core.refresh()
    expect(spy.createIndexBuilder).toHaveBeenCalledTimes(2)
  })

  it('builds once when queries arrive together, and they all wait for it', async () => {
    const spy = spiedEngine()
    const core = new WorkerCore(spy)
    const answers = await Promise.all([core.search(query('ulaanbaatar')), core.search(query('ulaan')), core.refresh(), core.search(query('seminar'))])
    expect(spy.createIndexBuilder).toHaveBeenCalledTimes(1)
    expect(answers[0]?.hits[0]?.id).toBe(SEED_RELEASE_ID)
  })

  it('keeps answering from the stored index while a new version is being installed', async () => {
    await new WorkerCore().refresh()
    await beginInstall({ version: 'next-version', contentDate: null, totalReleases: 1 })
    const spy = spiedEngine()
    // A clock that moves 5 ms per reading: the search reads it around a build (read, build, store) and its own start and end.
    let clock = 0
    const core = new WorkerCore(spy, () => (clock += 5))
    const response = await core.search(query('ulaanbaatar'))
    expect(response.hits[0]?.id).toBe(SEED_RELEASE_ID)
    expect(spy.createIndexBuilder).not.toHaveBeenCalled()
  })

  it('rewrites a Cyrillic query in Latin letters before searching, for results and completions', async () => {
    const core = new WorkerCore()
    for (const q of ['Монголия', 'Улан-Батор', 'Улаанбаатар']) expect((await core.search(query(q))).hits.map((hit) => hit.id)).toEqual([SEED_RELEASE_ID])
    expect(await core.complete('Монгол', 3)).toEqual(['mongolia', 'mongolian'])
  })

  it('narrows by a facet filter', async () => {
    const core = new WorkerCore()
    expect((await core.search(query('ulaanbaatar', { country: 'mongolia' }))).total).toBe(1)
    expect((await core.search(query('ulaanbaatar', { country: 'moldova' }))).total).toBe(0)
  })

  it('reports a build failure to the caller and recovers on the next request', async () => {
    let fail = true
    const core = new WorkerCore({
      createIndexBuilder: () => {
        const builder = new engine.SearchIndexBuilder()
        return {
          add: (release) => builder.add(release),
          finish: () => {
            if (fail) throw new Error('out of memory')
            return builder.finish()
          },
          get count() {
            return builder.count
          },
        }
      },
      openSearchIndex: engine.openSearchIndex,
    })
    await expect(core.search(query('ulaanbaatar'))).rejects.toThrow('out of memory')
    fail = false
    expect((await core.search(query('ulaanbaatar'))).total).toBe(1)
  })
})

describe('search worker core without complete content', () => {
  it('answers from what is installed so far without storing it', async () => {
    await installContent(compileSeed())
    await beginInstall({ version: 'in-progress', contentDate: null, totalReleases: 5 })
    const core = new WorkerCore()
    expect((await core.search(query('ulaanbaatar'))).total).toBe(1)
    expect(await readSearchIndex()).toBeUndefined()
    expect((await core.status())?.complete).toBe(false)
  })
})

describe('a stored index that cannot be opened', () => {
  beforeEach(async () => {
    await installContent()
  })

  it('is rebuilt and replaced instead of breaking search', async () => {
    await new WorkerCore().refresh()
    const good = await readSearchIndex()
    if (!good) throw new Error('no stored index')
    await writeSearchIndex({ ...good, buffer: new Uint8Array([1, 2, 3, 4, 5, 6, 7]).buffer })
    const spy = spiedEngine()
    const response = await new WorkerCore(spy).search(query('ulaanbaatar'))
    expect(response.hits.map((hit) => hit.id)).toEqual([SEED_RELEASE_ID])
    expect(spy.createIndexBuilder).toHaveBeenCalledTimes(1)
    expect((await readSearchIndex())?.buffer.byteLength).toBe(good.buffer.byteLength)
  })
})

describe('an index that no longer matches what is installed', () => {
  const dates = ['2018-03-02', '2019-11-30']

  beforeEach(async () => {
    await installContent(compileContent(dates.map((date, index) => variantPage(index, date))))
  })

  /** Drops one month's releases the way "keep only the last N years" does (an update switch with stale months): the content version stays the same. */
  async function dropMonth(month: string): Promise<string> {
    const dropped = (await readAllReleasesForIndex()).find((release) => release.date.startsWith(month))
    const state = await readInstallState()
    if (!dropped || !state) throw new Error(`nothing installed in ${month}`)
    const installedFiles = state.installedFiles.filter((path) => !path.includes(month))
    await applyStagedUpdate({ target: { ...state, installedFiles, totalReleases: state.totalReleases - 1 }, stagedPaths: [], staleMonths: [month], at: '2026-12-01T06:00:00Z' })
    return dropped.id
  }

  it('is rebuilt when an index of an older engine version is stored', async () => {
    await new WorkerCore().refresh()
    const stored = await readSearchIndex()
    if (!stored) throw new Error('no stored index')
    const older = stored.buffer.slice(0)
    new Uint32Array(older, 0, 2)[1] = ENGINE_VERSION ^ 1
    await writeSearchIndex({ ...stored, buffer: older })
    const spy = spiedEngine()
    const response = await new WorkerCore(spy).search(query('ulaanbaatar'))
    expect(response.total).toBe(2)
    expect(spy.createIndexBuilder).toHaveBeenCalledTimes(1)
    const rebuilt = await readSearchIndex()
    expect(rebuilt ? storedEngineVersion(rebuilt.buffer) : null).toBe(ENGINE_VERSION)
    expect(rebuilt?.buffer).toEqual(stored.buffer)
  })

  it('does not count releases dropped under the same content version, in memory or stored', async () => {
    const core = new WorkerCore()
    expect((await core.search(query('ulaanbaatar'))).total).toBe(2)
    const dropped = await dropMonth('2018-03')
    const response = await core.search(query('ulaanbaatar'))
    expect(response.total).toBe(1)
    expect(response.hits.map((hit) => hit.id)).not.toContain(dropped)
    expect((await readSearchIndex())?.documentCount).toBe(1)
    // A cold start does not trust the stored index either: it was rebuilt for the one release left.
    expect((await new WorkerCore().search(query('ulaanbaatar'))).total).toBe(1)
  })

  it('answers without the releases an install removed while it keeps the previous index', async () => {
    await new WorkerCore().refresh()
    const dropped = await dropMonth('2019-11')
    await beginInstall({ version: 'next-version', contentDate: null, totalReleases: 1 })
    const spy = spiedEngine()
    const response = await new WorkerCore(spy).search(query('ulaanbaatar'))
    expect(spy.createIndexBuilder).not.toHaveBeenCalled()
    expect(response.total).toBe(1)
    expect(response.hits.map((hit) => hit.id)).not.toContain(dropped)
    expect(response.facets.type).toEqual([{ value: 'press-release', count: 1 }])
  })
})
