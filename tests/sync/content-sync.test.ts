import { describe, expect, it } from 'vitest'
import type { ContentChange } from '@/db/database'
import { createContentSync, type ContentSyncDeps, type SyncStatus } from '@/sync/content-sync'
import type { SyncOptions, SyncOutcome } from '@/sync/engine'

const CHANGE: ContentChange = { at: '2026-12-01T09:00:00.000Z', fromVersion: 'a', toVersion: 'b', newReleaseIds: ['2026-11-30-x', '2026-11-29-y'], removedReleases: 0 }

function setUp(outcomes: SyncOutcome[], preferences = { keepYears: null as number | null, contentRemoved: false }) {
  let clock = new Date('2026-12-01T09:00:00.000Z').getTime()
  const runs: SyncOptions[] = []
  const published: Partial<SyncStatus>[] = []
  const finished: boolean[] = []
  const deps: ContentSyncDeps = {
    run: async (options, onProgress) => {
      runs.push(options)
      onProgress({ stage: 'checking' })
      onProgress({ stage: 'installing', done: 1, total: 2 })
      return outcomes.shift() ?? { kind: 'current' }
    },
    publish: (status) => published.push(status),
    finished: (changed) => finished.push(changed),
    preferences: async () => preferences,
    saveData: () => false,
    now: () => new Date(clock),
  }
  return { sync: createContentSync(deps), runs, published, finished, advance: (ms: number) => (clock += ms) }
}

describe('content sync triggers', () => {
  it('checks on start and spaces focus checks to every 15 minutes', async () => {
    const { sync, runs, advance } = setUp([])
    await sync.check('start')
    expect(await sync.check('focus')).toBeNull()
    advance(14 * 60_000)
    expect(await sync.check('focus')).toBeNull()
    advance(60_000)
    expect(await sync.check('focus')).toEqual({ kind: 'current' })
    expect(runs).toHaveLength(2)
  })

  it('joins a run in progress instead of starting a second', async () => {
    const { sync, runs } = setUp([])
    const [first, second] = [sync.check('start'), sync.check('online')]
    expect(second).toBe(first)
    await first
    expect(runs).toHaveLength(1)
  })

  it('passes the reader’s kept years and only allows a large download after consent', async () => {
    const { sync, runs } = setUp([], { keepYears: 2, contentRemoved: false })
    await sync.check('start')
    await sync.check('manual')
    await sync.check('consent')
    // Only the check on start may use the manifest the worker asked for as it started.
    expect(runs).toEqual([
      { allowLarge: false, saveData: false, keepSince: '2024-12', onStart: true },
      { allowLarge: false, saveData: false, keepSince: '2024-12', onStart: false },
      { allowLarge: true, saveData: false, keepSince: '2024-12', onStart: false },
    ])
  })

  it('downloads nothing by itself after the reader removed the content, but does when asked', async () => {
    const { sync, runs, finished } = setUp([], { keepYears: null, contentRemoved: true })
    expect(await sync.check('start')).toBeNull()
    expect(await sync.check('online')).toBeNull()
    expect(runs).toHaveLength(0)
    expect(finished).toEqual([false, false])
    await sync.check('manual')
    expect(runs).toHaveLength(1)
  })
})

describe('what the interface is told', () => {
  it('publishes activity, progress, then idle; a new release notice after an update; and asks search to follow', async () => {
    const { sync, published, finished } = setUp([{ kind: 'updated', change: CHANGE }])
    await sync.check('start')
    expect(published).toEqual([
      { failure: null, consent: null },
      { activity: 'checking', progress: null },
      { activity: 'installing', progress: { done: 1, total: 2 } },
      { activity: 'idle', progress: null },
      { change: CHANGE },
    ])
    expect(finished).toEqual([true])
  })

  it('publishes a failure and a consent request as they come, and no content change', async () => {
    const failing = setUp([{ kind: 'failed', failure: { reason: 'quota', neededBytes: 5_000_000 }, hasContent: true }])
    await failing.sync.check('start')
    expect(failing.published.at(-1)).toEqual({ failure: { reason: 'quota', neededBytes: 5_000_000 } })
    expect(failing.finished).toEqual([false])

    const asking = setUp([{ kind: 'needs-consent', bytes: 3_000_000, releases: 412 }])
    await asking.sync.check('start')
    expect(asking.published.at(-1)).toEqual({ consent: { bytes: 3_000_000, releases: 412 } })
  })

  it('turns a crash of the run itself into a failure the reader can retry', async () => {
    const published: Partial<SyncStatus>[] = []
    const finished: boolean[] = []
    const crashing = createContentSync({
      run: async () => {
        throw new Error('worker died')
      },
      publish: (status) => published.push(status),
      finished: (changed) => finished.push(changed),
      preferences: async () => ({ keepYears: null, contentRemoved: false }),
      saveData: () => false,
      now: () => new Date(),
    })
    expect(await crashing.check('start')).toBeNull()
    expect(published.at(-1)).toEqual({ activity: 'idle', progress: null, failure: { reason: 'unexpected', message: 'worker died' } })
    expect(finished).toEqual([false])
  })
})
