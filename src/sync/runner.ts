/**
 * Starts sync runs in the sync worker. Where no module worker can start (tests
 * under happy-dom, a browser that refuses it), the same engine runs on the main
 * thread, loaded on demand, so content still installs.
 */
import { proxy, wrap, type Remote } from 'comlink'
import type { SyncOptions, SyncOutcome, SyncProgress } from './engine'
import type { SyncWorkerApi } from './sync.worker'

export type SyncRunner = (options: SyncOptions, onProgress: (progress: SyncProgress) => void) => Promise<SyncOutcome>

export const PACK_BASE_URL = `${import.meta.env.BASE_URL}pack/`

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
  return withSyncLock(() => syncContent({ source: createPackSource(new URL(PACK_BASE_URL, location.href).href), options, onProgress }))
}

export function createSyncRunner(start: () => Remote<SyncWorkerApi> | null = startWorker): SyncRunner {
  let worker: Remote<SyncWorkerApi> | null | undefined
  return (options, onProgress) => {
    worker ??= start()
    if (!worker) return runOnMainThread(options, onProgress)
    // A worker resolves relative URLs against its own script: hand it an absolute pack address.
    return worker.sync(new URL(PACK_BASE_URL, location.href).href, { ...options }, proxy(onProgress))
  }
}
