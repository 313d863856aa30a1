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

/**
 * Shards are grouped into batches of about `batchSize` releases: one transaction
 * each, large enough to amortise its cost, small enough to keep the page responsive.
 */
export function planInstall(manifest: PackManifest, installedFiles: readonly string[], batchSize = 500): InstallPlan {
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
  for (const file of pending) {
    current.files.push(file)
    for (const path of pathsOfMonth.get(file.shard ?? '') ?? []) if (!listed.has(path)) current.replaces.push(path)
    size += file.count
    if (size >= batchSize) {
      batches.push(current)
      current = { files: [], replaces: [], staleMonths: [] }
      size = 0
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
