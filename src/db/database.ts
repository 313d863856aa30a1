/**
 * The one IndexedDB database. Content tables (nodes, summaries, bodyMonths) are
 * replaced by any pack update; user tables (settings, saved, reads) are never
 * touched by an install and must survive every schema version.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie'
import type { Release, TaxonomyNode } from '@/content/types'
import { monthOfRelease } from './body-pack'

/** What lists need: a release without its body, so lists never load bodies. */
export interface ReleaseSummary extends Omit<Release, 'body'> {
  /** Structure ids of the sources, for "releases of the Mission to Moldova". */
  structures: string[]
}

/** A summary as stored: with its row's primary key, its month and its rank in the month by id (see `withStorageKeys`). */
export interface StoredSummary extends ReleaseSummary {
  key: string
}

/**
 * Gives a month's summaries their storage keys: the month and the rank of the
 * release's id in it (`2017-07` + `0000`), so key order is id order (newest
 * last) and a month is one key range. IndexedDB repeats a row's primary key in
 * every index entry, and release ids run to 90 characters: with the four
 * multi-entry indexes, 20,000 summaries took 58 MB keyed by id and 22 MB keyed
 * like this (measured in Chromium, issue 9). Keys change when a month is
 * rewritten, so nothing outside the summaries table may keep one: the reader's
 * data and the search index keep release ids.
 */
