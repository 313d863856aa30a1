/**
 * Saving a release in one of the reader's lists, and taking it out: what every
 * release row's Save needs, kept apart from the lists' management
 * (savedLists.ts) so the first page loads only this. User data, never touched
 * by a content install. Items keep the release's title and date from when it
 * was saved, so a release that later leaves the content still shows what it was.
 */
import { db, DEFAULT_LIST_ID, type ReleaseSummary, type SavedItem, type SavedList } from './database'

/** Why a list could not be created, renamed or deleted; the interface words each one. */
export type ListProblem =
  | { kind: 'empty' }
  | { kind: 'tooLong'; max: number }
  /** Another list already has this name (compared without case or diacritics); `name` is that list's. */
  | { kind: 'taken'; name: string }
  | { kind: 'missing'; listId: string }
  | { kind: 'defaultList' }

export type ListResult<T> = { ok: true; value: T } | { ok: false; problem: ListProblem }

/** What a save copies from the release. */
export type SavedReleaseFacts = Pick<ReleaseSummary, 'id' | 'title' | 'date'>

/** The default list as it is before its first save: it always shows, stored or not. */
export function unstoredDefaultList(): SavedList {
  return { id: DEFAULT_LIST_ID, name: null, createdAt: '' }
}

/** Stores the default list if it is not yet; call inside a `rw` transaction on `savedLists`. */
export async function putDefaultListIfMissing(at: string): Promise<void> {
  if (!(await db.savedLists.get(DEFAULT_LIST_ID))) await db.savedLists.add({ id: DEFAULT_LIST_ID, name: null, createdAt: at })
}

/** A list's row for a release. */
export function itemOf(listId: string, release: SavedReleaseFacts, savedAt: string): SavedItem {
  return { listId, releaseId: release.id, savedAt, title: release.title, date: release.date }
}

/**
 * Saves a release in a list (the default list is created if needed). Saving it
 * again keeps the first save's time, so the list's order does not jump.
 */
export async function putSavedRelease(listId: string, release: SavedReleaseFacts, at = new Date().toISOString()): Promise<ListResult<SavedItem>> {
  return db.transaction('rw', db.savedLists, db.savedItems, async () => {
    if (listId === DEFAULT_LIST_ID) await putDefaultListIfMissing(at)
    else if (!(await db.savedLists.get(listId))) return { ok: false, problem: { kind: 'missing', listId } }
    const earlier = await db.savedItems.get([listId, release.id])
    const item = { ...itemOf(listId, release, earlier?.savedAt ?? at) }
    await db.savedItems.put(item)
    return { ok: true, value: item }
  })
}

/** Takes a release out of a list; true if it was there. */
export async function removeSavedRelease(listId: string, releaseId: string): Promise<boolean> {
  return db.transaction('rw', db.savedItems, async () => {
    const found = (await db.savedItems.get([listId, releaseId])) !== undefined
    if (found) await db.savedItems.delete([listId, releaseId])
    return found
  })
}

/** Whether the release is in the list. */
export async function isInList(listId: string, releaseId: string): Promise<boolean> {
  return (await db.savedItems.get([listId, releaseId])) !== undefined
}

/** Which of these releases are in the list: one read for all the rows a list shows, instead of one per row. */
export async function savedAmong(listId: string, releaseIds: readonly string[]): Promise<Set<string>> {
  const items = await db.savedItems.bulkGet(releaseIds.map((releaseId): [string, string] => [listId, releaseId]))
  return new Set(items.filter((item) => item !== undefined).map((item) => item.releaseId))
}
