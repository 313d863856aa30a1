/**
 * Durability of the reader's data: no content update touches it, not even when it takes away a release the
 * reader saved. (The upgrade from every shipped schema version is fault 3: tests/faults/schema-upgrades.test.ts.)
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { Pack } from '@/content/pack'
import { db } from '@/db/database'
import { readUserData } from '@/db/userData'
import { syncContent, type SyncOptions } from '@/sync/engine'
import { createPackSource } from '@/sync/pack-source'
import { createFakePackServer, packOfPages, seedPage } from '../support/packServer'
import { variantPage } from '../support/seedContent'

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
