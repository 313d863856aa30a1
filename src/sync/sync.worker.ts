/**
 * The sync worker: downloads, verifies, validates and writes content off the main thread. Logic lives in engine.ts.
 * This entry is kept small on purpose: it asks for the manifest as soon as it runs, and loads the engine (Dexie,
 * the schemas, hashing) meanwhile, so the manifest download never waits for the engine's code.
 */
import { expose } from 'comlink'
import type { SyncOptions, SyncOutcome, SyncProgress } from './engine'
import { withEarlyManifest } from './early-manifest'
import { manifestUrl } from './pack-location'

const fetchWithEarlyManifest = withEarlyManifest((url, init) => fetch(url, init), manifestUrl(self.location.href))
const engine = Promise.all([import('./engine'), import('./lock'), import('./pack-source')])

// The first Intl formatter of a renderer process loads ICU's data: about 70 ms, once per process, shared by its
// threads. Paid here, while the manifest downloads, it is not paid by the page's first progress or date, which
// would otherwise be a main-thread long task on a first visit.
new Intl.NumberFormat().format(0)
new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(0)

const api = {
  async sync(packBaseUrl: string, options: SyncOptions, onProgress: (progress: SyncProgress) => void): Promise<SyncOutcome> {
    const [{ syncContent }, { withSyncLock }, { createPackSource }] = await engine
    const source = options.onStart ? createPackSource(packBaseUrl, fetchWithEarlyManifest) : createPackSource(packBaseUrl)
    return withSyncLock(() => syncContent({ source, options, onProgress }))
  },
}

export type SyncWorkerApi = typeof api

expose(api)
