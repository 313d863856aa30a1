/**
 * Starts sync runs in the sync worker. Where no module worker can start (tests
 * under happy-dom, a browser that refuses it), the same engine runs on the main
 * thread, loaded on demand, so content still installs.
 */
import { proxy, wrap, type Remote } from 'comlink'
import type { SyncOptions, SyncOutcome, SyncProgress } from './engine'
import { packBaseUrl } from './pack-location'
import type { SyncWorkerApi } from './sync.worker'

export type SyncRunner = (options: SyncOptions, onProgress: (progress: SyncProgress) => void) => Promise<SyncOutcome>

function startWorker(): Remote<SyncWorkerApi> | null {
  if (typeof Worker === 'undefined') return null
  try {
    // Written out in full so Vite bundles the worker as its own chunk.
    return wrap<SyncWorkerApi>(new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module', name: 'content-sync' }))
  } catch {
    return null
  }
}

async function runOnMainThread(options: SyncOptions, onProgress: (progress: SyncProgress) => void): Promise<SyncOutcome> {
  const [{ syncContent }, { createPackSource }, { withSyncLock }] = await Promise.all([import('./engine'), import('./pack-source'), import('./lock')])
  return withSyncLock(() => syncContent({ source: createPackSource(packBaseUrl(location.href)), options, onProgress }))
}

/**
 * Starts the sync worker at once, with the app state and before the mount, not at the first run:
 * it asks for the manifest while the page mounts (early-manifest.ts). Every check runs in it, or on
 * the main thread without one.
 */
export function createSyncRunner(start: () => Remote<SyncWorkerApi> | null = startWorker): SyncRunner {
  const worker = start()
  return (options, onProgress) => {
    if (!worker) return runOnMainThread(options, onProgress)
    // A worker resolves relative URLs against its own script: hand it an absolute pack address.
    return worker.sync(packBaseUrl(location.href), { ...options }, proxy(onProgress))
  }
}
