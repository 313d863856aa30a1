import { beforeEach, describe, expect, it } from 'vitest'
import { db, type Setting } from '@/db/database'
import { readUserData, type UserDataRows } from '@/db/userData'
import { exportBackup, importBackup } from '@/userdata/backup'
import { BACKUP_FORMAT, backupOf, readBackup } from '@/userdata/backup-format'
import { installContent, SEED_RELEASE_ID, SEED_TITLE } from '../support/seedContent'

const GONE = '2015-03-02-a-release-no-longer-in-the-content-deadbeef'

/** Every table's rows, content and user data, sorted by key: "nothing changed" compares two of these. */
async function dump(): Promise<Record<string, unknown[]>> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const))
  return Object.fromEntries(tables.map(([name, rows]) => [name, [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))]))
}

async function seedReaderData(): Promise<void> {
  await db.settings.bulkPut([
    { key: 'theme', value: 'sepia' },
    { key: 'language', value: 'ru' },
    { key: 'persistenceRequested', value: true },
  ])
  await db.saved.put({ releaseId: SEED_RELEASE_ID, savedAt: '2026-11-20T10:00:00.000Z' })
  await db.savedLists.bulkPut([
    { id: 'saved', name: null, createdAt: '2026-11-20T10:00:00.000Z' },
    { id: 'list-mongolia', name: 'Mongolia trip', createdAt: '2026-11-21T10:00:00.000Z' },
  ])
  await db.savedItems.bulkPut([
    { listId: 'saved', releaseId: SEED_RELEASE_ID, savedAt: '2026-11-20T10:00:00.000Z', title: SEED_TITLE, date: '2017-07-06' },
    { listId: 'list-mongolia', releaseId: GONE, savedAt: '2026-11-21T11:00:00.000Z', title: 'A release that left', date: '2015-03-02' },
  ])
  await db.reads.bulkPut([
    { releaseId: SEED_RELEASE_ID, readAt: '2026-11-22T08:00:00.000Z' },
    { releaseId: GONE, readAt: '2026-11-22T09:00:00.000Z' },
  ])
  await db.follows.put({ nodeId: 'mongolia', followedAt: '2026-11-23T08:00:00.000Z' })
  await db.history.put({ releaseId: SEED_RELEASE_ID, openedAt: '2026-11-24T08:00:00.000Z', title: SEED_TITLE, date: '2017-07-06' })
}

const clearReaderTables = () => Promise.all([db.settings, db.saved, db.savedLists, db.savedItems, db.reads, db.readNodes, db.follows, db.history].map((table) => table.clear()))