export function withStorageKeys(month: string, summaries: readonly ReleaseSummary[]): StoredSummary[] {
  const byId = [...summaries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return byId.map((summary, rank) => ({ ...summary, key: `${month}${rank.toString(36).padStart(4, '0')}` }))
}

/** Storage keys for summaries of any months (the schema v4 upgrade), grouped by the month each id starts with. */
function keyedByMonth(summaries: readonly ReleaseSummary[]): StoredSummary[] {
  const months = new Map<string, ReleaseSummary[]>()
  for (const summary of summaries) {
    const month = monthOfRelease(summary.id)
    const rows = months.get(month)
    if (rows) rows.push(summary)
    else months.set(month, [summary])
  }
  return [...months].flatMap(([month, rows]) => withStorageKeys(month, rows))
}

/** A release's paragraphs, as `getRelease` returns them and as schema v1–v3 stored them (one row each). */
export interface ReleaseBody {
  id: string
  body: string[]
}

/**
 * The bodies of one month's releases, deflated together (src/db/body-pack.ts),
 * kept apart from summaries so that lists never read them. One row per month
 * instead of one per release: a third of the storage or less, and the search
 * worker inflates a few hundred rows instead of reading 20,000.
 */
export interface BodyMonth {
  /** `YYYY-MM`, the month of the pack shard and the first 7 characters of its release ids. */
  month: string
  packed: Uint8Array
}

/** What the last content update changed, for the "12 new releases" notice. */
export interface ContentChange {
  /** ISO timestamp of the switch. */
  at: string
  fromVersion: string
  toVersion: string
  /** Releases that were not on the device before, newest first. */
  newReleaseIds: string[]
  removedReleases: number
}

export interface InstallState {
  key: 'content'
  /** Pack version the content tables are being brought to (or hold, when complete). */
  version: string
  contentDate: string | null
  totalReleases: number
  /** Pack file paths whose records are in the tables. */
  installedFiles: string[]
  complete: boolean
  /** ISO timestamp of the last time the server's manifest was read, successfully. */
  checkedAt?: string
  lastChange?: ContentChange
}

/**
 * A pack file downloaded and verified for an update, waiting for the switch.
 * Paths are content-addressed, so a staged file stays valid for any version
 * that lists it: an interrupted update resumes without downloading it again.
 */
export type StagedFile =
  | { path: string; role: 'taxonomy'; nodes: TaxonomyNode[] }
  | { path: string; role: 'releases'; month: string; summaries: StoredSummary[]; packedBodies: Uint8Array }

export interface Setting {
  key: string
  value: unknown
}

/** A row of the v1–v5 `saved` table: kept as it was; schema v6 copied each into the default list (`savedItems`). */
export interface SavedRelease {
  releaseId: string
  savedAt: string
}

/** The list every save goes to unless the reader picks another; it always exists (created on first use). */
export const DEFAULT_LIST_ID = 'saved'

/** A named reading list of the reader's. The default list's `name` is null: it shows as "Saved" in the reader's language. */
export interface SavedList {
  id: string
  name: string | null
  /** ISO timestamp. */
  createdAt: string
}

/**
 * A release in one of the reader's lists. Title and date are copied at save
 * time, so a saved release that later leaves the content still shows what it was.
 */
export interface SavedItem {
  listId: string
  releaseId: string
  /** ISO timestamp. */
  savedAt: string
  title: string
  /** The release's date, `YYYY-MM-DD`. */
  date: string
}

/**
 * Derived from `reads` and the content, for unread counts without scanning:
 * the nodes a read release is filed under, as `facet:nodeId`
 * (`primaryCountries:mongolia`). Only releases that are in the content have a
 * row; rows of a month are rewritten whenever that month's content is.
 */
export interface ReadNodes {
  releaseId: string
  nodes: string[]
}

/** A country, structure, field or topic the reader follows. */
export interface Follow {
  nodeId: string
  /** ISO timestamp. */
  followedAt: string
}

/** A release the reader opened (the latest opening; one row per release), with what it was when opened. */
export interface HistoryEntry {
  releaseId: string
  /** ISO timestamp. */
  openedAt: string
  title: string
  /** `YYYY-MM-DD`. */
  date: string
}

export interface ReadMark {
  releaseId: string
  readAt: string
}

/** The search index as built in the search worker, kept so a cold start loads it instead of rebuilding. */
export interface SearchIndexRecord {
  key: 'index'
  /** Pack version of the content it was built from (InstallState.version). */
  contentVersion: string
  /** The binary index (src/search/index-format.ts). */
  buffer: ArrayBuffer
  documentCount: number
  /** ISO timestamp. */
  builtAt: string
}

/**
 * How the index is stored: Chromium refuses an IndexedDB value over 127 MiB, and an index of 100,000 releases is
 * about 147 MB. So the row `index` holds its first part and says how many there are; `index:1`, `index:2`… the rest.
 */
export interface StoredSearchIndex extends SearchIndexRecord {
  /** Rows the index's bytes are split over, this one first; absent in rows written before the split (one part). */
  parts?: number
}
export interface SearchIndexPart {
  key: `index:${number}`
  buffer: ArrayBuffer
}

export const DATABASE_NAME = 'osce-field-reader'

export class ReaderDatabase extends Dexie {
  nodes!: EntityTable<TaxonomyNode, 'id'>
  summaries!: EntityTable<StoredSummary, 'key'>
  /** Bodies one row per release, as schema v1–v3 kept them: read as a fallback and repacked into `bodyMonths` by the sync. */
  bodies!: EntityTable<ReleaseBody, 'id'>
  bodyMonths!: EntityTable<BodyMonth, 'month'>
  installState!: EntityTable<InstallState, 'key'>
  settings!: EntityTable<Setting, 'key'>
  /** v1–v5 saves, kept unchanged; the lists are `savedLists` and `savedItems` since v6. */
  saved!: EntityTable<SavedRelease, 'releaseId'>
  savedLists!: EntityTable<SavedList, 'id'>
  savedItems!: Table<SavedItem, [string, string]>
  reads!: EntityTable<ReadMark, 'releaseId'>
  readNodes!: EntityTable<ReadNodes, 'releaseId'>
  follows!: EntityTable<Follow, 'nodeId'>
  history!: EntityTable<HistoryEntry, 'releaseId'>
  /** Every content update that changed releases, newest kept (for "12 new since 28 November"). */
  contentChanges!: EntityTable<ContentChange, 'at'>
  searchIndex!: EntityTable<StoredSearchIndex | SearchIndexPart, 'key'>
  stagedFiles!: EntityTable<StagedFile, 'path'>

  constructor(name = DATABASE_NAME) {
    // Live query results are frozen, not deep-cloned for each subscriber: nothing edits them (useLiveQuery hands out
    // read-only snapshots), and cloning the menu tree and the release lists cost the main thread a long task on a first install.
    super(name, { cache: 'immutable' })
    // Summaries are kept in id order, and release ids start with their ISO date, so any index read in
    // reverse (`where('fields').equals(x).reverse()`) is already newest first.
    this.version(1).stores({
      nodes: 'id, parent, kind',
      releases: 'id, type, *fields, *primaryCountries, *mentionedCountries, *structures',
      bodies: 'id',
      installState: 'key',
      settings: 'key',
      saved: 'releaseId, savedAt',
      reads: 'releaseId, readAt',
    })
    // v2 adds the stored search index. Dexie carries the other tables over unchanged, with every row (content and user).
    this.version(2).stores({ searchIndex: 'key' })
    // v3 adds the staging area of atomic content updates; every other table and row carries over unchanged.
    this.version(3).stores({ stagedFiles: 'path' })
    // v4 keeps bodies one row per month, deflated. Rows of the v1–v3 `bodies` table stay readable until the sync
    // repacks them (compression is asynchronous, so it cannot run inside this upgrade transaction). Staged update
    // files had the old shape; they are only downloads, so they are dropped and fetched again when needed.
    // Summaries move from `releases` (keyed by release id) to `summaries` (short storage keys, the id a unique
    // index), which drops the unused `type` index too: a third of the database's size, and no content is lost
    // on a device that upgrades offline.
    this.version(4)
      .stores({ bodyMonths: 'month', summaries: 'key, &id, *fields, *primaryCountries, *mentionedCountries, *structures' })
      .upgrade(async (transaction) => {
        await transaction.table('stagedFiles').clear()
        const old: ReleaseSummary[] = await transaction.table('releases').toArray()
        await transaction.table('summaries').bulkAdd(keyedByMonth(old))
      })
    // v5 deletes the old `releases` table (Dexie changes a primary key over two versions: copy, then delete).
    this.version(5).stores({ releases: null })
    // v6 adds the reader's own tables (named lists, follows, history), the unread counts' derived `readNodes`, and the
    // log of content changes. The rows of `saved`, `reads` and `settings` are not touched: saves are copied into
    // the default list, and read marks get their nodes from the content installed.
    this.version(6)
      .stores({
        savedLists: 'id, createdAt',
        savedItems: '[listId+releaseId], listId, releaseId, savedAt',
        readNodes: 'releaseId, *nodes',
        follows: 'nodeId, followedAt',
        history: 'releaseId, openedAt',
        contentChanges: 'at',
      })
      .upgrade(upgradeToReaderTables)
  }
}

/** The facets a release is filed under, in the order `ReadNodes.nodes` lists them. */
const READ_NODE_FACETS = ['primaryCountries', 'mentionedCountries', 'structures', 'fields'] as const

/** The `readNodes` index key of a node's releases in a facet: `primaryCountries:mongolia`. */
export function readNodeKey(facet: (typeof READ_NODE_FACETS)[number], id: string): string {
  return `${facet}:${id}`
}

/** Facet keys of a release for `ReadNodes.nodes`. */
export function nodesOfRelease(summary: Pick<ReleaseSummary, (typeof READ_NODE_FACETS)[number]>): string[] {
  return READ_NODE_FACETS.flatMap((facet) => summary[facet].map((id) => readNodeKey(facet, id)))
}

/** The derived `readNodes` row of a read release that is in the content. */
export function readNodesOf(summary: Pick<ReleaseSummary, 'id' | (typeof READ_NODE_FACETS)[number]>): ReadNodes {
  return { releaseId: summary.id, nodes: nodesOfRelease(summary) }
}

async function upgradeToReaderTables(transaction: Transaction): Promise<void> {
  const saves: SavedRelease[] = await transaction.table('saved').toArray()
  const reads: ReadMark[] = await transaction.table('reads').toArray()
  const ids = [...new Set([...saves, ...reads].map((row) => row.releaseId))]
  const summaries: (StoredSummary | undefined)[] = await transaction.table('summaries').where('id').anyOf(ids).toArray()
  const byId = new Map(summaries.filter((summary) => summary !== undefined).map((summary) => [summary.id, summary]))
  if (saves.length > 0) {
    const oldest = saves.reduce((first, save) => (save.savedAt < first ? save.savedAt : first), saves[0]?.savedAt ?? '')
    await transaction.table('savedLists').put({ id: DEFAULT_LIST_ID, name: null, createdAt: oldest } satisfies SavedList)
    await transaction.table('savedItems').bulkPut(
      saves.map((save): SavedItem => {
        const summary = byId.get(save.releaseId)
        return { listId: DEFAULT_LIST_ID, releaseId: save.releaseId, savedAt: save.savedAt, title: summary?.title ?? save.releaseId, date: summary?.date ?? save.releaseId.slice(0, 10) }
      }),
    )
  }
  await transaction.table('readNodes').bulkPut(
    reads.flatMap((read): ReadNodes[] => {
      const summary = byId.get(read.releaseId)
      return summary ? [readNodesOf(summary)] : []
    }),
  )
}

export const db = new ReaderDatabase()
