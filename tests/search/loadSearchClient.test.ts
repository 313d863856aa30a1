import { afterEach, describe, expect, it, vi } from 'vitest'

describe('loadSearchClient', () => {
  afterEach(() => {
    vi.doUnmock('@/search/client')
    vi.resetModules()
  })

  it('loads the app search client once, however many ask', async () => {
    const { loadSearchClient } = await import('@/search/loadSearchClient')
    const { searchClient } = await import('@/search/client')
    const [first, second] = await Promise.all([loadSearchClient(), loadSearchClient()])
    expect(first).toBe(searchClient)
    expect(second).toBe(searchClient)
  })

  it('tries the load again after a failed one', async () => {
    let attempts = 0
    vi.doMock('@/search/client', () => {
      attempts++
      if (attempts === 1) throw new Error('Failed to fetch dynamically imported module')
      return { searchClient: { name: 'reloaded' } }
    })
    const { loadSearchClient } = await import('@/search/loadSearchClient')
    await expect(loadSearchClient()).rejects.toThrow()
    await expect(loadSearchClient()).resolves.toEqual({ name: 'reloaded' })
    expect(attempts).toBe(2)
  })
})
