import 'fake-indexeddb/auto'
import { BORDER, clearDatabase, itemsOf, MOLDOVA, newList, T1, T2, T3 } from '../support/savedFixtures'
import { beforeEach, describe, expect, it } from 'vitest'
import { db, DEFAULT_LIST_ID, withStorageKeys, type ReleaseSummary } from '@/db/database'
import { putSavedRelease, type SavedReleaseFacts } from '@/db/saved'
import { deleteList, listsHolding, releasesStillInContent, savedItemsOf, writeItemsToList, writeListName, writeNewList } from '@/db/savedLists'

const ELECTIONS: SavedReleaseFacts = { id: '2022-06-01-election-observers-report', title: 'Election observers publish their report', date: '2022-06-01' }


function summary(facts: SavedReleaseFacts): ReleaseSummary {
  return { ...facts, type: 'Press release', place: null, sources: [], fields: [], primaryCountries: [], mentionedCountries: [], structures: [] }
}



beforeEach(clearDatabase)

describe('creating and renaming lists', () => {
  it('trims the name and collapses its spaces', async () => {
    const result = await writeNewList('  Central   Asia  ', { id: 'asia', at: T1 })
    expect(result).toEqual({ ok: true, value: { id: 'asia', name: 'Central Asia', createdAt: T1 } })
    expect(await db.savedLists.get('asia')).toEqual({ id: 'asia', name: 'Central Asia', createdAt: T1 })
  })

  it('gives each new list an id of its own', async () => {
    const first = await writeNewList('One')
    const second = await writeNewList('Two')
    expect(first.ok && second.ok && first.value.id !== second.value.id).toBe(true)
    expect(first.ok && first.value.id.startsWith('list-')).toBe(true)
  })

  it('refuses an empty name, a name too long, and a name another list has (without case or diacritics)', async () => {
    await newList('Chișinău visits', 'visits')
    expect(await writeNewList('   ')).toEqual({ ok: false, problem: { kind: 'empty' } })
    expect(await writeNewList('x'.repeat(81))).toEqual({ ok: false, problem: { kind: 'tooLong', max: 80 } })
    expect(await writeNewList('CHISINAU  visits')).toEqual({ ok: false, problem: { kind: 'taken', name: 'Chișinău visits' } })
    expect(await writeNewList('saved', { defaultListName: 'Saved' })).toEqual({ ok: false, problem: { kind: 'taken', name: 'Saved' } })
    expect(await db.savedLists.count()).toBe(1)
    expect((await writeNewList('x'.repeat(80), { id: 'long' })).ok).toBe(true)
  })

  it('renames a list, allows a change of case of its own name, refuses another list\'s name and an unknown list', async () => {
    await newList('Trips', 'trips')
    await newList('Reports', 'reports')
    expect(await writeListName('trips', 'TRIPS')).toEqual({ ok: true, value: { id: 'trips', name: 'TRIPS', createdAt: T1 } })
    expect(await writeListName('trips', 'reports')).toEqual({ ok: false, problem: { kind: 'taken', name: 'Reports' } })
    expect(await writeListName('trips', '')).toEqual({ ok: false, problem: { kind: 'empty' } })
    expect(await writeListName('gone', 'Anything')).toEqual({ ok: false, problem: { kind: 'missing', listId: 'gone' } })
    expect(await db.savedLists.get('trips')).toEqual({ id: 'trips', name: 'TRIPS', createdAt: T1 })
  })

  it('creates a list with a release in it, in one go', async () => {
    const result = await writeNewList('Moldova', { id: 'md', at: T2, release: MOLDOVA })
    expect(result.ok).toBe(true)
    expect(await itemsOf('md')).toEqual([[MOLDOVA.id, T2]])
  })
})

describe('deleting a list', () => {
  it('deletes its items and leaves the other lists\' copies', async () => {
    await newList('Trips', 'trips')
    await putSavedRelease('trips', BORDER, T1)
    await putSavedRelease('trips', MOLDOVA, T2)
    await putSavedRelease(DEFAULT_LIST_ID, BORDER, T3)
    expect(await deleteList('trips')).toEqual({ ok: true, value: 2 })
    expect(await db.savedLists.get('trips')).toBeUndefined()
    expect(await db.savedItems.where('listId').equals('trips').count()).toBe(0)
    expect(await itemsOf(DEFAULT_LIST_ID)).toEqual([[BORDER.id, T3]])
    expect(await deleteList('trips')).toEqual({ ok: false, problem: { kind: 'missing', listId: 'trips' } })
  })
})

