/**
 * Runs "Mark all as read" in its own worker, started for the one write and ended after; where no module worker
 * can start (tests under happy-dom), on the main thread.
 */
import { releaseProxy, wrap } from 'comlink'
import type { ReadableList } from '@/db/reads'
import type { ReadsWorkerApi } from './reads.worker'

/** Marks every release of the list read; how many were unread. */
export async function markListRead(list: ReadableList, at: string = new Date().toISOString()): Promise<number> {
  // A plain copy: a list that came through Vue props may be a proxy, which cannot be posted to a worker.
  const plain: ReadableList = list.kind === 'latest' ? { kind: 'latest' } : { kind: 'facet', facet: list.facet, id: list.id }
  let worker: Worker
  try {
    if (typeof Worker === 'undefined') throw new Error('no module worker here')
    // Written out in full so Vite bundles the worker as its own chunk.
    worker = new Worker(new URL('./reads.worker.ts', import.meta.url), { type: 'module', name: 'read-marks' })
  } catch {
    return (await import('@/db/reads')).markAllRead(plain, at)
  }
  const api = wrap<ReadsWorkerApi>(worker)
  try {
    return await api.markAllRead(plain, at)
  } finally {
    api[releaseProxy]()
    worker.terminate()
  }
}
