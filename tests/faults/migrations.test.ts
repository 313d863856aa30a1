/**
 * Fault 3, schema migrations that fail: the next version's upgrade throws half-way, after it has already
 * rewritten rows in its transaction. The upgrade from every shipped version with user rows is in
 * schema-upgrades.test.ts; this is the other half of the fault: a failed upgrade changes nothing.
 */
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { ReaderDatabase } from '@/db/database'

const CURRENT_VERSION = 6
const USER_ROWS = {
  settings: [{ key: 'textSize', value: 'x-large' }, { key: 'theme', value: 'sepia' }],
  saved: [{ releaseId: '2017-07-06-a-saved-release-0a0a0a0a', savedAt: '2026-11-28T10:00:00.000Z' }],
  savedLists: [{ id: 'saved', name: null, createdAt: '2026-11-28T10:00:00.000Z' }, { id: 'trips', name: 'Trips', createdAt: '2026-11-29T08:00:00.000Z' }],
  savedItems: [
    { listId: 'saved', releaseId: '2017-07-06-a-saved-release-0a0a0a0a', savedAt: '2026-11-28T10:00:00.000Z', title: 'A saved release', date: '2017-07-06' },
    { listId: 'trips', releaseId: '2019-05-01-a-release-for-a-trip-0b0b0b0b', savedAt: '2026-11-29T08:01:00.000Z', title: 'A release for a trip', date: '2019-05-01' },
  ],
  reads: [{ releaseId: '2017-07-06-a-saved-release-0a0a0a0a', readAt: '2026-11-28T11:00:00.000Z' }],
  follows: [{ nodeId: 'mongolia', followedAt: '2026-11-30T09:00:00.000Z' }],
  history: [{ releaseId: '2017-07-06-a-saved-release-0a0a0a0a', openedAt: '2026-11-28T11:00:00.000Z', title: 'A saved release', date: '2017-07-06' }],
} as const
const TABLES = Object.keys(USER_ROWS) as (keyof typeof USER_ROWS)[]

/** The next app version, whose upgrade step rewrites and clears rows, then throws. */
class FailingUpgradeDatabase extends ReaderDatabase {
  constructor(name: string) {
    super(name)
    this.version(CURRENT_VERSION + 1)
      .stores({ history: 'releaseId, openedAt, date' })
      .upgrade(async (transaction) => {
        await transaction.table('settings').put({ key: 'theme', value: 'overwritten by the failed upgrade' })
        await transaction.table('history').clear()
        await transaction.table('savedItems').where('listId').equals('trips').delete()
        throw new Error('version 7 could not convert the history rows')
      })
  }
}

async function tableRows(database: Dexie): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await database.table(table).toArray()] as const)))
}

describe('fault 3: schema migrations', () => {
  it('Fault 3: a deliberately failing upgrade keeps the old version and its data', async () => {
    const name = 'fault-3-failing-upgrade'
    const current = new ReaderDatabase(name)
    await current.open()
    for (const table of TABLES) await current.table(table).bulkPut([...USER_ROWS[table]])
    const before = await tableRows(current)
    current.close()

    const next = new FailingUpgradeDatabase(name)
    const failure: unknown = await next.open().then(() => null, (error: unknown) => error)
    // A clear error: the step's own, as it threw it.
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).message).toBe('version 7 could not convert the history rows')
    expect(next.isOpen()).toBe(false)
    next.close()

    // The browser rolled the whole upgrade back: the database is still at the old version, every row as it was.
    const reopened = new ReaderDatabase(name)
    await reopened.open()
    expect(reopened.verno).toBe(CURRENT_VERSION)
    expect(await tableRows(reopened)).toEqual(before)
    expect(before.savedItems).toHaveLength(2)
    expect(before.history).toHaveLength(1)
    reopened.close()
    // Without a schema of its own: what is on disk, independent of the app's declared version.
    const onDisk = await new Dexie(name).open()
    expect(onDisk.verno).toBe(CURRENT_VERSION)
    onDisk.close()
    await Dexie.delete(name)
  })
})
