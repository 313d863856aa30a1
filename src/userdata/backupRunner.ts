/**
 * Runs backups in their own worker, started when the reader asks for one and
 * ended after; where no module worker can start (tests under happy-dom), on the main thread.
 */
import { releaseProxy, wrap, type Remote } from 'comlink'
import type { BackupFile, ImportOutcome } from './backup'
import type { BackupWorkerApi } from './backup.worker'

export interface BackupRunner {
  exportBackup(now: Date): Promise<BackupFile>
  importBackup(file: Blob): Promise<ImportOutcome>
}

async function inWorker<T>(task: (api: Remote<BackupWorkerApi>) => Promise<T>, fallback: () => Promise<T>): Promise<T> {
  let worker: Worker
  try {
    if (typeof Worker === 'undefined') return await fallback()
    // Written out in full so Vite bundles the worker as its own chunk.
    worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'backup' })
  } catch {
    return fallback()
  }
  const api = wrap<BackupWorkerApi>(worker)
  try {
    return await task(api)
  } finally {
    api[releaseProxy]()
    worker.terminate()
  }
}

export const backupRunner: BackupRunner = {
  exportBackup: (now) =>
    inWorker(
      (api) => api.exportBackup(now.toISOString()),
      async () => (await import('./backup')).exportBackup(now),
    ),
  importBackup: (file) =>
    inWorker(
      (api) => api.importBackup(file),
      async () => (await import('./backup')).importBackup(await file.text()),
    ),
}
