import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Pack } from '@/content/pack'
import { db } from '@/db/database'
import { getRelease } from '@/db/content'
import { readInstallState } from '@/db/install'
import { syncContent, type SyncOptions, type SyncProgress } from '@/sync/engine'
import { createPackSource } from '@/sync/pack-source'
import { createFakePackServer, packOfPages, pageWithBody, seedPage, type FakePackServer } from '../support/packServer'
import { SEED_RELEASE_ID, variantPage } from '../support/seedContent'

const BASE = 'https://reader.test/pack/'
const NOW = new Date('2026-12-01T09:30:00.000Z')
const OPTIONS: SyncOptions = { allowLarge: false, saveData: false, keepSince: null }

// v1: the seed (2017-07) and three releases in their own months; v2 edits the January one,
// removes the February one, keeps March, and adds three in May 2019.
const A = () => pageWithBody(1, '2018-01-10', 'The first version of this release.')
const A_EDITED = () => pageWithBody(1, '2018-01-10', 'The corrected version of this release.')
const B = () => variantPage(2, '2018-02-10')
const C = () => variantPage(3, '2018-03-10')
const NEW = () => [variantPage(10, '2019-05-01'), variantPage(11, '2019-05-02'), variantPage(12, '2019-05-03')]
const V1 = packOfPages([seedPage(), A(), B(), C()])
const V2 = packOfPages([seedPage(), A_EDITED(), C(), ...NEW()])
const idOf = (pack: Pack, date: string) => [...pack.files.values()].join('\n').match(new RegExp(`"id":"(${date}-[^"]+)"`))?.[1] ?? ''
const pathOf = (pack: Pack, month: string) => pack.manifest.files.find((file) => file.shard === month)?.path ?? ''

async function sync(server: FakePackServer, options: Partial<SyncOptions> = {}, progress: SyncProgress[] = []) {
  return syncContent({ source: createPackSource(BASE, server.fetch), options: { ...OPTIONS, ...options }, onProgress: (step) => progress.push(step), now: () => NOW })
}

