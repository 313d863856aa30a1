/**
 * When an update may apply by itself and when the reader is asked first, and
 * which part of the pack a device keeps. Pure, so every threshold is tested.
 */
import type { PackFile, PackManifest } from '@/content/types'

/** Updates up to this size download by themselves; larger ones ask first. */
export const AUTO_UPDATE_LIMIT_BYTES = 2 * 1024 * 1024

/** Checks triggered by focus or visibility come at most this often. */
export const CHECK_SPACING_MS = 15 * 60 * 1000

/** While the app is open, the manifest is read again this often. */
export const CHECK_INTERVAL_MS = 60 * 60 * 1000

export function needsConsent(downloadBytes: number, saveData: boolean): boolean {
  if (downloadBytes === 0) return false
  return saveData || downloadBytes > AUTO_UPDATE_LIMIT_BYTES
}

/**
 * An update that would take away more than half of the releases on the device
 * is refused: a broken deploy (an empty or truncated pack) must not wipe a
 * reader's offline library. A pack that really drops releases says so in
 * `counts.retired`.
 */
export function refusesShrink(installedReleases: number, manifest: Pick<PackManifest, 'counts'>): boolean {
  const removed = installedReleases - manifest.counts.releases
  return removed > installedReleases / 2 && removed > (manifest.counts.retired ?? 0)
}

/** First month kept when only the last `years` are kept offline (null: keep all). */
export function keepSinceMonth(years: number | null, today: Date): string | null {
  if (years === null) return null
  const year = today.getUTCFullYear() - years
  return `${year}-${String(today.getUTCMonth() + 1).padStart(2, '0')}`
}

/** The files a device with this setting installs: the taxonomy and the shards from `since` on. */
export function keptFiles(manifest: PackManifest, since: string | null): PackFile[] {
  return manifest.files.filter((file) => file.role === 'taxonomy' || since === null || (file.shard ?? '') >= since)
}
