/**
 * The bench's own handle on the built app's search worker, so the shipped app
 * needs no hook for it. An init script wraps `Worker` to keep the search worker
 * the app starts (the one that builds the index after an install), and defines
 * `benchSearchClient(worker)`, which speaks the worker's protocol
 * (src/search/protocol.ts) with message ids far above the app's: the app's
 * client ignores replies to ids it did not send, and so does this one.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { SearchIndexStatus } from '../src/search/worker-core'
import type { SearchRequest, SearchResponse } from '../src/search/types'

export interface BenchSearchClient {
  search(request: SearchRequest): Promise<SearchResponse>
  status(): Promise<SearchIndexStatus | null>
}

export type BenchSearchWindow = Window & {
  /** The search worker the app started, once it has started one. */
  benchSearchWorker?: Worker
  benchSearchClient(worker: Worker): BenchSearchClient
}

export const SEARCH_WORKER_INIT_SCRIPT = `
(() => {
  const NativeWorker = window.Worker
  function CapturingWorker(url, options) {
    const worker = new NativeWorker(url, options)
    if (String(url).includes('search.worker')) window.benchSearchWorker = worker
    return worker
  }
  CapturingWorker.prototype = NativeWorker.prototype
  window.Worker = CapturingWorker
  window.benchSearchClient = (worker) => {
    let nextId = 1e9
    const pending = new Map()
    worker.addEventListener('message', (event) => {
      const reply = event.data
      const entry = pending.get(reply.id)
      if (!entry) return
      pending.delete(reply.id)
      if ('error' in reply) entry.reject(new Error(reply.error))
      else entry.resolve(reply.result)
    })
    const call = (method, request) =>
      new Promise((resolve, reject) => {
        const id = nextId++
        pending.set(id, { resolve, reject })
        worker.postMessage(request ? { id, method, request } : { id, method })
      })
    return { search: (request) => call('search', request), status: () => call('status') }
  }
})()
`

/** The built search worker's URL path (`/assets/search.worker-<hash>.js`), for starting one as the app would. */
export function searchWorkerPath(root: string): string {
  const file = readdirSync(join(root, 'assets')).find((name) => /^search\.worker-.*\.js$/.test(name))
  if (!file) throw new Error(`no search worker chunk in ${join(root, 'assets')}: was the app built?`)
  return `/assets/${file}`
}
