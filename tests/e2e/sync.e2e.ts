/**
 * Content sync in real Chromium against the production build, with a host that
 * switches pack versions, breaks files and counts requests: atomic updates,
 * self-healing downloads and two tabs finding one update. A full disk, no network
 * and a newer schema in another tab are faults 5, 7 and 4 of tests/faults/.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Pack } from '../../src/content/pack'
import { launchPersistentContext } from './support/browser'
import { installState } from './support/indexeddb'
import { waitUntilInstalled } from './support/installed'
import { checkNow, idsOf, packOf, shardPath, storedContent } from './support/packContent'
import { startPackHost, type PackHost } from './support/packHost'
import { pagesOfVersion } from './support/packVersions'

let host: PackHost | undefined
let context: BrowserContext | undefined
let V1: Pack
let V2: Pack

beforeAll(() => {
  V1 = packOf(pagesOfVersion(1))
  V2 = packOf(pagesOfVersion(2))
})

/** The host and browser of the running test (each test opens its own). */
function running(): { host: PackHost; context: BrowserContext } {
  if (!host || !context) throw new Error('no host or browser: open one first')
  return { host, context }
}

afterEach(async () => {
  await context?.close()
  await host?.close()
  context = undefined
  host = undefined
})

async function openInstalled(pack: Pack): Promise<Page> {
  host = await startPackHost(pack)
  context = await launchPersistentContext({ viewport: { width: 1280, height: 900 } })
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(host.url)
  await waitUntilInstalled(page)
  return page
}


describe('content updates', () => {
  it('fetches only the changed files, switches at once, and announces the 3 new releases', async () => {
    const page = await openInstalled(V1)
    running().host.serve(V2)
    running().host.requests.length = 0
    const seen = new Set<string>()
    let polling = true
    const poll = (async () => {
      while (polling) {
        const snapshot = await storedContent(page)
        const ids = [...snapshot.ids].sort()
        const consistent = (snapshot.version === V1.manifest.version && JSON.stringify(ids) === JSON.stringify(idsOf(V1))) || (snapshot.version === V2.manifest.version && JSON.stringify(ids) === JSON.stringify(idsOf(V2)))
        if (!consistent) throw new Error(`a mixed state was visible: version ${snapshot.version} with ${ids.length} releases`)
        seen.add(snapshot.version)
      }
    })()
    await checkNow(page)
    const notice = page.getByRole('link', { name: '3 new releases' })
    await notice.waitFor({ timeout: 30_000 })
    polling = false
    await poll
    expect(seen.has(V2.manifest.version)).toBe(true)
    expect(host?.requests).toEqual(['manifest.json', shardPath(V2, '2019-05'), shardPath(V2, '2018-01')])

    await notice.click()
    await page.getByRole('heading', { name: 'New releases', level: 1 }).waitFor()
    // The heading renders before the list's query answers: wait for the rows, then count them.
    await page.locator('main .release-item').first().waitFor()
    expect(await page.locator('main .release-item').count()).toBe(3)
    await page.goto(`${running().host.url}/releases/${idsOf(V1).find((id) => id.startsWith('2018-01-10'))}`)
    await page.getByText('The corrected version of this release.').waitFor()
    await page.goto(`${running().host.url}/releases/${idsOf(V1).find((id) => id.startsWith('2018-02-10'))}`)
    await page.getByText('Page not found').waitFor()
  })

  it('installs a shard that arrived corrupt once on the next check, without clearing anything', async () => {
    const page = await openInstalled(V1)
    running().host.serve(V2)
    running().host.corruptOnce(shardPath(V2, '2019-05'))
    running().host.requests.length = 0
    await checkNow(page)
    await page.getByRole('link', { name: '3 new releases' }).waitFor({ timeout: 30_000 })
    // The damaged copy was fetched again past the HTTP cache (which would keep it for a year).
    expect(host?.requests.filter((path) => path === shardPath(V2, '2019-05'))).toHaveLength(2)
    expect((await storedContent(page)).ids.sort()).toEqual(idsOf(V2))
  })
})

describe('two tabs', () => {
  it('apply an update found in both at once: one run switches, the other waits and finds it current', async () => {
    const page = await openInstalled(V1)
    const other = await running().context.newPage()
    const otherOpened = new Date().toISOString()
    await other.goto(running().host.url)
    await other.getByRole('heading', { name: 'Latest releases', level: 1 }).waitFor()
    await vi.waitFor(() => expect(running().host.requests.filter((path) => path === 'manifest.json')).toHaveLength(2), { timeout: 30_000, interval: 100 })
    // The other tab's check on start is over (it found the content current): the next checks are the ones under test.
    await vi.waitFor(async () => expect((await installState(other))?.checkedAt ?? '').toSatisfy((at: string) => at > otherOpened), { timeout: 30_000, interval: 100 })
    running().host.serve(V2)
    running().host.requests.length = 0
    await Promise.all([checkNow(page), checkNow(other)])
    await vi.waitFor(() => expect(running().host.requests.filter((path) => path === 'manifest.json')).toHaveLength(2), { timeout: 30_000, interval: 100 })
    await vi.waitFor(async () => expect((await storedContent(page)).version).toBe(V2.manifest.version), { timeout: 30_000, interval: 100 })
    // The second run asked for the manifest only after the first had switched: the changed shards were downloaded once.
    expect(running().host.requests.filter((path) => path.startsWith('releases/')).sort()).toEqual([shardPath(V2, '2018-01'), shardPath(V2, '2019-05')])
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(await other.getByRole('alert').count()).toBe(0)
  })
})
