/**
 * Writes of pack content, in two shapes:
 * - a first install fills the empty tables in batches, each one rw transaction
 *   that also records its files, so an interrupted install resumes exactly;
 * - an update downloads into `stagedFiles` first and then switches everything
 *   (menus, releases, bodies, version) in one rw transaction, so a reader sees
 *   the old content or the new, never a mix.
 * Callers pass plain data (never Vue proxies): this module is used from the sync worker.
 */
import type { PackedRelease, TaxonomyNode } from '@/content/types'
import { monthOfPath } from '@/content/install-plan'
import { monthOfRelease, packBodies } from './body-pack'
import { db, withStorageKeys, type ContentChange, type InstallState, type ReleaseSummary, type StagedFile } from './database'
import { addReadNodesOf, dropReadNodesOfMonths } from './reads'

export { readInstallState } from './install-state'

export type PreparedShard = Extract<StagedFile, { role: 'releases' }>

function summarise(release: PackedRelease): ReleaseSummary {
  const structures = [...new Set(release.sources.map((source) => source.structure).filter((id): id is string => !!id))]
  return { ...release, structures }
}

/** A month as downloaded and checked (src/sync/shard-bodies.ts): summaries, and bodies already packed as stored. */
export interface ShardToWrite {
  month: string
  releases: readonly PackedRelease[]
  packedBodies: Uint8Array
}

/** Gives a month's summaries their storage keys, ready to write (in the sync worker, off the main thread). */
export function prepareShard(path: string, shard: ShardToWrite): PreparedShard {
  const stray = shard.releases.find((release) => monthOfRelease(release.id) !== shard.month)
  // Bodies are found by the month their id starts with; a release filed under another month could never be opened.
  if (stray) throw new Error(`${path}: release ${stray.id} is not of the shard's month ${shard.month}`)
  return { path, role: 'releases', month: shard.month, summaries: withStorageKeys(shard.month, shard.releases.map(summarise)), packedBodies: shard.packedBodies }
}

/** The tables a month of content lives in (`bodies` only for rows kept from schema v1–v3). */
const MONTH_TABLES = [db.summaries, db.bodyMonths, db.bodies]
/**
 * What a write of months needs besides them: `readNodes` is derived from the read marks and the summaries,
 * so it is rewritten for a month in the same transaction as the month's summaries (`reads` is only read).
 */
const READ_TABLES = [db.reads, db.readNodes]

/** The ids of the releases stored in the months: ids start with the ISO date, so each month is one range of the id index. */
async function idsInMonths(months: readonly string[]): Promise<string[]> {
  const perMonth = await Promise.all(months.map((month) => db.summaries.where('id').between(`${month}-`, `${month}-\uffff`).keys()))
  return perMonth.flat().map(String)
}

/**
 * Deletes the months' rows by key range, without reading them: one request per month and table
 * instead of a read of its keys first. Call inside a rw transaction.
 */
async function dropMonths(months: readonly string[]): Promise<void> {
  await Promise.all([
    db.bodyMonths.bulkDelete([...months]),
    dropReadNodesOfMonths(months),
    ...months.flatMap((month) => [
      // Storage keys start with the month (withStorageKeys); legacy body rows are keyed by id, which starts with it too.
      db.summaries.where(':id').between(month, `${month}\uffff`).delete(),
      db.bodies.where(':id').between(`${month}-`, `${month}-\uffff`).delete(),
    ]),
  ])
}

/** The tables' writes issued at once: one round trip to IndexedDB instead of two. Read nodes of the months must be dropped first. */
async function putShards(shards: readonly PreparedShard[]): Promise<void> {
  const summaries = shards.flatMap((shard) => shard.summaries)
  await Promise.all([
    db.summaries.bulkPut(summaries),
    db.bodyMonths.bulkPut(shards.map((shard) => ({ month: shard.month, packed: shard.packedBodies }))),
    addReadNodesOf(summaries),
  ])
}

