/**
 * The main thread's handle on search. Requests go to a module Web Worker
 * (src/search/search.worker.ts), created on first use, so loading or building
 * the index never blocks the page. Where there is no Worker (tests under
 * happy-dom, or a browser that fails to start a module worker) the same
 * WorkerCore runs on the main thread instead, loaded on demand.
 *
 * Superseded answers: each search() call carries an increasing `id`, and
 * `latestSearchId` is the id of the newest call. The UI drops a response whose
 * call id is no longer the latest; the client answers every call.
 */
import type { SearchMethod, WorkerReply, WorkerRequest } from './protocol'
import type { SearchRequest, SearchResponse } from './types'
import type { SearchIndexStatus, WorkerCore } from './worker-core'

export type { SearchIndexStatus } from './worker-core'

/** A search in flight: the answer, and the call's id for telling superseded answers apart. */
export type SearchCall = Promise<SearchResponse> & { readonly id: number }

export interface SearchClient {
  search(request: SearchRequest): SearchCall
  /** Id of the newest search() call (0 before any). */
  readonly latestSearchId: number
  /** Brings the index up to the installed content: call after an install completes. */
  refresh(): Promise<void>
  /** The index in memory and what loading or building it cost; null before the first search or refresh. */
  status(): Promise<SearchIndexStatus | null>
}

interface Pending {
  resolve(value: unknown): void
  reject(error: Error): void
  message: WorkerRequest
}

export interface SearchClientOptions {
  /** Starts the worker; null (or a throw) means none is available and WorkerCore runs on the main thread. */
  createWorker?: () => Worker | null
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  // Written out in full so Vite bundles the worker as its own chunk (assets/search.worker-*.js).
  return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' })
}

/** Copies a request into plain data: the UI may hand over reactive proxies, which postMessage cannot clone. */
function plainRequest(request: SearchRequest): SearchRequest {
  return { q: request.q, filters: { ...request.filters }, sort: request.sort, limit: request.limit }
}

export function createSearchClient(options: SearchClientOptions = {}): SearchClient {
  const createWorker = options.createWorker ?? startWorker
  let worker: Worker | null | undefined
  let core: Promise<WorkerCore> | undefined
  let nextId = 1
  let latestSearchId = 0
  const pending = new Map<number, Pending>()

  function mainThreadCore(): Promise<WorkerCore> {
    core ??= import('./worker-core').then(({ WorkerCore }) => new WorkerCore())
    return core
  }

  async function runOnMainThread(message: WorkerRequest): Promise<unknown> {
    const local = await mainThreadCore()
    switch (message.method) {
      case 'search':
        if (!message.request) throw new Error('search: no request')
        return local.search(message.request)
      case 'refresh':
        return local.refresh()
      case 'status':
        return local.status()
    }
  }

  /** The worker could not start or died: answer what it held, and everything after, on the main thread. */
  function abandonWorker(): void {
    worker?.terminate()
    worker = null
    const stranded = [...pending.values()]
    pending.clear()
    for (const entry of stranded) runOnMainThread(entry.message).then(entry.resolve, entry.reject)
  }

  function ensureWorker(): Worker | null {
    if (worker !== undefined) return worker
    try {
      worker = createWorker()
    } catch {
      worker = null
    }
    if (worker) {
      worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
        const reply = event.data
        const entry = pending.get(reply.id)
        if (!entry) return
        pending.delete(reply.id)
        if ('error' in reply) entry.reject(new Error(reply.error))
        else entry.resolve(reply.result)
      })
      // Errors inside a request come back as replies; an error event means the worker itself failed
      // (a module worker the browser cannot load, or a crash).
      worker.addEventListener('error', (event) => {
        event.preventDefault()
        abandonWorker()
      })
    }
    return worker
  }

  function call(method: SearchMethod, id: number, request?: SearchRequest): Promise<unknown> {
    const message: WorkerRequest = request ? { id, method, request: plainRequest(request) } : { id, method }
    const target = ensureWorker()
    if (!target) return runOnMainThread(message)
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, message })
      target.postMessage(message)
    })
  }

  return {
    search(request) {
      const id = nextId++
      latestSearchId = id
      return Object.assign(call('search', id, request) as Promise<SearchResponse>, { id })
    },
    get latestSearchId() {
      return latestSearchId
    },
    async refresh() {
      await call('refresh', nextId++)
    },
    async status() {
      return (await call('status', nextId++)) as SearchIndexStatus | null
    },
  }
}

export const searchClient = createSearchClient()

// Exposed for the browser bench (bench/browser.ts), which drives the real worker in the built app
// without importing hashed chunks. Harmless: it can only search content the page already shows.
if (typeof window !== 'undefined') {
  ;(window as unknown as { fieldReaderSearch?: SearchClient }).fieldReaderSearch = searchClient
}
