/**
 * Starts sync runs in the sync worker. Where no module worker can start (tests
 * under happy-dom, a browser that refuses it), the same engine runs on the main
 * thread, loaded on demand, so content still installs.
 */
import { proxy, type Remote } from 'comlink'
import type { SyncOptions, SyncOutcome, SyncProgress } from './engine'
import { packBaseUrl } from './pack-location'
import type { SyncWorkerApi } from './sync.worker'
import { syncWorker } from './worker-start'

export type SyncRunner = (options: SyncOptions, onProgress: (progress: SyncProgress) => void) => Promise<SyncOutcome>

async function runOnMainThread(options: SyncOptions, onProgress: (progress: SyncProgress) => void): Promise<SyncOutcome> {
  const [{ syncContent }, { createPackSource }, { withSyncLock }] = await Promise.all([import('./engine'), import('./pack-source'), import('./lock')])
  return withSyncLock(() => syncContent({ source: createPackSource(packBaseUrl(location.href)), options, onProgress }))
}

/** Starts the page's sync worker at once (see worker-start.ts) and runs every check in it, or on the main thread without one. */
export function createSyncRunner(start: () => Remote<SyncWorkerApi> | null = syncWorker): SyncRunner {
  const worker = start()
  return (options, onProgress) => {
    if (!worker) return runOnMainThread(options, onProgress)
    // A worker resolves relative URLs against its own script: hand it an absolute pack address.
    return worker.sync(packBaseUrl(location.href), { ...options }, proxy(onProgress))
  }
}
