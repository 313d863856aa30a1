import { beforeEach, describe, expect, it } from 'vitest'
import { compileContent } from '@/content/compile'
import { packBodies } from '@/db/body-pack'
import { db } from '@/db/database'
import { countReleasesBy, getRelease, latestReleases, releasesBy } from '@/db/content'
import { beginInstall, installShards, prepareShard, readInstallState } from '@/db/install'
import { installContent, SEED_RELEASE_ID, variantPage } from '../support/seedContent'

describe('installing the seed pack', () => {
  beforeEach(async () => {
    await installContent()
  })

  it('stores the release split into a summary and a body, and records the install as complete', async () => {
    const release = await getRelease(SEED_RELEASE_ID)
    expect(release?.summary.place).toBe('Ulaanbaatar')
    expect(release?.summary.structures).toEqual(['secretariat', 'odihr'])
    expect(release?.body).toHaveLength(6)
    expect(await db.bodyMonths.count()).toBe(1)
    const state = await readInstallState()
    expect(state?.complete).toBe(true)
    expect(state?.totalReleases).toBe(1)
    expect(state?.installedFiles).toHaveLength(2)
  })

  it('answers the pages’ questions through indexes', async () => {
    expect((await releasesBy('primaryCountries', 'mongolia', 0, 20)).releases.map((release) => release.id)).toEqual([SEED_RELEASE_ID])
    expect(await countReleasesBy('mentionedCountries', 'canada')).toBe(1)
    expect(await countReleasesBy('mentionedCountries', 'mongolia')).toBe(0)
    expect(await countReleasesBy('structures', 'odihr')).toBe(1)
    expect(await countReleasesBy('fields', 'human-rights')).toBe(1)
    expect(await db.nodes.count()).toBe(187)
  })
})

describe('release lists', () => {
  it('come newest first and page by offset', async () => {
    const dates = ['2016-01-05', '2019-11-30', '2018-03-02', '2021-06-15', '2017-07-06']
    await installContent(compileContent(dates.map((date, index) => variantPage(index, date))))
    const first = await latestReleases(0, 3)
    expect(first.total).toBe(5)
    expect(first.releases.map((release) => release.date)).toEqual(['2021-06-15', '2019-11-30', '2018-03-02'])
    const second = await latestReleases(3, 3)
    expect(second.releases.map((release) => release.date)).toEqual(['2017-07-06', '2016-01-05'])
    const mongolia = await releasesBy('primaryCountries', 'mongolia', 1, 2)
    expect(mongolia.releases.map((release) => release.date)).toEqual(['2019-11-30', '2018-03-02'])
    expect(mongolia.total).toBe(5)
  })
})

describe('installing a shard again', () => {
  it('empties the month of the file it replaces, even for a shard with fewer releases, and keeps user data', async () => {
    const content = compileContent(['2019-05-20', '2019-05-02', '2019-05-11'].map((date, index) => variantPage(index, date)))
    await installContent(content)
    const installedPath = (await readInstallState())?.installedFiles.find((path) => path.startsWith('releases/2019-05.')) ?? ''
    expect(installedPath).not.toBe('')
    await db.settings.put({ key: 'theme', value: 'dark' })
    await db.saved.put({ releaseId: SEED_RELEASE_ID, savedAt: '2026-11-28T10:00:00Z' })
    const kept = content.releases.filter((release) => release.date === '2019-05-11')
    const shard = { month: '2019-05', releases: kept, packedBodies: await packBodies(kept) }
    await installShards([prepareShard('releases/2019-05.again.json', shard)], [], [installedPath])
    expect((await db.summaries.toArray()).map((summary) => summary.date)).toEqual(['2019-05-11'])
    expect(await db.bodyMonths.count()).toBe(1)
    expect((await readInstallState())?.installedFiles.filter((path) => path.startsWith('releases/'))).toEqual(['releases/2019-05.again.json'])
    await installShards([], ['2019-05'], ['releases/2019-05.again.json'])
    expect(await db.summaries.count()).toBe(0)
    expect(await db.bodyMonths.count()).toBe(0)
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' })
    expect(await db.saved.count()).toBe(1)
  })
})

describe('beginning an install', () => {
  it('with no file recorded, starts from empty content tables and keeps user data', async () => {
    await installContent()
    // Rows no recorded file accounts for (as if the install state had been lost).
    await db.installState.update('content', { installedFiles: [], complete: false })
    await db.saved.put({ releaseId: SEED_RELEASE_ID, savedAt: '2026-11-28T10:00:00Z' })
    await beginInstall({ version: 'v2', contentDate: '2017-07-06', totalReleases: 1 })
    expect([await db.summaries.count(), await db.bodyMonths.count()]).toEqual([0, 0])
    expect(await db.saved.count()).toBe(1)
    expect(await readInstallState()).toMatchObject({ version: 'v2', installedFiles: [], complete: false })
  })

  it('with files recorded (a resumed install), keeps their rows', async () => {
    await installContent()
    await beginInstall({ version: 'v2', contentDate: '2017-07-06', totalReleases: 1 })
    expect([await db.summaries.count(), await db.bodyMonths.count()]).toEqual([1, 1])
  })
})

describe('storage keys', () => {
  it('are the month and the rank by id, so key order is id order and lists stay newest first', async () => {
    const content = compileContent(['2019-05-20', '2019-05-02', '2019-05-11'].map((date, index) => variantPage(index, date)))
    await installContent(content)
    const stored = await db.summaries.toArray()
    expect(stored.map((summary) => [summary.key, summary.id.slice(0, 10)])).toEqual([
      ['2019-050000', '2019-05-02'],
      ['2019-050001', '2019-05-11'],
      ['2019-050002', '2019-05-20'],
    ])
    expect((await latestReleases(0, 3)).releases.map((release) => release.date)).toEqual(['2019-05-20', '2019-05-11', '2019-05-02'])
    expect((await getRelease(stored[1]?.id ?? ''))?.summary.date).toBe('2019-05-11')
  })
})
