import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { db, ReaderDatabase } from '@/db/database'
import { readInstallState } from '@/db/install-state'
import { forEachReleaseNewestFirst, readAllReleasesForIndex, readSearchIndex, writeSearchIndex } from '@/db/search'
import { newestFirst } from '@/content/release-order'
import { compileContent } from '@/content/compile'
import { compileSeed, installContent, packOf, SEED_RELEASE_ID, variantPage } from '../support/seedContent'

/** The schema as shipped in version 1, declared on its own, as an installed app left it. */
const V1_SCHEMA = {
  nodes: 'id, parent, kind',
  releases: 'id, type, *fields, *primaryCountries, *mentionedCountries, *structures',
  bodies: 'id',
  installState: 'key',
  settings: 'key',
  saved: 'releaseId, savedAt',
  reads: 'releaseId, readAt',
}

describe('schema upgrades', () => {
  it('upgrades a version 1 database, keeping settings, saved releases, reads and content', async () => {
    const name = 'upgrade-from-v1'
    const old = new Dexie(name)
    old.version(1).stores(V1_SCHEMA)
    await old.open()
    await old.table('settings').put({ key: 'textSize', value: 'large' })
    await old.table('saved').put({ releaseId: SEED_RELEASE_ID, savedAt: '2026-11-28T10:00:00Z' })
    await old.table('reads').put({ releaseId: SEED_RELEASE_ID, readAt: '2026-11-28T11:00:00Z' })
    await old.table('installState').put({ key: 'content', version: 'v1', contentDate: null, totalReleases: 1, installedFiles: [], complete: true })
    const [seed] = compileSeed().releases
    if (!seed) throw new Error('the seed compiles to one release')
    const { body, ...summary } = seed
    await old.table('releases').put({ ...summary, structures: ['secretariat', 'odihr'] })
    await old.table('bodies').put({ id: seed.id, body })
    old.close()

    const upgraded = new ReaderDatabase(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(6)
    // Summaries moved to short storage keys, the release id a unique index; bodies stay until the sync repacks them.
    expect(upgraded.tables.map((table) => table.name)).not.toContain('releases')
    expect(await upgraded.summaries.get({ id: SEED_RELEASE_ID })).toEqual({ ...summary, structures: ['secretariat', 'odihr'], key: '2017-070000' })
    expect((await upgraded.bodies.get(SEED_RELEASE_ID))?.body).toEqual(body)
    expect(await upgraded.settings.get('textSize')).toEqual({ key: 'textSize', value: 'large' })
    expect(await upgraded.saved.toArray()).toEqual([{ releaseId: SEED_RELEASE_ID, savedAt: '2026-11-28T10:00:00Z' }])
    expect(await upgraded.reads.toArray()).toEqual([{ releaseId: SEED_RELEASE_ID, readAt: '2026-11-28T11:00:00Z' }])
    // v6: the save is copied into the default list with its title and date, and the read mark counts under its nodes.
    expect(await upgraded.savedItems.toArray()).toEqual([
      { listId: 'saved', releaseId: SEED_RELEASE_ID, savedAt: '2026-11-28T10:00:00Z', title: summary.title, date: '2017-07-06' },
    ])
    expect(await upgraded.savedLists.toArray()).toEqual([{ id: 'saved', name: null, createdAt: '2026-11-28T10:00:00Z' }])
    expect((await upgraded.readNodes.get(SEED_RELEASE_ID))?.nodes).toEqual([
      ...summary.primaryCountries.map((id) => `primaryCountries:${id}`),
      ...summary.mentionedCountries.map((id) => `mentionedCountries:${id}`),
      'structures:secretariat',
      'structures:odihr',
      ...summary.fields.map((id) => `fields:${id}`),
    ])
    expect((await upgraded.installState.get('content'))?.version).toBe('v1')
    expect(await upgraded.searchIndex.count()).toBe(0)
    upgraded.close()
    await Dexie.delete(name)
  })
})

describe('stored search index', () => {
  it('is absent at first, then reads back as written, bytes intact', async () => {
    await installContent()
    expect(await readSearchIndex()).toBeUndefined()
    const buffer = new Uint8Array([1, 2, 3, 250]).buffer
    await writeSearchIndex({ key: 'index', contentVersion: 'abc', buffer, documentCount: 1, builtAt: '2026-11-28T12:00:00Z' })
    const record = await readSearchIndex()
    expect(record?.contentVersion).toBe('abc')
    expect(record?.documentCount).toBe(1)
    expect([...new Uint8Array(record?.buffer ?? new ArrayBuffer(0))]).toEqual([1, 2, 3, 250])
    // Writing again replaces the one record.
    await writeSearchIndex({ key: 'index', contentVersion: 'def', buffer, documentCount: 1, builtAt: '2026-11-28T13:00:00Z' })
    expect((await readSearchIndex())?.contentVersion).toBe('def')
  })

  it('reports the install state the index is keyed on', async () => {
    await installContent()
    const state = await readInstallState()
    expect(state?.complete).toBe(true)
    expect(state?.version).toBe(packOf().manifest.version)
  })
})

describe('releases for the index', () => {
  it('joins each summary with its body and drops the structures list', async () => {
    const content = compileSeed()
    await installContent(content)
    const releases = await readAllReleasesForIndex()
    expect(releases).toHaveLength(1)
    const [release] = releases
    expect(release).toEqual(content.releases[0])
    expect(release).not.toHaveProperty('structures')
  })

  it('reads every release once, in id order, across chunks', async () => {
    const dates = ['2016-01-05', '2019-11-30', '2018-03-02', '2021-06-15', '2017-07-06', '2020-02-29', '2015-05-05']
    await installContent(compileContent(dates.map((date, index) => variantPage(index, date))))
    const releases = await readAllReleasesForIndex(3)
    expect(releases.map((release) => release.date)).toEqual([...dates].sort())
    expect(new Set(releases.map((release) => release.id)).size).toBe(7)
    expect(releases.every((release) => release.body.length > 0)).toBe(true)
  })

  it('hands them over newest first, a chunk at a time, each date whole even when it spans chunks', async () => {
    // Four releases on one day (more than a chunk of 3), around others.
    const dates = ['2016-01-05', '2019-11-30', '2019-11-30', '2021-06-15', '2019-11-30', '2019-11-30', '2015-05-05', '2019-12-01']
    await installContent(compileContent(dates.map((date, index) => variantPage(index, date))))
    const chunks: string[][] = []
    const bodies: number[] = []
    const handed = await forEachReleaseNewestFirst((releases) => {
      chunks.push(releases.map((release) => release.id))
      bodies.push(...releases.map((release) => release.body.length))
    }, 3)
    const expected = (await readAllReleasesForIndex()).sort(newestFirst).map((release) => release.id)
    expect(handed).toBe(8)
    expect(chunks.flat()).toEqual(expected)
    // The day of four waits until it is whole; the last, short read ends the walk and hands over the rest with it.
    expect(chunks.map((ids) => ids.map((id) => id.slice(0, 10)))).toEqual([
      ['2021-06-15', '2019-12-01'],
      ['2019-11-30', '2019-11-30', '2019-11-30', '2019-11-30', '2016-01-05', '2015-05-05'],
    ])
    expect(bodies.every((length) => length > 0)).toBe(true)
  })
})

describe('the stored search index', () => {
  it('is split over rows under the size IndexedDB allows one value, and read back whole', async () => {
    await installContent(compileSeed())
    const bytes = Uint8Array.from({ length: 25 }, (_, index) => index * 7)
    const record = { key: 'index' as const, contentVersion: 'v1', buffer: bytes.buffer, documentCount: 1, builtAt: '2026-12-01T10:00:00.000Z' }
    await writeSearchIndex(record, 10)
    expect(await db.searchIndex.count()).toBe(3)
    const read = await readSearchIndex()
    expect(read).toEqual({ ...record, buffer: read?.buffer })
    expect([...new Uint8Array(read?.buffer ?? new ArrayBuffer(0))]).toEqual([...bytes])

    // A smaller index replaces every part of the bigger one.
    await writeSearchIndex({ ...record, buffer: bytes.slice(0, 4).buffer }, 10)
    expect(await db.searchIndex.count()).toBe(1)
    expect([...new Uint8Array((await readSearchIndex())?.buffer ?? new ArrayBuffer(0))]).toEqual([0, 7, 14, 21])
  })

  it('is missing, not wrong, when a part is gone: the worker then builds it again', async () => {
    await installContent(compileSeed())
    await writeSearchIndex({ key: 'index', contentVersion: 'v1', buffer: new ArrayBuffer(25), documentCount: 1, builtAt: '2026-12-01T10:00:00.000Z' }, 10)
    await db.searchIndex.delete('index:2')
    expect(await readSearchIndex()).toBeUndefined()
  })
})
