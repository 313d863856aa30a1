import 'fake-indexeddb/auto'
import { BORDER, clearDatabase, itemsOf, MOLDOVA, newList, T1, T2, T3 } from '../support/savedFixtures'
import { beforeEach, describe, expect, it } from 'vitest'
import { db, DEFAULT_LIST_ID } from '@/db/database'
import { isInList, putSavedRelease, removeSavedRelease } from '@/db/saved'
import { deleteList, listsHolding, savedListsWithCounts, writeListName } from '@/db/savedLists'



beforeEach(clearDatabase)

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
