/**
 * The page's one sync worker. It starts with the app's shared state, before the
 * app mounts, so the worker fetches the manifest while the page mounts (see
 * early-manifest.ts); the sync runner then runs every check in it.
 */
import { wrap, type Remote } from 'comlink'
import type { SyncWorkerApi } from './sync.worker'

let started: Remote<SyncWorkerApi> | null | undefined

function startWorker(): Remote<SyncWorkerApi> | null {
  if (typeof Worker === 'undefined') return null
  try {
    // Written out in full so Vite bundles the worker as its own chunk.
    return wrap<SyncWorkerApi>(new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module', name: 'content-sync' }))
  } catch {
    return null
  }
}

/** The sync worker, started on the first call; null where no module worker can start (the engine then runs on the main thread). */
export function syncWorker(): Remote<SyncWorkerApi> | null {
  if (started === undefined) started = startWorker()
  return started
}
