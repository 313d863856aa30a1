/** The sync worker: downloads, verifies, validates and writes content off the main thread. Logic lives in engine.ts. */
import { expose } from 'comlink'
import { syncContent, type SyncOptions, type SyncOutcome, type SyncProgress } from './engine'
import { withSyncLock } from './lock'
import { createPackSource } from './pack-source'

const api = {
  sync(packBaseUrl: string, options: SyncOptions, onProgress: (progress: SyncProgress) => void): Promise<SyncOutcome> {
    return withSyncLock(() => syncContent({ source: createPackSource(packBaseUrl), options, onProgress }))
  },
}

export type SyncWorkerApi = typeof api

expose(api)
