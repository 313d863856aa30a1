/**
 * All of the reader's own data at once: read for a backup, merged back from
 * one, or cleared ("Clear my traces"). Content tables are never touched here.
 */
import { db, DEFAULT_LIST_ID, nodesOfRelease, type Follow, type HistoryEntry, type ReadMark, type SavedItem, type SavedList, type SavedRelease, type Setting } from './database'

/** The reader's rows, table by table, as stored. */
export interface UserDataRows {
  settings: Setting[]
  saved: SavedRelease[]
  savedLists: SavedList[]
  savedItems: SavedItem[]
  reads: ReadMark[]
  follows: Follow[]
  history: HistoryEntry[]
}

/** How many rows an import added or made newer, per table. */
export type MergeCounts = Record<keyof UserDataRows, number>

const userTables = () => [db.settings, db.saved, db.savedLists, db.savedItems, db.reads, db.follows, db.history]

export async function readUserData(): Promise<UserDataRows> {
  return db.transaction('r', userTables(), async () => {
    const [settings, saved, savedLists, savedItems, reads, follows, history] = await Promise.all([
      db.settings.toArray(),
      db.saved.toArray(),
      db.savedLists.toArray(),
      db.savedItems.toArray(),
      db.reads.toArray(),
      db.follows.toArray(),
      db.history.toArray(),
    ])
    return { settings, saved, savedLists, savedItems, reads, follows, history }
  })
}

/** The rows of `incoming` that are new here or newer than the row they would replace (`stamp` gives the time; same key, same time: the row here stays). */
function newerRows<T>(incoming: readonly T[], existing: readonly (T | undefined)[], stamp: (row: T) => string): T[] {
  return incoming.filter((row, index) => {
    const here = existing[index]
    return here === undefined || Date.parse(stamp(row)) > Date.parse(stamp(here))
  })
}

/**
 * Merges a backup's rows into the reader's, in one transaction: a row that is
 * not here is added; one that is, is replaced only by a newer one (its time:
 * saved, read, followed, opened). Lists keep the name they have here; settings
 * fill only the keys the reader has not set on this device. So importing the
 * same backup twice changes nothing. Read marks of releases in the content get their nodes (unread counts).
 */
export async function writeImportedUserData(incoming: UserDataRows): Promise<MergeCounts> {
  return db.transaction('rw', [...userTables(), db.readNodes, db.summaries], async () => {
    const settings = newOnly(incoming.settings, await db.settings.bulkGet(incoming.settings.map((row) => row.key)))
    const savedLists = newOnly(incoming.savedLists, await db.savedLists.bulkGet(incoming.savedLists.map((row) => row.id)))
    const saved = newerRows(incoming.saved, await db.saved.bulkGet(incoming.saved.map((row) => row.releaseId)), (row) => row.savedAt)
    const savedItems = newerRows(incoming.savedItems, await db.savedItems.bulkGet(incoming.savedItems.map((row): [string, string] => [row.listId, row.releaseId])), (row) => row.savedAt)
    const reads = newerRows(incoming.reads, await db.reads.bulkGet(incoming.reads.map((row) => row.releaseId)), (row) => row.readAt)
    const follows = newerRows(incoming.follows, await db.follows.bulkGet(incoming.follows.map((row) => row.nodeId)), (row) => row.followedAt)
    const history = newerRows(incoming.history, await db.history.bulkGet(incoming.history.map((row) => row.releaseId)), (row) => row.openedAt)
    // An item of a list the backup does not carry goes to the default list's row, which must exist.
    const lists = new Set([...savedLists.map((list) => list.id), ...(await db.savedLists.toCollection().primaryKeys())])
    const orphanLists = [...new Set(savedItems.map((item) => item.listId))].filter((id) => !lists.has(id))
    const createdAt = savedItems.reduce((first, item) => (item.savedAt < first ? item.savedAt : first), savedItems[0]?.savedAt ?? '')
    for (const id of orphanLists) savedLists.push({ id, name: id === DEFAULT_LIST_ID ? null : id, createdAt })

    await db.settings.bulkPut(settings)
    await db.savedLists.bulkPut(savedLists)
    await db.saved.bulkPut(saved)
    await db.savedItems.bulkPut(savedItems)
    await db.reads.bulkPut(reads)
    await db.follows.bulkPut(follows)
    await db.history.bulkPut(history)
    const summaries = await db.summaries.where('id').anyOf(reads.map((read) => read.releaseId)).toArray()
    await db.readNodes.bulkPut(summaries.map((summary) => ({ releaseId: summary.id, nodes: nodesOfRelease(summary) })))
    return { settings: settings.length, saved: saved.length, savedLists: savedLists.length, savedItems: savedItems.length, reads: reads.length, follows: follows.length, history: history.length }
  })
}

/** The rows of `incoming` whose key is not here yet. */
function newOnly<T>(incoming: readonly T[], existing: readonly unknown[]): T[] {
  return incoming.filter((_row, index) => existing[index] === undefined)
}

/**
 * "Clear my traces": saved lists and saves, read marks, follows, history and
 * where the reader last was. Content and the other settings (theme, language…) stay.
 */
export async function clearReaderTraces(): Promise<void> {
  await db.transaction('rw', [db.saved, db.savedLists, db.savedItems, db.reads, db.readNodes, db.follows, db.history, db.settings], async () => {
    await Promise.all([db.saved, db.savedLists, db.savedItems, db.reads, db.readNodes, db.follows, db.history].map((table) => table.clear()))
    await db.settings.delete('lastLocation')
  })
}
