import { createHash } from 'node:crypto'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { compileContent } from '@/content/compile'
import { buildPack, type Pack } from '@/content/pack'
import { db } from '@/db/database'
import { readInstallState } from '@/db/install'
import { searchClient } from '@/search/client'
import { useContentInstallStore } from '@/stores/contentInstall'
import { variantPage } from '../support/seedContent'

/** 60 releases over 12 months: 12 shards of 5. */
function samplePack(titleSuffix = ''): Pack {
  const pages = Array.from({ length: 60 }, (_, index) => {
    const page = variantPage(index, `2020-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}`)
    return { ...page, text: page.text.replace('in Mongolia\n', `in Mongolia${titleSuffix}\n`) }
  })
  return buildPack(compileContent(pages), (text) => createHash('sha256').update(text).digest('hex'))
}

/** Serves the pack like the static host does; `failAfter` makes later shard requests fail like a dropped network. */
function servePack(pack: Pack, failAfter = Infinity) {
  let shardRequests = 0
  const requested: string[] = []
  vi.stubGlobal('fetch', async (url: string) => {
    const path = url.replace(/^\/pack\//, '')
    requested.push(path)
    if (path.startsWith('releases/') && ++shardRequests > failAfter) throw new TypeError('Failed to fetch')
    const text = pack.files.get(path)
    return text === undefined ? new Response('missing', { status: 404 }) : new Response(text)
  })
  return requested
}

describe('content install store', () => {
  beforeEach(async () => {
    setActivePinia(createPinia())
    await Promise.all(db.tables.map((table) => table.clear()))
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('installs a pack with exact counts and reports progress to completion', async () => {
    const pack = samplePack()
    servePack(pack)
    const store = useContentInstallStore()
    await store.start()
    expect(store.phase).toBe('ready')
    expect(store.installedReleases).toBe(60)
    expect(store.totalReleases).toBe(60)
    expect(await db.releases.count()).toBe(60)
    expect(await db.bodies.count()).toBe(60)
    expect((await readInstallState())?.complete).toBe(true)
  })

  it('resumes an install interrupted by a network failure, without duplicates or gaps', async () => {
    const pack = samplePack()
    servePack(pack, 3)
    const interrupted = useContentInstallStore()
    // One shard per transaction; the 4th download fails while the 3rd is being written.
    await interrupted.start(5)
    expect(interrupted.phase).toBe('failed')
    expect(interrupted.failure).toMatch(/^Installing stopped at \d+ of 60 releases/)
    expect((await readInstallState())?.complete).toBe(false)
    const partial = await db.releases.count()
    expect(partial).toBe(15)
    expect(interrupted.installedReleases).toBe(15)

    setActivePinia(createPinia())
    const requested = servePack(pack)
    const resumed = useContentInstallStore()
    await resumed.start(5)
    expect(resumed.phase).toBe('ready')
    expect(await db.releases.count()).toBe(60)
    expect(new Set((await db.releases.toArray()).map((release) => release.id)).size).toBe(60)
    // Only what was missing is downloaded again.
    expect(requested.filter((path) => path.startsWith('releases/')).length).toBe(12 - (partial / 5))
  })

  it('does nothing on start-up when the installed version is current', async () => {
    const pack = samplePack()
    servePack(pack)
    await useContentInstallStore().start()
    setActivePinia(createPinia())
    const requested = servePack(pack)
    const again = useContentInstallStore()
    await again.start()
    expect(again.phase).toBe('ready')
    expect(requested).toEqual(['manifest.json'])
  })

  it('asks search to rebuild its index once an install completes, and not on a start-up with current content', async () => {
    const refresh = vi.spyOn(searchClient, 'refresh').mockResolvedValue()
    const pack = samplePack()
    servePack(pack)
    await useContentInstallStore().start()
    expect(refresh).toHaveBeenCalledTimes(1)
    setActivePinia(createPinia())
    servePack(pack)
    await useContentInstallStore().start()
    expect(refresh).toHaveBeenCalledTimes(1)
    refresh.mockRestore()
  })

  it('works offline from a complete install and fails clearly with nothing installed', async () => {
    servePack(samplePack())
    await useContentInstallStore().start()
    setActivePinia(createPinia())
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch')
    })
    const offline = useContentInstallStore()
    await offline.start()
    expect(offline.phase).toBe('ready')

    await Promise.all(db.tables.map((table) => table.clear()))
    setActivePinia(createPinia())
    const empty = useContentInstallStore()
    await empty.start()
    expect(empty.phase).toBe('failed')
    expect(empty.failure).toContain('Could not download the content')
  })

  it('updates to a new pack version, replacing changed content and keeping user data', async () => {
    servePack(samplePack())
    await useContentInstallStore().start()
    await db.settings.put({ key: 'textSize', value: 'large' })
    setActivePinia(createPinia())
    servePack(samplePack(' (updated)'))
    const updated = useContentInstallStore()
    await updated.start()
    expect(updated.phase).toBe('ready')
    const titles = (await db.releases.toArray()).map((release) => release.title)
    expect(titles).toHaveLength(60)
    expect(titles.every((title) => title.endsWith('(updated)'))).toBe(true)
    expect(await db.settings.get('textSize')).toEqual({ key: 'textSize', value: 'large' })
  })
})
