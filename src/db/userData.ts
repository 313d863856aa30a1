/**
 * All of the reader's own data at once: read for a backup, merged back from
 * one, or cleared ("Clear my traces"). Content tables are never touched here.
 */
import type { Table } from 'dexie'
import { db, DEFAULT_LIST_ID, readNodesOf, type Follow, type HistoryEntry, type ReadMark, type SavedItem, type SavedList, type SavedRelease, type Setting } from './database'

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

/**
 * The rows of `incoming` that are new here or newer than the row they would replace (`stamp` gives the time;
 * same key, same time: the row here stays). The rows here are read whole, in one request, not one get per row:
 * 20,000 read marks are 20,000 requests otherwise.
 */
function newerRows<T>(incoming: readonly T[], here: readonly T[], key: (row: T) => string, stamp: (row: T) => string): Changed<T> {
  const existing = new Map(here.map((row) => [key(row), row]))
  const changed: Changed<T> = { added: [], replaced: [] }
  for (const row of incoming) {
    const current = existing.get(key(row))
    if (current === undefined) changed.added.push(row)
    else if (Date.parse(stamp(row)) > Date.parse(stamp(current))) changed.replaced.push(row)
  }
  return changed
}

/** Rows new to a table, and rows that replace one. */
interface Changed<T> {
  added: T[]
  replaced: T[]
}

/**
 * Writes the changed rows: new ones with `add`, which (unlike `put`) makes Dexie read no old row to
 * tell live queries which index entries changed; a restore into an empty device is all adds.
 */
async function write<T extends I, K, I>(table: Table<T, K, I>, changed: Changed<T>): Promise<number> {
  await table.bulkAdd(changed.added)
  await table.bulkPut(changed.replaced)
  return changed.added.length + changed.replaced.length
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
    const settings = newOnly(incoming.settings, await db.settings.toCollection().primaryKeys(), (row) => row.key)
    const savedLists = newOnly(incoming.savedLists, await db.savedLists.toCollection().primaryKeys(), (row) => row.id)
    const saved = newerRows(incoming.saved, await db.saved.toArray(), (row) => row.releaseId, (row) => row.savedAt)
    const savedItems = newerRows(incoming.savedItems, await db.savedItems.toArray(), (row) => `${row.listId}\n${row.releaseId}`, (row) => row.savedAt)
    const reads = newerRows(incoming.reads, await db.reads.toArray(), (row) => row.releaseId, (row) => row.readAt)
    const follows = newerRows(incoming.follows, await db.follows.toArray(), (row) => row.nodeId, (row) => row.followedAt)
    const history = newerRows(incoming.history, await db.history.toArray(), (row) => row.releaseId, (row) => row.openedAt)
    // An item of a list the backup does not carry goes to the default list's row, which must exist.
    const lists = new Set([...savedLists.map((list) => list.id), ...(await db.savedLists.toCollection().primaryKeys()).map(String)])
    const orphanLists = [...new Set(savedItems.added.map((item) => item.listId))].filter((id) => !lists.has(id))
    const createdAt = savedItems.added.reduce((first, item) => (item.savedAt < first ? item.savedAt : first), savedItems.added[0]?.savedAt ?? '')
    for (const id of orphanLists) savedLists.push({ id, name: id === DEFAULT_LIST_ID ? null : id, createdAt })

    await db.settings.bulkAdd(settings)
    await db.savedLists.bulkAdd(savedLists)
    const counts = {
      settings: settings.length,
      savedLists: savedLists.length,
      saved: await write(db.saved, saved),
      savedItems: await write(db.savedItems, savedItems),
      reads: await write(db.reads, reads),
      follows: await write(db.follows, follows),
      history: await write(db.history, history),
    }
    const readIds = [...reads.added, ...reads.replaced].map((read) => read.releaseId)
    const summaries = await db.summaries.where('id').anyOf(readIds).toArray()
    const nodeRows = summaries.map(readNodesOf)
    const haveNodes = new Set(await db.readNodes.toCollection().primaryKeys())
    await write(db.readNodes, { added: nodeRows.filter((row) => !haveNodes.has(row.releaseId)), replaced: nodeRows.filter((row) => haveNodes.has(row.releaseId)) })
    return counts
  })
}

/** The rows of `incoming` whose key is not here yet. */
function newOnly<T>(incoming: readonly T[], keysHere: readonly unknown[], key: (row: T) => string): T[] {
  const here = new Set(keysHere)
  return incoming.filter((row) => !here.has(key(row)))
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
