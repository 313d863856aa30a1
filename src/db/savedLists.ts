/**
 * The reader's named lists: create, rename, delete, move and copy items, and
 * the reads of the Saved page. Saving one release is in saved.ts.
 */
import { fold } from '@/content/text'
import { db, DEFAULT_LIST_ID, type SavedItem, type SavedList } from './database'
import { itemOf, putDefaultListIfMissing, unstoredDefaultList, type ListResult, type SavedReleaseFacts } from './saved'

/** Longer names are refused: a list's name is a label, not a note. */
export const LIST_NAME_MAX_LENGTH = 80

export interface SavedListWithCount extends SavedList {
  count: number
}

export type TransferMode = 'move' | 'copy'

const nameKey = (name: string) => fold(name.trim()).replace(/\s+/g, ' ')

/**
 * Checks a new name against the other lists. `defaultListName` is the default
 * list's name as the reader sees it ("Saved") while it has none of its own.
 */
async function checkName(name: string, exceptListId: string | null, defaultListName: string | undefined): Promise<ListResult<string>> {
  const trimmed = name.trim().replace(/\s+/g, ' ')
  if (trimmed === '') return { ok: false, problem: { kind: 'empty' } }
  if (trimmed.length > LIST_NAME_MAX_LENGTH) return { ok: false, problem: { kind: 'tooLong', max: LIST_NAME_MAX_LENGTH } }
  const lists = await db.savedLists.toArray()
  if (!lists.some((list) => list.id === DEFAULT_LIST_ID)) lists.push(unstoredDefaultList())
  const key = nameKey(trimmed)
  for (const list of lists) {
    if (list.id === exceptListId) continue
    const shown = list.name ?? defaultListName
    if (shown !== undefined && nameKey(shown) === key) return { ok: false, problem: { kind: 'taken', name: shown } }
  }
  return { ok: true, value: trimmed }
}

export interface NewListOptions {
  /** The default list's shown name, so a new list cannot take it. */
  defaultListName?: string
  /** A release to put in the new list at once (the release page's "New list"). */
  release?: SavedReleaseFacts
  /** ISO timestamp; now unless given. */
  at?: string
  /** The new list's id; a random one unless given. */
  id?: string
}

/** Creates a list with a trimmed, non-empty name no other list has. */
export async function writeNewList(name: string, options: NewListOptions = {}): Promise<ListResult<SavedList>> {
  const at = options.at ?? new Date().toISOString()
  return db.transaction('rw', db.savedLists, db.savedItems, async () => {
    const checked = await checkName(name, null, options.defaultListName)
    if (!checked.ok) return checked
    const list: SavedList = { id: options.id ?? `list-${crypto.randomUUID()}`, name: checked.value, createdAt: at }
    await db.savedLists.add(list)
    if (options.release) await db.savedItems.put(itemOf(list.id, options.release, at))
    return { ok: true, value: list }
  })
}

/** Renames a list; the default list can be renamed too (it stays the default). */
export async function writeListName(listId: string, name: string, options: { defaultListName?: string; at?: string } = {}): Promise<ListResult<SavedList>> {
  return db.transaction('rw', db.savedLists, async () => {
    const stored = await db.savedLists.get(listId)
    if (!stored && listId !== DEFAULT_LIST_ID) return { ok: false, problem: { kind: 'missing', listId } }
    const checked = await checkName(name, listId, options.defaultListName)
    if (!checked.ok) return checked
    const list: SavedList = { ...(stored ?? unstoredDefaultList()), name: checked.value }
    if (!stored) list.createdAt = options.at ?? new Date().toISOString()
    await db.savedLists.put(list)
    return { ok: true, value: list }
  })
}

/** Deletes a list and every item in it. The default list cannot be deleted. */
export async function deleteList(listId: string): Promise<ListResult<number>> {
  if (listId === DEFAULT_LIST_ID) return { ok: false, problem: { kind: 'defaultList' } }
  return db.transaction('rw', db.savedLists, db.savedItems, async () => {
    if (!(await db.savedLists.get(listId))) return { ok: false, problem: { kind: 'missing', listId } }
    const removed = await db.savedItems.where('listId').equals(listId).delete()
    await db.savedLists.delete(listId)
    return { ok: true, value: removed }
  })
}
/**
 * Moves or copies items of one list into another. An item the target already
 * holds keeps its own save time there, so doing it twice changes nothing more.
 * Returns how many items the target gained.
 */
export async function writeItemsToList(fromListId: string, toListId: string, releaseIds: readonly string[], mode: TransferMode): Promise<ListResult<number>> {
  return db.transaction('rw', db.savedLists, db.savedItems, async () => {
    if (toListId === DEFAULT_LIST_ID) await putDefaultListIfMissing(new Date().toISOString())
    else if (!(await db.savedLists.get(toListId))) return { ok: false, problem: { kind: 'missing', listId: toListId } }
    if (fromListId === toListId) return { ok: true, value: 0 }
    const sources = (await db.savedItems.bulkGet(releaseIds.map((id): [string, string] => [fromListId, id]))).filter((item) => item !== undefined)
    const present = await db.savedItems.bulkGet(sources.map((item): [string, string] => [toListId, item.releaseId]))
    const added = sources.filter((_, index) => present[index] === undefined).map((item) => ({ ...item, listId: toListId }))
    await db.savedItems.bulkAdd(added)
    if (mode === 'move') await db.savedItems.bulkDelete(sources.map((item): [string, string] => [fromListId, item.releaseId]))
    return { ok: true, value: added.length }
  })
}

/** Every list with how many items it holds: the default list first (even before its first save), then by creation. */
export async function savedListsWithCounts(): Promise<SavedListWithCount[]> {
  const stored = await db.savedLists.orderBy('createdAt').toArray()
  const lists = [stored.find((list) => list.id === DEFAULT_LIST_ID) ?? unstoredDefaultList(), ...stored.filter((list) => list.id !== DEFAULT_LIST_ID)]
  const counts = await Promise.all(lists.map((list) => db.savedItems.where('listId').equals(list.id).count()))
  return lists.map((list, index) => ({ ...list, count: counts[index] ?? 0 }))
}

/**
 * A list's items, the latest saved first; `filter` keeps those whose title has
 * every word of it, without regard to case or diacritics (`chisinau` finds `Chișinău`).
 */
export async function savedItemsOf(listId: string, filter = ''): Promise<SavedItem[]> {
  const items = await db.savedItems.where('listId').equals(listId).toArray()
  const words = fold(filter).split(/\s+/).filter((word) => word !== '')
  const matching = words.length === 0 ? [...items] : items.filter((item) => words.every((word) => fold(item.title).includes(word)))
  return matching.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.releaseId < b.releaseId ? -1 : 1))
}

/** Ids of the lists that hold the release. */
export async function listsHolding(releaseId: string): Promise<string[]> {
  return (await db.savedItems.where('releaseId').equals(releaseId).toArray()).map((item) => item.listId)
}

/** Which of these release ids the installed content still has (index keys only: no summary is read). */
export async function releasesStillInContent(releaseIds: readonly string[]): Promise<Set<string>> {
  if (releaseIds.length === 0) return new Set()
  const keys = await db.summaries.where('id').anyOf([...releaseIds]).keys()
  return new Set(keys.filter((key): key is string => typeof key === 'string'))
}
