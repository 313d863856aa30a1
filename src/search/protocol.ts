/**
 * The search worker's methods, typed: each method names its request and its
 * response, so the client, the worker shell and the main-thread fallback agree
 * at compile time. Messages are plain data (they cross postMessage).
 */
import type { SearchNeighbours, SearchRequest, SearchResponse } from './types'
import type { SearchIndexStatus } from './worker-core'

export interface CompletionRequest {
  /** What the reader has typed so far. */
  text: string
  limit: number
}

export interface SearchMethods {
  search: { request: SearchRequest; response: SearchResponse }
  /** Brings the index up to the installed content. */
  refresh: { request: null; response: undefined }
  status: { request: null; response: SearchIndexStatus | null }
  /** Completions of the last word from the index's own dictionary, as whole queries. */
  complete: { request: CompletionRequest; response: string[] }
  /** The releases either side of one in a search's whole result. */
  neighbours: { request: { search: SearchRequest; id: string }; response: SearchNeighbours | null }
}

export type SearchMethod = keyof SearchMethods

export type WorkerRequest = { [Method in SearchMethod]: { id: number; method: Method; request: SearchMethods[Method]['request'] } }[SearchMethod]

export type WorkerReply = { [Method in SearchMethod]: { id: number; method: Method; result: SearchMethods[Method]['response'] } }[SearchMethod] | { id: number; error: string }

/** Anything that answers the methods: the worker core, in the worker or on the main thread. */
export type SearchMethodHandlers = { [Method in SearchMethod]: (request: SearchMethods[Method]['request']) => Promise<SearchMethods[Method]['response']> }

/** Runs one request against `handlers` and pairs the answer with its method for the reply. */
export async function dispatch(handlers: SearchMethodHandlers, message: WorkerRequest): Promise<WorkerReply> {
  switch (message.method) {
    case 'search':
      return { id: message.id, method: message.method, result: await handlers.search(message.request) }
    case 'refresh':
      return { id: message.id, method: message.method, result: await handlers.refresh(message.request) }
    case 'status':
      return { id: message.id, method: message.method, result: await handlers.status(message.request) }
    case 'complete':
      return { id: message.id, method: message.method, result: await handlers.complete(message.request) }
    case 'neighbours':
      return { id: message.id, method: message.method, result: await handlers.neighbours(message.request) }
  }
}

/** The handlers of a worker core. */
export function coreHandlers(core: {
  search(request: SearchRequest): Promise<SearchResponse>
  refresh(): Promise<void>
  status(): Promise<SearchIndexStatus | null>
  complete(text: string, limit: number): Promise<string[]>
  neighbours(request: SearchRequest, id: string): Promise<SearchNeighbours | null>
}): SearchMethodHandlers {
  return {
    search: (request) => core.search(request),
    refresh: async () => {
      await core.refresh()
      return undefined
    },
    status: () => core.status(),
    complete: ({ text, limit }) => core.complete(text, limit),
    neighbours: ({ search, id }) => core.neighbours(search, id),
  }
}
