/**
 * Durability of the reader's data: an app that upgrades from any schema version
 * shipped so far keeps every user row exactly, and no content update touches them,
 * not even when it takes away a release the reader saved.
 */
import Dexie from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Pack } from '@/content/pack'
import { db, ReaderDatabase } from '@/db/database'
import { readUserData } from '@/db/userData'
import { syncContent, type SyncOptions } from '@/sync/engine'
import { createPackSource } from '@/sync/pack-source'
import { createFakePackServer, packOfPages, seedPage } from '../support/packServer'
import { SEED_RELEASE_ID, variantPage } from '../support/seedContent'

/** Each shipped version's tables, declared on its own as an installed app left them (src/db/database.ts, versions 1–5). */
const V1 = { nodes: 'id, parent, kind', releases: 'id, type, *fields, *primaryCountries, *mentionedCountries, *structures', bodies: 'id', installState: 'key', settings: 'key', saved: 'releaseId, savedAt', reads: 'releaseId, readAt' }
const V2 = { ...V1, searchIndex: 'key' }
const V3 = { ...V2, stagedFiles: 'path' }
const V4 = { ...V3, bodyMonths: 'month', summaries: 'key, &id, *fields, *primaryCountries, *mentionedCountries, *structures' }
const { releases: _dropped, ...V5 } = V4
const SHIPPED: [number, Record<string, string>][] = [[1, V1], [2, V2], [3, V3], [4, V4], [5, V5]]

/** User rows with every kind of value a setting holds (string, number, boolean, null, an object) and a release no longer in any content. */
const SETTINGS = [
  { key: 'keepYears', value: 3 },
  { key: 'language', value: null },
  { key: 'lastLocation', value: { path: '/countries/mongolia', scrollY: 420 } },
  { key: 'textSize', value: 'x-large' },
  { key: 'theme', value: 'sepia' },
  { key: 'iosInstallHintDismissed', value: true },
]
const GONE = '2016-02-29-a-release-that-left-the-content-0f0f0f0f'
const SAVED = [
  { releaseId: GONE, savedAt: '2026-11-27T16:45:12.345Z' },
  { releaseId: SEED_RELEASE_ID, savedAt: '2026-11-28T10:00:00.000Z' },
]
const READS = [
  { releaseId: GONE, readAt: '2026-11-27T16:50:00.000Z' },
  { releaseId: SEED_RELEASE_ID, readAt: '2026-11-28T11:00:00.000Z' },
]

/** A table's rows as bytes: the JSON of each, in key order. */
const bytes = (rows: unknown[]) => rows.map((row) => JSON.stringify(row))

describe('schema upgrades keep the reader\'s rows byte for byte', () => {
  for (const [version, stores] of SHIPPED) {
    it(`from version ${version}`, async () => {
      const name = `upgrade-user-rows-from-v${version}`
      const old = new Dexie(name)
      for (const [number, declared] of SHIPPED.filter(([number]) => number <= version)) old.version(number).stores(number === version ? stores : declared)
      // Dexie needs a deleted table declared as null in the version that drops it.
      if (version === 5) old.version(5).stores({ ...V5, releases: null })
      await old.open()
      await old.table('settings').bulkPut(SETTINGS)
      await old.table('saved').bulkPut(SAVED)
      await old.table('reads').bulkPut(READS)
      old.close()

      const upgraded = new ReaderDatabase(name)
      await upgraded.open()
      expect(upgraded.verno).toBe(6)
      expect(bytes(await upgraded.settings.toArray())).toEqual(bytes([...SETTINGS].sort((a, b) => (a.key < b.key ? -1 : 1))))
      expect(bytes(await upgraded.saved.toArray())).toEqual(bytes(SAVED))
      expect(bytes(await upgraded.reads.toArray())).toEqual(bytes(READS))
      // Saves are copied into the default list too, the one no longer in the content with its id for a title (there was no content to read it from).
      expect(await upgraded.savedItems.toArray()).toEqual([
        { listId: 'saved', releaseId: GONE, savedAt: '2026-11-27T16:45:12.345Z', title: GONE, date: '2016-02-29' },
        { listId: 'saved', releaseId: SEED_RELEASE_ID, savedAt: '2026-11-28T10:00:00.000Z', title: SEED_RELEASE_ID, date: '2017-07-06' },
      ])
      expect(await upgraded.history.count()).toBe(0)
      upgraded.close()
      await Dexie.delete(name)
    })
  }
})

describe('a content update', () => {
  const OPTIONS: SyncOptions = { allowLarge: false, saveData: false, keepSince: null }
  const BEFORE = packOfPages([seedPage(), variantPage(1, '2018-01-10'), variantPage(2, '2018-02-10'), variantPage(3, '2018-03-10')])
  // The February release leaves the content.
  const AFTER = packOfPages([seedPage(), variantPage(1, '2018-01-10'), variantPage(3, '2018-03-10')])
  const idIn = (pack: Pack, date: string) => [...pack.files.values()].join('\n').match(new RegExp(`"id":"(${date}-[^"]+)"`))?.[1] ?? ''
  const LEAVING = idIn(BEFORE, '2018-02-10')

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
  })

  it('that removes a saved release keeps the save, its list entry, its read mark and its history', async () => {
    const server = createFakePackServer(BEFORE)
    const sync = () => syncContent({ source: createPackSource('https://reader.test/pack/', server.fetch), options: OPTIONS, onProgress: () => undefined, now: () => new Date('2026-12-01T09:30:00.000Z') })
    await sync()
    expect(await db.summaries.where('id').equals(LEAVING).count()).toBe(1)
    await db.saved.put({ releaseId: LEAVING, savedAt: '2026-11-28T10:00:00.000Z' })
    await db.savedLists.put({ id: 'saved', name: null, createdAt: '2026-11-28T10:00:00.000Z' })
    await db.savedItems.put({ listId: 'saved', releaseId: LEAVING, savedAt: '2026-11-28T10:00:00.000Z', title: 'OSCE organizes seminar number 2', date: '2018-02-10' })
    await db.reads.put({ releaseId: LEAVING, readAt: '2026-11-28T11:00:00.000Z' })
    await db.history.put({ releaseId: LEAVING, openedAt: '2026-11-28T11:00:00.000Z', title: 'OSCE organizes seminar number 2', date: '2018-02-10' })
    await db.follows.put({ nodeId: 'mongolia', followedAt: '2026-11-28T09:00:00.000Z' })
    await db.settings.put({ key: 'theme', value: 'dark' })
    const before = await readUserData()

    server.serve(AFTER)
    await sync()
    expect(await db.summaries.where('id').equals(LEAVING).count()).toBe(0)
    expect(await readUserData()).toEqual(before)
    expect(await db.savedItems.get(['saved', LEAVING])).toEqual({ listId: 'saved', releaseId: LEAVING, savedAt: '2026-11-28T10:00:00.000Z', title: 'OSCE organizes seminar number 2', date: '2018-02-10' })
  })
})
