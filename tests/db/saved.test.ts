import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { db, DEFAULT_LIST_ID } from '@/db/database'
import { isInList, putSavedRelease, removeSavedRelease, type SavedReleaseFacts } from '@/db/saved'
import { deleteList, listsHolding, savedItemsOf, savedListsWithCounts, writeListName, writeNewList } from '@/db/savedLists'

// Releases in our own words.
const BORDER: SavedReleaseFacts = { id: '2024-03-05-border-guards-train-in-dushanbe', title: 'Border guards train in Dushanbe', date: '2024-03-05' }
const MOLDOVA: SavedReleaseFacts = { id: '2023-11-20-media-forum-in-chisinau', title: 'Media forum opens in Chișinău', date: '2023-11-20' }

const T1 = '2026-11-01T09:00:00.000Z'
const T2 = '2026-11-02T09:00:00.000Z'
const T3 = '2026-11-03T09:00:00.000Z'

async function newList(name: string, id: string, at = T1): Promise<void> {
  const result = await writeNewList(name, { id, at, defaultListName: 'Saved' })
  if (!result.ok) throw new Error(`could not create ${name}: ${result.problem.kind}`)
}

const itemsOf = async (listId: string, filter?: string) => (await savedItemsOf(listId, filter)).map((item) => [item.releaseId, item.savedAt])

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('the default list', () => {
  it('shows before its first save, and is stored by it with the release title and date copied', async () => {
    expect(await savedListsWithCounts()).toEqual([{ id: 'saved', name: null, createdAt: '', count: 0 }])
    expect(await db.savedLists.count()).toBe(0)

    const result = await putSavedRelease(DEFAULT_LIST_ID, BORDER, T1)
    expect(result).toEqual({ ok: true, value: { listId: 'saved', releaseId: BORDER.id, savedAt: T1, title: 'Border guards train in Dushanbe', date: '2024-03-05' } })
    expect(await db.savedLists.toArray()).toEqual([{ id: 'saved', name: null, createdAt: T1 }])
    expect(await savedListsWithCounts()).toEqual([{ id: 'saved', name: null, createdAt: T1, count: 1 }])
  })

  it('cannot be deleted, but can be renamed and stays first and the default', async () => {
    await putSavedRelease(DEFAULT_LIST_ID, BORDER, T1)
    expect(await deleteList(DEFAULT_LIST_ID)).toEqual({ ok: false, problem: { kind: 'defaultList' } })
    await newList('Trips', 'trips', T2)
    expect(await writeListName(DEFAULT_LIST_ID, '  Read later ')).toEqual({ ok: true, value: { id: 'saved', name: 'Read later', createdAt: T1 } })
    expect((await savedListsWithCounts()).map((list) => [list.id, list.name, list.count])).toEqual([
      ['saved', 'Read later', 1],
      ['trips', 'Trips', 0],
    ])
  })

  it('is stored by a rename made before any save', async () => {
    expect(await writeListName(DEFAULT_LIST_ID, 'Keep', { at: T2 })).toEqual({ ok: true, value: { id: 'saved', name: 'Keep', createdAt: T2 } })
  })
})

describe('saving and unsaving', () => {
  it('keeps the first save time when a release is saved again', async () => {
    await putSavedRelease(DEFAULT_LIST_ID, BORDER, T1)
    await putSavedRelease(DEFAULT_LIST_ID, MOLDOVA, T2)
    const again = await putSavedRelease(DEFAULT_LIST_ID, BORDER, T3)
    expect(again.ok && again.value.savedAt).toBe(T1)
    expect(await itemsOf(DEFAULT_LIST_ID)).toEqual([
      [MOLDOVA.id, T2],
      [BORDER.id, T1],
    ])
  })

  it('refuses a list that does not exist', async () => {
    expect(await putSavedRelease('nowhere', BORDER, T1)).toEqual({ ok: false, problem: { kind: 'missing', listId: 'nowhere' } })
    expect(await db.savedItems.count()).toBe(0)
  })

  it('unsaves from one list only', async () => {
    await newList('Trips', 'trips')
    await putSavedRelease(DEFAULT_LIST_ID, BORDER, T1)
    await putSavedRelease('trips', BORDER, T2)
    expect(await removeSavedRelease(DEFAULT_LIST_ID, BORDER.id)).toBe(true)
    expect(await removeSavedRelease(DEFAULT_LIST_ID, BORDER.id)).toBe(false)
    expect(await isInList(DEFAULT_LIST_ID, BORDER.id)).toBe(false)
    expect(await isInList('trips', BORDER.id)).toBe(true)
    expect(await listsHolding(BORDER.id)).toEqual(['trips'])
  })
})
