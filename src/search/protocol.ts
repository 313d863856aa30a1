/** Messages between src/search/client.ts and src/search/search.worker.ts. Plain data only. */
import type { SearchRequest } from './types'

export type SearchMethod = 'search' | 'refresh' | 'status'

export interface WorkerRequest {
  id: number
  method: SearchMethod
  request?: SearchRequest
}

export type WorkerReply = { id: number; result: unknown } | { id: number; error: string }