describe('backup', () => {
  beforeEach(async () => {
    await installContent()
    await seedReaderData()
  })

  it('exports every table of the reader with a format and version, named for the day, without device state', async () => {
    const file = await exportBackup(new Date(2026, 11, 1, 23, 30))
    expect(file.name).toBe('osce-field-reader-backup-2026-12-01.json')
    const backup = JSON.parse(file.text) as { format: string; version: number; exportedAt: string; data: UserDataRows }
    expect([backup.format, backup.version, backup.exportedAt]).toEqual([BACKUP_FORMAT, 1, new Date(2026, 11, 1, 23, 30).toISOString()])
    expect(backup.data.settings).toEqual([
      { key: 'language', value: 'ru' },
      { key: 'theme', value: 'sepia' },
    ])
    expect(backup.data.savedItems.map((item) => [item.listId, item.releaseId])).toEqual([
      ['list-mongolia', GONE],
      ['saved', SEED_RELEASE_ID],
    ])
    expect(backup.data.reads).toHaveLength(2)
    expect(backup.data.follows).toEqual([{ nodeId: 'mongolia', followedAt: '2026-11-23T08:00:00.000Z' }])
    expect(backup.data.history).toEqual([{ releaseId: SEED_RELEASE_ID, openedAt: '2026-11-24T08:00:00.000Z', title: SEED_TITLE, date: '2017-07-06' }])
    expect(backup.data.saved).toEqual([{ releaseId: SEED_RELEASE_ID, savedAt: '2026-11-20T10:00:00.000Z' }])
  })

  it('brings everything back after the reader data is gone, with the read marks\' nodes rebuilt', async () => {
    const file = await exportBackup(new Date('2026-12-01T10:00:00.000Z'))
    await db.readNodes.put({ releaseId: SEED_RELEASE_ID, nodes: ['primaryCountries:mongolia'] })
    const before = await readUserData()
    await clearReaderTables()
    const outcome = await importBackup(file.text)
    expect(outcome).toEqual({ ok: true, merged: { settings: 2, saved: 1, savedLists: 2, savedItems: 2, reads: 2, follows: 1, history: 1 } })
    const after = await readUserData()
    // Device state (persistenceRequested) stays with the device it was on.
    expect(after).toEqual({ ...before, settings: before.settings.filter((row: Setting) => row.key !== 'persistenceRequested') })
    // Only the read release still in the content gets its nodes, for the unread counts.
    expect(await db.readNodes.toArray()).toEqual([
      {
        releaseId: SEED_RELEASE_ID,
        nodes: [
          'primaryCountries:mongolia',
          ...['canada', 'denmark', 'estonia', 'finland', 'kyrgyzstan', 'netherlands', 'spain', 'united-states-of-america'].map((id) => `mentionedCountries:${id}`),
          'structures:secretariat',
          'structures:odihr',
          'fields:countering-terrorism',
          'fields:human-rights',
        ],
      },
    ])
  })

  it('changes nothing when the same file is imported again', async () => {
    const file = await exportBackup(new Date('2026-12-01T10:00:00.000Z'))
    await clearReaderTables()
    await importBackup(file.text)
    const once = await dump()
    expect(await importBackup(file.text)).toEqual({ ok: true, merged: { settings: 0, saved: 0, savedLists: 0, savedItems: 0, reads: 0, follows: 0, history: 0 } })
    expect(await dump()).toEqual(once)
  })

  it('merges: newer times win, rows only here stay, lists keep their name here, settings set here stay', async () => {
    const older = backupOf(await readUserData(), '2026-12-01T10:00:00.000Z')
    const data: UserDataRows = {
      ...older.data,
      settings: [{ key: 'theme', value: 'dark' }, { key: 'textSize', value: 'large' }],
      savedLists: [{ id: 'list-mongolia', name: 'Renamed elsewhere', createdAt: '2026-11-21T10:00:00.000Z' }],
      reads: [
        { releaseId: SEED_RELEASE_ID, readAt: '2026-11-21T08:00:00.000Z' },
        { releaseId: GONE, readAt: '2026-11-29T09:00:00.000Z' },
      ],
      history: [{ releaseId: SEED_RELEASE_ID, openedAt: '2026-11-30T08:00:00.000Z', title: SEED_TITLE, date: '2017-07-06' }],
      follows: [{ nodeId: 'odihr', followedAt: '2026-11-25T08:00:00.000Z' }],
    }
    const outcome = await importBackup(JSON.stringify({ ...older, data }))
    expect(outcome).toEqual({ ok: true, merged: { settings: 1, saved: 0, savedLists: 0, savedItems: 0, reads: 1, follows: 1, history: 1 } })
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'sepia' })
    expect(await db.settings.get('textSize')).toEqual({ key: 'textSize', value: 'large' })
    expect((await db.savedLists.get('list-mongolia'))?.name).toBe('Mongolia trip')
    expect(await db.reads.orderBy('releaseId').toArray()).toEqual([
      { releaseId: GONE, readAt: '2026-11-29T09:00:00.000Z' },
      { releaseId: SEED_RELEASE_ID, readAt: '2026-11-22T08:00:00.000Z' },
    ])
    expect((await db.follows.toArray()).map((follow) => follow.nodeId)).toEqual(['mongolia', 'odihr'])
    expect((await db.history.get(SEED_RELEASE_ID))?.openedAt).toBe('2026-11-30T08:00:00.000Z')
  })

  describe('refuses a file that is not a whole backup of a format this app reads, and changes nothing', () => {
    async function refused(text: string): Promise<unknown> {
      const before = await dump()
      const outcome = await importBackup(text)
      expect(await dump()).toEqual(before)
      return outcome.ok ? outcome : outcome.problem
    }
    const good = async () => (await exportBackup(new Date('2026-12-01T10:00:00.000Z'))).text

    it('a truncated file', async () => {
      const text = await good()
      expect(await refused(text.slice(0, Math.floor(text.length * 0.6)))).toEqual({ kind: 'truncated' })
      expect(await refused(text.slice(0, 1))).toEqual({ kind: 'truncated' })
    })
    it('a file that is not JSON', async () => {
      expect(await refused('Title,Date\nSeminar in Ulaanbaatar,2017-07-06\n')).toEqual({ kind: 'notJson' })
      expect(await refused('')).toEqual({ kind: 'notJson' })
    })
    it('another app\'s JSON', async () => {
      expect(await refused(JSON.stringify({ bookmarks: [{ url: 'https://www.osce.org/', added: '2026-11-01' }] }))).toEqual({ kind: 'foreign' })
      expect(await refused('[1, 2, 3]')).toEqual({ kind: 'foreign' })
      expect(await refused(JSON.stringify({ format: 'kiwix-bookmarks', version: 1 }))).toEqual({ kind: 'foreign' })
    })
    it('a newer format', async () => {
      const backup = JSON.parse(await good()) as Record<string, unknown>
      expect(await refused(JSON.stringify({ ...backup, version: 2, data: { lists: 'a shape this version does not know' } }))).toEqual({ kind: 'newer', version: 2 })
    })
    it('a damaged one, naming the place', async () => {
      const backup = JSON.parse(await good()) as { data: UserDataRows }
      const reads = [...backup.data.reads, { releaseId: SEED_RELEASE_ID, readAt: 'yesterday' }]
      expect(await refused(JSON.stringify({ ...backup, data: { ...backup.data, reads } }))).toEqual({
        kind: 'invalid',
        where: 'data.reads.2.readAt',
        problem: 'must be an ISO timestamp like 2026-11-28T10:00:00.000Z',
      })
      const orphan = [{ listId: 'no-such-list', releaseId: SEED_RELEASE_ID, savedAt: '2026-11-20T10:00:00.000Z', title: SEED_TITLE, date: '2017-07-06' }]
      expect(await refused(JSON.stringify({ ...backup, data: { ...backup.data, savedItems: orphan } }))).toEqual({
        kind: 'invalid',
        where: 'data',
        problem: 'every saved item must be in a list of savedLists',
      })
      const settings = [{ key: 'theme', value: 'purple' }]
      expect(await refused(JSON.stringify({ ...backup, data: { ...backup.data, settings } }))).toEqual({ kind: 'invalid', where: 'data.settings.0', problem: 'value is not one this setting takes' })
    })
  })

  it('reads a 20,000-read-mark file whole', () => {
    const reads = Array.from({ length: 20_000 }, (_, index) => ({ releaseId: `2020-01-01-release-${index}`, readAt: '2026-11-22T08:00:00.000Z' }))
    const reading = readBackup(JSON.stringify(backupOf({ settings: [], saved: [], savedLists: [], savedItems: [], reads, follows: [], history: [] }, '2026-12-01T10:00:00.000Z')))
    expect(reading.ok && reading.backup.data.reads.length).toBe(20_000)
  })
})