// ---- First install: batches -------------------------------------------------

/**
 * Records the version being installed; the files already in place stay recorded. An install with no file
 * in place starts from empty content tables, so that from here on a month has rows only once its file is
 * recorded (installShards writes both in one transaction) and a month not yet recorded needs no clearing.
 */
export async function beginInstall(target: Pick<InstallState, 'version' | 'contentDate' | 'totalReleases'>): Promise<void> {
  await db.transaction('rw', [...MONTH_TABLES, db.readNodes, db.installState], async () => {
    const previous = await db.installState.get('content')
    const installedFiles = previous?.installedFiles ?? []
    if (installedFiles.length === 0) await Promise.all([...MONTH_TABLES, db.readNodes].map((table) => table.clear()))
    const { version, contentDate, totalReleases } = target
    await db.installState.put({ key: 'content', version, contentDate, totalReleases, installedFiles, complete: false })
  })
}

export async function replaceTaxonomy(path: string, nodes: readonly TaxonomyNode[], replaces: readonly string[]): Promise<void> {
  await db.transaction('rw', db.nodes, db.installState, async () => {
    await db.nodes.clear()
    await db.nodes.bulkPut([...nodes])
    await markFiles([path], replaces)
  })
}

/**
 * Writes the shards' months and records their files; the months of the installed files they replace and
 * the stale months are emptied first. A month with no recorded file has no rows (see beginInstall), so a
 * first install writes without deleting anything: an await less per batch, which cost up to 4 s over
 * 20,000 releases while the worker prepared the next batch.
 */
export async function installShards(shards: readonly PreparedShard[], staleMonths: readonly string[], replaces: readonly string[]): Promise<void> {
  const emptied = [...new Set([...staleMonths, ...replaces.map(monthOfPath).filter((month): month is string => month !== null)])]
  await db.transaction('rw', [...MONTH_TABLES, ...READ_TABLES, db.installState], async () => {
    if (emptied.length > 0) await dropMonths(emptied)
    await Promise.all([putShards(shards), markFiles(shards.map((shard) => shard.path), replaces)])
  })
}

async function markFiles(added: readonly string[], removed: readonly string[]): Promise<void> {
  await db.installState.where('key').equals('content').modify((state) => {
    const files = new Set(state.installedFiles)
    for (const path of removed) files.delete(path)
    for (const path of added) files.add(path)
    state.installedFiles = [...files]
  })
}

export async function completeInstall(checkedAt: string): Promise<void> {
  await db.installState.update('content', { complete: true, checkedAt })
}

// ---- Updates: stage, then switch at once ------------------------------------

export async function stagedPaths(): Promise<Set<string>> {
  return new Set(await db.stagedFiles.toCollection().primaryKeys())
}

export async function stageFile(file: StagedFile): Promise<void> {
  await db.transaction('rw', db.stagedFiles, async () => {
    await db.stagedFiles.put(file)
  })
}

/** Drops staged files no plan needs any more (a newer version replaced them). */
export async function discardStagedFiles(keep: ReadonlySet<string>): Promise<void> {
  await db.transaction('rw', db.stagedFiles, async () => {
    const stale = (await db.stagedFiles.toCollection().primaryKeys()).filter((path) => !keep.has(path))
    await db.stagedFiles.bulkDelete(stale)
  })
}

export interface UpdateSwitch {
  target: Pick<InstallState, 'version' | 'contentDate' | 'totalReleases' | 'installedFiles'>
  /** Staged files to put in place: at most one taxonomy and any number of shards. */
  stagedPaths: readonly string[]
  /** Months whose releases leave the device. */
  staleMonths: readonly string[]
  at: string
}

/**
 * Puts every staged file of an update in place in one rw transaction. If any
 * step fails (a missing staged file, a full disk), the transaction aborts and
 * the device keeps the previous version exactly as it was.
 */
