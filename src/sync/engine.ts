/**
 * Brings the device's content up to the pack the server offers. Runs in the
 * sync worker (sync.worker.ts); Vue-free and DOM-free apart from fetch.
 *
 * - First install: nothing to protect, so the tables fill in batches with
 *   progress, newest months first, and an interrupted install resumes exactly.
 * - Update: every changed file is downloaded, verified and staged first; then
 *   one rw transaction switches menus, releases, bodies and version at once.
 */
import { monthOfPath, planInstall, type BatchSizes } from '@/content/install-plan'
import type { PackFile, PackManifest } from '@/content/types'
import type { ContentChange, InstallState } from '@/db/database'
import {
  applyStagedUpdate,
  beginInstall,
  completeInstall,
  discardStagedFiles,
  installShards,
  prepareShard,
  readInstallState,
  recordCheck,
  repackLegacyBodies,
  replaceTaxonomy,
  stagedPaths,
  stageFile,
} from '@/db/install'
import { countReleases } from '@/db/content'
import { describeFailure, type SyncFailure } from './failures'
import { parseTaxonomy } from './pack-schema'
import type { PackSource } from './pack-source'
import { keptFiles, needsConsent, refusesShrink } from './policy'

export interface SyncOptions {
  /** The reader agreed to this update's size (or asked for the check by hand). */
  allowLarge: boolean
  /** The browser asks to save data (`navigator.connection.saveData`). */
  saveData: boolean
  /** Keep only shards from this month on (`YYYY-MM`); null keeps all. */
  keepSince: string | null
  /** Releases written per transaction during a first install (content/install-plan.ts). */
  batchSizes?: BatchSizes
  /**
   * The check on start: it may use the manifest the sync worker asked for as it started
   * (early-manifest.ts). Any other check (online, focus, by hand) reads a fresh one.
   */
  onStart?: boolean
}

export type SyncProgress = { stage: 'checking' } | { stage: 'installing' | 'downloading-update' | 'applying-update'; done: number; total: number }

export type SyncOutcome =
  | { kind: 'current' }
  | { kind: 'installed'; releases: number }
  | { kind: 'updated'; change: ContentChange }
  | { kind: 'needs-consent'; bytes: number; releases: number }
  | { kind: 'failed'; failure: SyncFailure; hasContent: boolean }

export interface SyncContext {
  source: PackSource
  options: SyncOptions
  onProgress: (progress: SyncProgress) => void
  now?: () => Date
}

const sumOf = (files: readonly PackFile[], key: 'bytes' | 'count') => files.reduce((total, file) => total + file[key], 0)

export async function syncContent(context: SyncContext): Promise<SyncOutcome> {
  const now = () => (context.now?.() ?? new Date()).toISOString()
  // Bodies kept one row per release by schema v1–v3 stay readable until repacked; a failure here is retried next run.
  await repackLegacyBodies().catch(() => 0)
  const state = await readInstallState()
  let neededBytes = 0
  try {
    context.onProgress({ stage: 'checking' })
    const manifest = await context.source.manifest()
    const files = keptFiles(manifest, context.options.keepSince)
    const wanted = new Set(files.map((file) => file.path))
    const installed = state?.installedFiles ?? []
    if (state?.complete && state.version === manifest.version && installed.length === wanted.size && installed.every((path) => wanted.has(path))) {
      await recordCheck(now())
      return { kind: 'current' }
    }
    neededBytes = sumOf(files.filter((file) => !installed.includes(file.path)), 'bytes')
    if (state?.complete) return await update(context, state, manifest, files, now)
    return await firstInstall(context, state, manifest, files, now)
  } catch (error) {
    return { kind: 'failed', failure: describeFailure(error, neededBytes), hasContent: state?.complete === true }
  }
}

