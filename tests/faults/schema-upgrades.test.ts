/**
 * Fault 3, schema migrations: an app that upgrades from any schema version shipped so far keeps every row of the
 * reader's exactly (moved here from tests/db/upgrade.test.ts, which keeps the content-update half of durability).
 */
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { ReaderDatabase } from '@/db/database'
import { SEED_RELEASE_ID } from '../support/seedContent'

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

/** Installs `version` as the app left it, with the reader's rows, then opens it with the current app. */
async function upgradeFrom(version: number, stores: Record<string, string>): Promise<void> {
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
}

describe('fault 3: schema migrations from every shipped version', () => {
  it('Fault 3: the upgrade from every shipped schema version (1 to 5) to the current one keeps every row of the reader byte for byte', async () => {
    for (const [version, stores] of SHIPPED) await upgradeFrom(version, stores)
  })
})