/** Everything a reader could see or own, to compare before and after a failed update. */
async function snapshot() {
  const state = await readInstallState()
  return {
    version: state?.version,
    complete: state?.complete,
    installedFiles: [...(state?.installedFiles ?? [])].sort(),
    releaseIds: await db.summaries.orderBy('id').keys(),
    bodyMonths: await db.bodyMonths.toCollection().primaryKeys(),
    nodes: await db.nodes.count(),
    bodyOfA: (await getRelease(idOf(V1, '2018-01-10')))?.body,
    settings: await db.settings.toArray(),
    saved: await db.saved.toArray(),
    reads: await db.reads.toArray(),
  }
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

async function installV1(): Promise<FakePackServer> {
  const server = createFakePackServer(V1, BASE)
  expect(await sync(server)).toEqual({ kind: 'installed', releases: 4 })
  await db.settings.put({ key: 'textSize', value: 'large' })
  await db.saved.put({ releaseId: SEED_RELEASE_ID, savedAt: '2026-11-30T08:00:00Z' })
  await db.reads.put({ releaseId: SEED_RELEASE_ID, readAt: '2026-11-30T08:01:00Z' })
  server.requests.length = 0
  return server
}

describe('first install', () => {
  it('installs every release with its body and records the check time', async () => {
    const server = createFakePackServer(V1, BASE)
    const progress: SyncProgress[] = []
    expect(await sync(server, {}, progress)).toEqual({ kind: 'installed', releases: 4 })
    expect(await db.summaries.count()).toBe(4)
    const state = await readInstallState()
    expect(state).toMatchObject({ version: V1.manifest.version, complete: true, totalReleases: 4, checkedAt: '2026-12-01T09:30:00.000Z' })
    expect(progress[0]).toEqual({ stage: 'checking' })
    expect(progress.at(-1)).toEqual({ stage: 'installing', done: 4, total: 4 })
    const seed = await getRelease(SEED_RELEASE_ID)
    expect(seed?.summary.place).toBe('Ulaanbaatar')
    expect(seed?.body).toHaveLength(6)
  })

  it('resumes after a missing shard with only the files not yet installed', async () => {
    const server = createFakePackServer(V1, BASE)
    server.missing.add(pathOf(V1, '2018-01'))
    const failed = await sync(server, { batchSizes: { first: 1, largest: 1 } })
    expect(failed).toEqual({ kind: 'failed', failure: { reason: 'missing', path: pathOf(V1, '2018-01') }, hasContent: false })
    expect((await readInstallState())?.complete).toBe(false)
    server.missing.clear()
    server.requests.length = 0
    expect(await sync(server, { batchSizes: { first: 1, largest: 1 } })).toEqual({ kind: 'installed', releases: 4 })
    expect(server.requests.map((request) => request.path)).toEqual(['manifest.json', pathOf(V1, '2018-01'), pathOf(V1, '2017-07')])
    expect(await db.summaries.count()).toBe(4)
  })

  it('keeps only the chosen years', async () => {
    const server = createFakePackServer(V1, BASE)
    expect(await sync(server, { keepSince: '2018-02' })).toEqual({ kind: 'installed', releases: 2 })
    expect((await db.summaries.orderBy('id').keys()).map((id) => String(id).slice(0, 7))).toEqual(['2018-02', '2018-03'])
  })

  it('reports no network on a first visit as unreachable, with no content yet', async () => {
    const server = createFakePackServer(V1, BASE)
    server.offline = true
    expect(await sync(server)).toEqual({ kind: 'failed', failure: { reason: 'unreachable', path: 'manifest.json' }, hasContent: false })
  })
})

describe('updates', () => {
  it('asks only for the manifest when the content is current', async () => {
    const server = await installV1()
    expect(await sync(server)).toEqual({ kind: 'current' })
    expect(server.requests).toEqual([{ path: 'manifest.json', cache: 'no-cache' }])
  })

  it('downloads only the changed files and switches to 3 new, 1 edited and 1 removed release at once', async () => {
    const server = await installV1()
    server.serve(V2)
    const outcome = await sync(server)
    expect(server.requests.map((request) => request.path)).toEqual(['manifest.json', pathOf(V2, '2019-05'), pathOf(V2, '2018-01')])
    expect(outcome).toEqual({
      kind: 'updated',
      change: {
        at: '2026-12-01T09:30:00.000Z',
        fromVersion: V1.manifest.version,
        toVersion: V2.manifest.version,
        newReleaseIds: [idOf(V2, '2019-05-03'), idOf(V2, '2019-05-02'), idOf(V2, '2019-05-01')],
        removedReleases: 1,
      },
    })
    expect(await db.summaries.count()).toBe(6)
    expect(await getRelease(idOf(V1, '2018-02-10'))).toBeNull()
    expect((await getRelease(idOf(V1, '2018-01-10')))?.body[1]).toBe('The corrected version of this release.')
    expect(await readInstallState()).toMatchObject({ version: V2.manifest.version, complete: true, totalReleases: 6 })
    expect(await db.stagedFiles.count()).toBe(0)
    expect(await db.saved.count()).toBe(1)
    expect(await db.settings.get('textSize')).toEqual({ key: 'textSize', value: 'large' })
  })

  it('leaves v1 exactly as it was when a file is missing half-way, and resumes without downloading the staged file again', async () => {
    const server = await installV1()
    const before = await snapshot()
    server.serve(V2)
    server.missing.add(pathOf(V2, '2018-01'))
    expect(await sync(server)).toEqual({ kind: 'failed', failure: { reason: 'missing', path: pathOf(V2, '2018-01') }, hasContent: true })
    expect(await snapshot()).toEqual(before)
    expect(await db.stagedFiles.toCollection().primaryKeys()).toEqual([pathOf(V2, '2019-05')])

    server.missing.clear()
    server.requests.length = 0
    expect((await sync(server)).kind).toBe('updated')
    expect(server.requests.map((request) => request.path)).toEqual(['manifest.json', pathOf(V2, '2018-01')])
    expect(await db.summaries.count()).toBe(6)
  })

  it('leaves v1 exactly as it was when the disk fills up during the switch, and says how much is needed', async () => {
    const server = await installV1()
    const before = await snapshot()
    server.serve(V2)
    const bulkPut = vi.spyOn(db.bodyMonths, 'bulkPut').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    const needed = V2.manifest.files.filter((file) => file.shard === '2019-05' || file.shard === '2018-01').reduce((sum, file) => sum + file.bytes, 0)
    expect(await sync(server)).toEqual({ kind: 'failed', failure: { reason: 'quota', neededBytes: needed }, hasContent: true })
    bulkPut.mockRestore()
    expect(await snapshot()).toEqual(before)
  })

  it('installs a shard that arrived corrupt once, without clearing anything', async () => {
    const server = await installV1()
    server.serve(V2)
    server.corrupt(pathOf(V2, '2019-05'), 1)
    expect((await sync(server)).kind).toBe('updated')
    expect(server.requests.filter((request) => request.path === pathOf(V2, '2019-05')).map((request) => request.cache)).toEqual(['default', 'reload'])
    expect(await db.summaries.count()).toBe(6)
  })

  it('refuses a pack that would remove most releases without declaring it', async () => {
    const server = await installV1()
    const before = await snapshot()
    const taxonomy = V1.manifest.files.filter((file) => file.role === 'taxonomy')
    const manifest = { ...V1.manifest, version: 'ffffffffffffffff', counts: { ...V1.manifest.counts, releases: 0, files: 1 }, files: taxonomy }
    server.serve({ manifest, files: new Map([...V1.files, ['manifest.json', JSON.stringify(manifest)]]) })
    expect(await sync(server)).toEqual({ kind: 'failed', failure: { reason: 'shrink', installed: 4, offered: 0 }, hasContent: true })
    expect(await snapshot()).toEqual(before)
  })

  it('asks before downloading when the browser saves data, then applies once allowed', async () => {
    const server = await installV1()
    server.serve(V2)
    const bytes = V2.manifest.files.filter((file) => file.shard === '2019-05' || file.shard === '2018-01').reduce((sum, file) => sum + file.bytes, 0)
    expect(await sync(server, { saveData: true })).toEqual({ kind: 'needs-consent', bytes, releases: 4 })
    expect(server.requests.map((request) => request.path)).toEqual(['manifest.json'])
    expect((await sync(server, { saveData: true, allowLarge: true })).kind).toBe('updated')
  })

  it('drops the older months when the reader keeps fewer years, without downloading anything', async () => {
    const server = await installV1()
    const outcome = await sync(server, { keepSince: '2018-01' })
    expect(outcome).toMatchObject({ kind: 'updated', change: { newReleaseIds: [], removedReleases: 1 } })
    expect(server.requests.map((request) => request.path)).toEqual(['manifest.json'])
    expect(await getRelease(SEED_RELEASE_ID)).toBeNull()
  })

  it('treats no network with content installed as unreachable, content kept', async () => {
    const server = await installV1()
    server.offline = true
    expect(await sync(server)).toEqual({ kind: 'failed', failure: { reason: 'unreachable', path: 'manifest.json' }, hasContent: true })
    expect(await db.summaries.count()).toBe(4)
  })
})
