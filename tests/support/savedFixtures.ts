/** Releases in our own words and the helpers the saved-lists tests share (tests/db/saved*.test.ts). */
import { expect } from 'vitest'
import { db } from '@/db/database'
import type { SavedReleaseFacts } from '@/db/saved'
import { savedItemsOf, writeNewList } from '@/db/savedLists'

export const BORDER: SavedReleaseFacts = { id: '2024-03-05-border-guards-train-in-dushanbe', title: 'Border guards train in Dushanbe', date: '2024-03-05' }
/** A title with diacritics, for the filter. */
export const MOLDOVA: SavedReleaseFacts = { id: '2023-11-20-media-forum-in-chisinau', title: 'Media forum opens in Chișinău', date: '2023-11-20' }

export const T1 = '2026-11-01T09:00:00.000Z'
export const T2 = '2026-11-02T09:00:00.000Z'
export const T3 = '2026-11-03T09:00:00.000Z'

export async function newList(name: string, id: string, at = T1): Promise<void> {
  const result = await writeNewList(name, { id, at, defaultListName: 'Saved' })
  if (!result.ok) throw new Error(`could not create ${name}: ${result.problem.kind}`)
}

/** A list's items as `[release id, saved at]`, newest saved first. */
export const itemsOf = async (listId: string, filter?: string) => (await savedItemsOf(listId, filter)).map((item) => [item.releaseId, item.savedAt])

export async function clearDatabase(): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()))
  expect(await db.savedItems.count()).toBe(0)
}
