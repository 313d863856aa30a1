import { beforeEach, describe, expect, it } from 'vitest'
import { readSearchIndex } from '@/db/search'
import { createSearchClient, searchClient } from '@/search/client'
import type { WorkerReply, WorkerRequest } from '@/search/protocol'
import type { SearchRequest } from '@/search/types'
import { installContent, SEED_RELEASE_ID } from '../support/seedContent'

const ULAANBAATAR: SearchRequest = { q: 'ulaanbaatar', filters: {}, sort: 'relevance', limit: 20 }

/** A Worker stand-in: `answer` decides each reply; `fail()` fires the error event a worker that cannot load fires. */
function fakeWorker(answer: (message: WorkerRequest) => WorkerReply | null) {
  const target = new EventTarget()
  const sent: WorkerRequest[] = []
  const worker = {
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    postMessage(message: WorkerRequest) {
      sent.push(structuredClone(message))
      const reply = answer(message)
      if (reply) queueMicrotask(() => target.dispatchEvent(new MessageEvent('message', { data: reply })))
    },
    terminate() {
      this.terminated = true
    },
    terminated: false,
  }
  const fail = () => {
    const event = new Event('error', { cancelable: true })
    target.dispatchEvent(event)
  }
  return { worker, sent, fail }
}

describe('search client', () => {
  beforeEach(async () => {
    await installContent()
  })

  it('runs on the main thread where there is no Worker, answering each call', async () => {
    expect(typeof Worker).toBe('undefined')
    const first = searchClient.search(ULAANBAATAR)
    const second = searchClient.search({ ...ULAANBAATAR, q: 'xylophone' })
    const response = await first
    expect(response.hits.map((hit) => hit.id)).toEqual([SEED_RELEASE_ID])
    expect((await second).total).toBe(0)
    expect((await searchClient.status())?.documentCount).toBe(1)
  })

  it('refresh builds and stores the index', async () => {
    await createSearchClient().refresh()
    expect((await readSearchIndex())?.documentCount).toBe(1)
  })

  it('sends plain requests to the worker and settles each call from its reply', async () => {
    const { worker, sent } = fakeWorker((message) =>
      message.method === 'search' && message.request?.q === 'boom'
        ? { id: message.id, error: 'bad query' }
        : {
            id: message.id,
            method: 'search',
            result: { total: 0, hits: [], matchedTerms: [], facets: { type: [], field: [], country: [], structure: [] }, years: [], suggestions: [], tookMs: 1 },
          },
    )
    const client = createSearchClient({ createWorker: () => worker as unknown as Worker })
    const answer = await client.search(ULAANBAATAR)
    expect(answer.tookMs).toBe(1)
    await expect(client.search({ ...ULAANBAATAR, q: 'boom' })).rejects.toThrow('bad query')
    expect(sent.map((message) => message.method)).toEqual(['search', 'search'])
    expect(sent[0]?.request).toEqual(ULAANBAATAR)
  })

  it('falls back to the main thread when the worker fails to start', async () => {
    const { worker, fail } = fakeWorker(() => null)
    const client = createSearchClient({ createWorker: () => worker as unknown as Worker })
    const call = client.search(ULAANBAATAR)
    fail()
    expect((await call).hits[0]?.id).toBe(SEED_RELEASE_ID)
    expect(worker.terminated).toBe(true)
    // Later calls go straight to the main thread.
    expect((await client.search(ULAANBAATAR)).total).toBe(1)
  })

  it('falls back when creating the worker throws', async () => {
    const client = createSearchClient({
      createWorker: () => {
        throw new Error('SecurityError')
      },
    })
    expect((await client.search(ULAANBAATAR)).total).toBe(1)
  })
})