async function firstInstall(context: SyncContext, state: InstallState | undefined, manifest: PackManifest, files: PackFile[], now: () => string): Promise<SyncOutcome> {
  const { source, onProgress } = context
  const kept: PackManifest = { ...manifest, files }
  const plan = planInstall(kept, state?.installedFiles ?? [], context.options.batchSizes)
  const total = sumOf(files.filter((file) => file.role === 'releases'), 'count')
  let done = plan.installedReleases
  onProgress({ stage: 'installing', done, total })
  await beginInstall({ version: manifest.version, contentDate: manifest.contentDate, totalReleases: total })
  const download = (index: number) => {
    const batch = plan.batches[index]
    if (!batch) return null
    const shards = Promise.all(batch.files.map(async (file) => prepareShard(file.path, await source.shard(file))))
    // Awaited on the next turn of the loop; until then a failure must not count as unhandled.
    shards.catch(() => undefined)
    return shards
  }
  // The menus and the newest releases download together: a first visit shows both one round trip sooner.
  const taxonomyFile = plan.taxonomy
  const nodes = taxonomyFile ? source.file(taxonomyFile, (text) => parseTaxonomy(taxonomyFile.path, text)) : null
  nodes?.catch(() => undefined)
  // Download and prepare the next batch while the current one is written.
  let next = download(0)
  if (taxonomyFile && nodes) await replaceTaxonomy(taxonomyFile.path, await nodes, plan.staleTaxonomy)
  for (let index = 0; index < plan.batches.length; index++) {
    const batch = plan.batches[index]
    const shards = await next
    next = download(index + 1)
    if (!batch || !shards) break
    await installShards(shards, batch.staleMonths, batch.replaces)
    done += sumOf(batch.files, 'count')
    onProgress({ stage: 'installing', done, total })
  }
  await completeInstall(now())
  return { kind: 'installed', releases: total }
}

async function update(context: SyncContext, state: InstallState, manifest: PackManifest, files: PackFile[], now: () => string): Promise<SyncOutcome> {
  const { source, onProgress, options } = context
  const installedReleases = await countReleases()
  if (refusesShrink(installedReleases, manifest)) {
    return { kind: 'failed', failure: { reason: 'shrink', installed: installedReleases, offered: manifest.counts.releases }, hasContent: true }
  }
  const installed = new Set(state.installedFiles)
  const changed = files.filter((file) => !installed.has(file.path))
  const staged = await stagedPaths()
  const toDownload = changed.filter((file) => !staged.has(file.path))
  const bytes = sumOf(toDownload, 'bytes')
  if (!options.allowLarge && needsConsent(bytes, options.saveData)) {
    return { kind: 'needs-consent', bytes, releases: sumOf(changed.filter((file) => file.role === 'releases'), 'count') }
  }
  await discardStagedFiles(new Set(changed.map((file) => file.path)))
  let done = 0
  onProgress({ stage: 'downloading-update', done, total: changed.length })
  for (const file of changed) {
    if (!staged.has(file.path)) {
      if (file.role === 'taxonomy') await stageFile({ path: file.path, role: 'taxonomy', nodes: await source.file(file, (text) => parseTaxonomy(file.path, text)) })
      else await stageFile(prepareShard(file.path, await source.shard(file)))
    }
    onProgress({ stage: 'downloading-update', done: ++done, total: changed.length })
  }
  onProgress({ stage: 'applying-update', done: 0, total: 1 })
  const keptMonths = new Set(files.map((file) => file.shard).filter(Boolean))
  const staleMonths = [...new Set(state.installedFiles.map(monthOfPath).filter((month): month is string => month !== null && !keptMonths.has(month)))]
  const change = await applyStagedUpdate({
    target: { version: manifest.version, contentDate: manifest.contentDate, totalReleases: sumOf(files.filter((file) => file.role === 'releases'), 'count'), installedFiles: files.map((file) => file.path) },
    stagedPaths: changed.map((file) => file.path),
    staleMonths,
    at: now(),
  })
  onProgress({ stage: 'applying-update', done: 1, total: 1 })
  return { kind: 'updated', change }
}
