/**
 * The main thread's handle on search. Requests go to a module Web Worker
 * (src/search/search.worker.ts), created on first use, so loading or building
 * the index never blocks the page. Where there is no Worker (tests under
 * happy-dom, or a browser that fails to start a module worker) the same
 * WorkerCore runs on the main thread instead, loaded on demand.
 *
 * The client answers every call, in the order the worker replies; telling a
 * superseded answer from the current one is the caller's business (useSearch
 * keeps its own ticket per request).
 */
import { coreHandlers, dispatch, type SearchMethod, type SearchMethodHandlers, type SearchMethods, type WorkerReply, type WorkerRequest } from './protocol'
import type { SearchNeighbours, SearchRequest, SearchResponse } from './types'
import type { SearchIndexStatus } from './worker-core'

export type { SearchIndexStatus } from './worker-core'

export interface SearchClient {
  search(request: SearchRequest): Promise<SearchResponse>
  /** Brings the index up to the installed content: call after an install completes. */
  refresh(): Promise<void>
  /** The index in memory and what loading or building it cost; null before the first search or refresh. */
  status(): Promise<SearchIndexStatus | null>
  /** Up to `limit` completions of the last word typed, from the index's dictionary, as whole queries. */
  complete(text: string, limit: number): Promise<string[]>
  /** The releases either side of `id` in the whole result of `request`, or null when it is not in it. */
  neighbours(request: SearchRequest, id: string): Promise<SearchNeighbours | null>
}

interface Pending {
  settle(reply: WorkerReply): void
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

/** The answer of a reply to a `method` request: the one place a reply's result meets its method's type. */
function resultOf<Method extends SearchMethod>(method: Method, reply: WorkerReply): SearchMethods[Method]['response'] {
  if ('error' in reply) throw new Error(reply.error)
  if (reply.method !== method) throw new Error(`Search worker answered ${reply.method} to ${method}.`)
  return reply.result as SearchMethods[Method]['response']
}

export function createSearchClient(options: SearchClientOptions = {}): SearchClient {
  const createWorker = options.createWorker ?? startWorker
  let worker: Worker | null | undefined
  let core: Promise<SearchMethodHandlers> | undefined
  // Message ids pair each reply with its call.
  let nextId = 1
  const pending = new Map<number, Pending>()

  function mainThreadCore(): Promise<SearchMethodHandlers> {
    core ??= import('./worker-core').then(({ WorkerCore }) => coreHandlers(new WorkerCore()))
    return core
  }

  async function runOnMainThread(message: WorkerRequest): Promise<WorkerReply> {
    return dispatch(await mainThreadCore(), message)
  }

  /** The worker could not start or died: answer what it held, and everything after, on the main thread. */
  function abandonWorker(): void {
    worker?.terminate()
    worker = null
    const stranded = [...pending.values()]
    pending.clear()
    for (const entry of stranded) runOnMainThread(entry.message).then(entry.settle, entry.reject)
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
        entry.settle(reply)
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

  function send(message: WorkerRequest): Promise<WorkerReply> {
    const target = ensureWorker()
    if (!target) return runOnMainThread(message)
    return new Promise((settle, reject) => {
      pending.set(message.id, { settle, reject, message })
      target.postMessage(message)
    })
  }

  return {
    async search(request) {
      return resultOf('search', await send({ id: nextId++, method: 'search', request: plainRequest(request) }))
    },
    async refresh() {
      resultOf('refresh', await send({ id: nextId++, method: 'refresh', request: null }))
    },
    async status() {
      return resultOf('status', await send({ id: nextId++, method: 'status', request: null }))
    },
    async complete(text, limit) {
      return resultOf('complete', await send({ id: nextId++, method: 'complete', request: { text, limit } }))
    },
    async neighbours(request, id) {
      return resultOf('neighbours', await send({ id: nextId++, method: 'neighbours', request: { search: plainRequest(request), id } }))
    },
  }
}

export const searchClient = createSearchClient()
