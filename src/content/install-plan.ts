/**
 * What an install must do to bring the stored content from the files it holds
 * to a manifest. Pure, so resuming and updating are decided in one tested place.
 */
import type { PackFile, PackManifest } from './types'

export interface ShardBatch {
  files: PackFile[]
  /** Installed file paths these files replace (same months), dropped in the same transaction. */
  replaces: string[]
  /** Months whose releases are no longer in the pack at all. */
  staleMonths: string[]
}

export interface InstallPlan {
  /** Taxonomy file to install, or null when the installed one is current. */
  taxonomy: PackFile | null
  /** Installed taxonomy paths the new one replaces. */
  staleTaxonomy: string[]
  batches: ShardBatch[]
  /** Releases already in place (from files the manifest still lists). */
  installedReleases: number
}

const SHARD_PATH = /^releases\/(\d{4}-\d{2})\./

export function monthOfPath(path: string): string | null {
  return SHARD_PATH.exec(path)?.[1] ?? null
}

/** Releases per batch: the first batch small, so the newest releases show soon; then doubling up to `largest`. */
export interface BatchSizes {
  first: number
  largest: number
}

export const DEFAULT_BATCH_SIZES: Readonly<BatchSizes> = Object.freeze({ first: 500, largest: 2000 })

/**
 * Shards are grouped into batches of releases, one transaction each. The first
 * is small, so a first visit shows the newest releases soon; later ones grow,
 * since each transaction costs a wait for IndexedDB whatever its size (20,000
 * releases in 38 batches of 500 took 9.6 s of writing, in 10 of 2,000 8.6 s).
 */
export function planInstall(manifest: PackManifest, installedFiles: readonly string[], sizes: BatchSizes = DEFAULT_BATCH_SIZES): InstallPlan {
  const installed = new Set(installedFiles)
  const listed = new Set(manifest.files.map((file) => file.path))
  const taxonomyFile = manifest.files.find((file) => file.role === 'taxonomy') ?? null
  const installedShardPaths = installedFiles.filter((path) => monthOfPath(path) !== null)
  const pathsOfMonth = new Map<string, string[]>()
  for (const path of installedShardPaths) {
    const month = monthOfPath(path) ?? ''
    pathsOfMonth.set(month, [...(pathsOfMonth.get(month) ?? []), path])
  }

  const pending = manifest.files.filter((file) => file.role === 'releases' && !installed.has(file.path))
  const manifestMonths = new Set(manifest.files.map((file) => file.shard).filter(Boolean))
  const staleMonths = [...pathsOfMonth.keys()].filter((month) => !manifestMonths.has(month)).sort()

  const batches: ShardBatch[] = []
  // The first batch also clears the months the pack no longer has.
  let current: ShardBatch = { files: [], replaces: staleMonths.flatMap((month) => pathsOfMonth.get(month) ?? []), staleMonths }
  let size = 0
  let batchSize = sizes.first
  for (const file of pending) {
    current.files.push(file)
    for (const path of pathsOfMonth.get(file.shard ?? '') ?? []) if (!listed.has(path)) current.replaces.push(path)
    size += file.count
    if (size >= batchSize) {
      batches.push(current)
      current = { files: [], replaces: [], staleMonths: [] }
      size = 0
      batchSize = Math.min(batchSize * 2, Math.max(sizes.largest, sizes.first))
    }
  }
  if (current.files.length > 0 || current.staleMonths.length > 0) batches.push(current)

  const taxonomyCurrent = taxonomyFile !== null && installed.has(taxonomyFile.path)
  return {
    taxonomy: taxonomyCurrent ? null : taxonomyFile,
    staleTaxonomy: taxonomyCurrent ? [] : installedFiles.filter((path) => path.startsWith('taxonomy.')),
    batches,
    installedReleases: manifest.files
      .filter((file) => file.role === 'releases' && installed.has(file.path))
      .reduce((sum, file) => sum + file.count, 0),
  }
}