export async function applyStagedUpdate(update: UpdateSwitch): Promise<ContentChange> {
  return db.transaction('rw', [db.nodes, ...MONTH_TABLES, ...READ_TABLES, db.installState, db.stagedFiles, db.contentChanges], async () => {
    const previous = await db.installState.get('content')
    const staged = await db.stagedFiles.bulkGet([...update.stagedPaths])
    const missing = update.stagedPaths.find((_path, index) => !staged[index])
    if (missing !== undefined) throw new Error(`staged file ${missing} is missing`)
    const files = staged.filter((file): file is StagedFile => !!file)
    const taxonomy = files.find((file) => file.role === 'taxonomy')
    if (taxonomy) {
      await db.nodes.clear()
      await db.nodes.bulkPut(taxonomy.nodes)
    }
    const shards = files.filter((file): file is PreparedShard => file.role === 'releases')
    const months = [...update.staleMonths, ...shards.map((shard) => shard.month)]
    const before = new Set(await idsInMonths(months))
    await dropMonths(months)
    await putShards(shards)
    const after = shards.flatMap((shard) => shard.summaries.map((summary) => summary.id))
    const afterSet = new Set(after)
    const change: ContentChange = {
      at: update.at,
      fromVersion: previous?.version ?? '',
      toVersion: update.target.version,
      newReleaseIds: after.filter((id) => !before.has(id)).sort().reverse(),
      removedReleases: [...before].filter((id) => !afterSet.has(id)).length,
    }
    await db.installState.put({ key: 'content', ...update.target, complete: true, checkedAt: update.at, lastChange: change })
    if (change.newReleaseIds.length > 0) await logContentChange(change)
    await db.stagedFiles.bulkDelete([...update.stagedPaths])
    return change
  })
}

/** How many content changes the log keeps: months of daily updates, for "new since" a reader's last visit. */
export const CONTENT_CHANGES_KEPT = 200

/** Adds an update to the log of content changes, dropping the oldest beyond CONTENT_CHANGES_KEPT. */
async function logContentChange(change: ContentChange): Promise<void> {
  await db.contentChanges.put(change)
  const beyond = await db.contentChanges.orderBy('at').reverse().offset(CONTENT_CHANGES_KEPT).primaryKeys()
  await db.contentChanges.bulkDelete(beyond)
}

/** Remembers a successful look at the server's manifest (for "last checked" in Settings). */
export async function recordCheck(at: string): Promise<void> {
  await db.transaction('rw', db.installState, async () => {
    await db.installState.update('content', { checkedAt: at })
  })
}

/** Removes all content and its search index; the reader's own tables are not touched (`readNodes` is derived from the content). */
export async function removeAllContent(): Promise<void> {
  const tables = [db.nodes, ...MONTH_TABLES, db.readNodes, db.installState, db.stagedFiles, db.searchIndex, db.contentChanges]
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()))
  })
}

// ---- Bodies kept from schema v1–v3 ---------------------------------------------

/**
 * Moves bodies stored one row per release (schema v1–v3) into packed months,
 * one month per transaction, so the reader keeps every text offline across the
 * schema change and an interruption resumes where it stopped. Returns the
 * number of months repacked. Runs in the sync worker.
 */
export async function repackLegacyBodies(): Promise<number> {
  let repacked = 0
  for (;;) {
    const first = await db.bodies.orderBy('id').first()
    if (!first) return repacked
    const month = monthOfRelease(first.id)
    const legacy = await db.bodies.where('id').between(`${month}-`, `${month}-\uffff`).toArray()
    const packed = await packBodies(legacy)
    await db.transaction('rw', db.bodies, db.bodyMonths, async () => {
      // A month written since (by an update) is newer than these rows: keep it.
      if (!(await db.bodyMonths.get(month))) await db.bodyMonths.put({ month, packed })
      await db.bodies.bulkDelete(legacy.map((body) => body.id))
    })
    repacked++
  }
}
