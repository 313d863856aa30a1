/** The sync worker: downloads, verifies, validates and writes content off the main thread. Logic lives in engine.ts. */
import { expose } from 'comlink'
import { syncContent, type SyncOptions, type SyncOutcome, type SyncProgress } from './engine'
import { withEarlyManifest } from './early-manifest'
import { withSyncLock } from './lock'
import { manifestUrl } from './pack-location'
import { createPackSource } from './pack-source'

// The page starts this worker before it mounts; the manifest is on its way before the first check asks for it.
const fetchPackFile = withEarlyManifest((url, init) => fetch(url, init), manifestUrl(self.location.href))

const api = {
  sync(packBaseUrl: string, options: SyncOptions, onProgress: (progress: SyncProgress) => void): Promise<SyncOutcome> {
    return withSyncLock(() => syncContent({ source: createPackSource(packBaseUrl, fetchPackFile), options, onProgress }))
  },
}

export type SyncWorkerApi = typeof api

expose(api)