describe('moving and copying items', () => {
  beforeEach(async () => {
    await newList('Trips', 'trips')
    await putSavedRelease(DEFAULT_LIST_ID, BORDER, T1)
    await putSavedRelease(DEFAULT_LIST_ID, MOLDOVA, T2)
    await putSavedRelease('trips', MOLDOVA, T3)
  })

  it('copies: the target gains what it lacked, keeps its own save time for what it had; copying again adds nothing', async () => {
    expect(await writeItemsToList(DEFAULT_LIST_ID, 'trips', [BORDER.id, MOLDOVA.id], 'copy')).toEqual({ ok: true, value: 1 })
    expect(await itemsOf('trips')).toEqual([
      [MOLDOVA.id, T3],
      [BORDER.id, T1],
    ])
    expect(await itemsOf(DEFAULT_LIST_ID)).toEqual([
      [MOLDOVA.id, T2],
      [BORDER.id, T1],
    ])
    expect(await writeItemsToList(DEFAULT_LIST_ID, 'trips', [BORDER.id, MOLDOVA.id], 'copy')).toEqual({ ok: true, value: 0 })
    expect(await db.savedItems.count()).toBe(4)
  })

  it('moves: the items leave the source, the target keeps its earlier rows', async () => {
    expect(await writeItemsToList(DEFAULT_LIST_ID, 'trips', [BORDER.id, MOLDOVA.id], 'move')).toEqual({ ok: true, value: 1 })
    expect(await itemsOf(DEFAULT_LIST_ID)).toEqual([])
    expect(await itemsOf('trips')).toEqual([
      [MOLDOVA.id, T3],
      [BORDER.id, T1],
    ])
    const moved = await db.savedItems.get(['trips', BORDER.id])
    expect(moved).toEqual({ listId: 'trips', releaseId: BORDER.id, savedAt: T1, title: 'Border guards train in Dushanbe', date: '2024-03-05' })
    expect(await writeItemsToList(DEFAULT_LIST_ID, 'trips', [BORDER.id, MOLDOVA.id], 'move')).toEqual({ ok: true, value: 0 })
    expect(await itemsOf('trips')).toHaveLength(2)
  })

  it('into the default list, even before it is stored, and never into a list that is gone', async () => {
    await db.savedItems.where('listId').equals(DEFAULT_LIST_ID).delete()
    await db.savedLists.delete(DEFAULT_LIST_ID)
    expect(await writeItemsToList('trips', DEFAULT_LIST_ID, [MOLDOVA.id], 'copy')).toEqual({ ok: true, value: 1 })
    expect(await itemsOf(DEFAULT_LIST_ID)).toEqual([[MOLDOVA.id, T3]])
    expect(await writeItemsToList('trips', 'gone', [MOLDOVA.id], 'move')).toEqual({ ok: false, problem: { kind: 'missing', listId: 'gone' } })
    expect(await itemsOf('trips')).toEqual([[MOLDOVA.id, T3]])
  })

  it('ignores ids not in the source, and a move onto the same list', async () => {
    expect(await writeItemsToList('trips', DEFAULT_LIST_ID, [ELECTIONS.id], 'move')).toEqual({ ok: true, value: 0 })
    expect(await writeItemsToList('trips', 'trips', [MOLDOVA.id], 'move')).toEqual({ ok: true, value: 0 })
    expect(await itemsOf('trips')).toEqual([[MOLDOVA.id, T3]])
  })
})

describe('reading lists', () => {
  beforeEach(async () => {
    await putSavedRelease(DEFAULT_LIST_ID, BORDER, T1)
    await putSavedRelease(DEFAULT_LIST_ID, ELECTIONS, T3)
    await putSavedRelease(DEFAULT_LIST_ID, MOLDOVA, T2)
  })

  it('orders items by when they were saved, latest first', async () => {
    expect((await savedItemsOf(DEFAULT_LIST_ID)).map((item) => item.title)).toEqual([
      'Election observers publish their report',
      'Media forum opens in Chișinău',
      'Border guards train in Dushanbe',
    ])
  })

  it('filters titles by every word typed, without regard to case or diacritics', async () => {
    expect(await itemsOf(DEFAULT_LIST_ID, 'chisinau')).toEqual([[MOLDOVA.id, T2]])
    expect(await itemsOf(DEFAULT_LIST_ID, '  CHIȘINĂU  media ')).toEqual([[MOLDOVA.id, T2]])
    expect(await itemsOf(DEFAULT_LIST_ID, 'train report')).toEqual([])
    expect(await itemsOf(DEFAULT_LIST_ID, 'r')).toEqual([
      [ELECTIONS.id, T3],
      [MOLDOVA.id, T2],
      [BORDER.id, T1],
    ])
  })

  it('lists the lists holding a release', async () => {
    await newList('Trips', 'trips')
    await putSavedRelease('trips', MOLDOVA, T3)
    expect((await listsHolding(MOLDOVA.id)).sort()).toEqual(['saved', 'trips'])
    expect(await listsHolding('2020-01-01-never-saved')).toEqual([])
  })

  it('tells which saved releases the content still has', async () => {
    await db.summaries.bulkAdd(withStorageKeys('2024-03', [summary(BORDER)]))
    await db.summaries.bulkAdd(withStorageKeys('2022-06', [summary(ELECTIONS)]))
    expect([...(await releasesStillInContent([BORDER.id, MOLDOVA.id, ELECTIONS.id]))].sort()).toEqual([ELECTIONS.id, BORDER.id])
    expect(await releasesStillInContent([])).toEqual(new Set())
  })

  it('keeps saved items when the content is replaced', async () => {
    await db.summaries.bulkAdd(withStorageKeys('2024-03', [summary(BORDER)]))
    await db.summaries.clear()
    expect(await itemsOf(DEFAULT_LIST_ID)).toHaveLength(3)
    expect(await releasesStillInContent([BORDER.id])).toEqual(new Set())
  })
})
