import { describe, expect, it } from 'vitest'
import { EARLY_MANIFEST_MAX_AGE_MS, withEarlyManifest } from '@/sync/early-manifest'
import type { FetchLike } from '@/sync/pack-source'

const MANIFEST = 'http://localhost/pack/manifest.json'

/** A fake network that answers every request with a numbered body and records what was asked. */
function network(fail = false) {
  const asked: { url: string; cache: RequestCache | undefined }[] = []
  const fetchLike: FetchLike = async (url, init) => {
    asked.push({ url, cache: init.cache })
    if (fail && asked.length === 1) throw new TypeError('Failed to fetch')
    return new Response(`answer ${asked.length}`)
  }
  return { asked, fetchLike }
}

describe('the manifest asked for as the worker starts', () => {
  it('is asked for at once, past the HTTP cache, and answers the first manifest request without a second download', async () => {
    const { asked, fetchLike } = network()
    const fetchPackFile = withEarlyManifest(fetchLike, MANIFEST)
    expect(asked).toEqual([{ url: MANIFEST, cache: 'no-cache' }])
    expect(await (await fetchPackFile(MANIFEST, { cache: 'no-cache' })).text()).toBe('answer 1')
    expect(asked).toHaveLength(1)
  })

  it('is used once: the next check downloads the manifest again', async () => {
    const { asked, fetchLike } = network()
    const fetchPackFile = withEarlyManifest(fetchLike, MANIFEST)
    await fetchPackFile(MANIFEST, { cache: 'no-cache' })
    expect(await (await fetchPackFile(MANIFEST, { cache: 'no-cache' })).text()).toBe('answer 2')
    expect(asked).toHaveLength(2)
  })

  it('is not used once older than its limit: a check long after the start reads a fresh manifest', async () => {
    const { asked, fetchLike } = network()
    let clock = 1_000
    const fetchPackFile = withEarlyManifest(fetchLike, MANIFEST, () => clock)
    clock += EARLY_MANIFEST_MAX_AGE_MS + 1
    expect(await (await fetchPackFile(MANIFEST, { cache: 'no-cache' })).text()).toBe('answer 2')
    expect(asked).toHaveLength(2)
  })

  it('is not given for other files or other cache modes', async () => {
    const { fetchLike } = network()
    const fetchPackFile = withEarlyManifest(fetchLike, MANIFEST)
    expect(await (await fetchPackFile('http://localhost/pack/taxonomy.abc.json', { cache: 'default' })).text()).toBe('answer 2')
  })

  it('when it failed (offline at start), the first request goes to the network as usual', async () => {
    const { asked, fetchLike } = network(true)
    const fetchPackFile = withEarlyManifest(fetchLike, MANIFEST)
    expect(await (await fetchPackFile(MANIFEST, { cache: 'no-cache' })).text()).toBe('answer 2')
    expect(asked.map((request) => request.url)).toEqual([MANIFEST, MANIFEST])
  })
})
