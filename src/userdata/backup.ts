/**
 * Export and import of the reader's data (Settings, "Your data"), without Vue:
 * the file is read and checked whole before anything is written, then merged in
 * one transaction (src/db/userData.ts), so a refused file changes nothing.
 */
import { readUserData, writeImportedUserData, type MergeCounts } from '@/db/userData'
import { backupFileName, backupOf, readBackup, type BackupProblem } from './backup-format'
import { localDay } from './historyGroups'

export interface BackupFile {
  name: string
  text: string
}

/** Everything the reader has, as the file to download, named for the local day of `now`. */
export async function exportBackup(now: Date): Promise<BackupFile> {
  const backup = backupOf(await readUserData(), now.toISOString())
  return { name: backupFileName(localDay(now)), text: JSON.stringify(backup, null, 1) }
}

export type ImportOutcome = { ok: true; merged: MergeCounts } | { ok: false; problem: BackupProblem }

/** Imports a backup file's text: merged if it is a whole backup this app reads, otherwise refused with nothing written. */
export async function importBackup(text: string): Promise<ImportOutcome> {
  const reading = readBackup(text)
  if (!reading.ok) return reading
  return { ok: true, merged: await writeImportedUserData(reading.backup.data) }
}
