/**
 * Content sync in real Chromium against the production build, with a host that
 * switches pack versions, breaks files and counts requests: atomic updates,
 * self-healing downloads, a full disk, offline starts and a newer schema in another tab.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { compileContent } from '../../src/content/compile'
import { buildPack, type Pack } from '../../src/content/pack'
import { NODE_PACK_TOOLS } from '../../scripts/pack-tools'
import { launchPersistentContext } from './support/browser'
import { installState } from './support/indexeddb'
import { waitUntilInstalled } from './support/installed'
import { startPackHost, type PackHost } from './support/packHost'
import { pagesOfVersion, type PageText } from './support/packVersions'

let host: PackHost | undefined
let context: BrowserContext | undefined
let V1: Pack
let V2: Pack

const packOf = (pages: PageText[]) => buildPack(compileContent(pages), NODE_PACK_TOOLS)
const shardPath = (pack: Pack, month: string) => pack.manifest.files.find((file) => file.shard === month)?.path ?? ''

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

async function openInstalled(pack: Pack, options: { quotaBytes?: number } = {}): Promise<Page> {
  host = await startPackHost(pack)
  context = await launchPersistentContext({ viewport: { width: 1280, height: 900 } })
  const page = context.pages()[0] ?? (await context.newPage())
  // Set before the origin stores anything: Chromium does not apply a later override to storage already in use.
  if (options.quotaBytes) await (await context.newCDPSession(page)).send('Storage.overrideQuotaForOrigin', { origin: host.url, quotaSize: options.quotaBytes })
  await page.goto(host.url)
  await waitUntilInstalled(page)
  return page
}

/** One consistent look at the stored content, in a single read-only transaction (the snapshot a page would render from). */
async function storedContent(page: Page): Promise<{ version: string; ids: string[] }> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('osce-field-reader')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const transaction = database.transaction(['installState', 'summaries'], 'readonly')
    const read = <T,>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const [state, summaries] = await Promise.all([
      read(transaction.objectStore('installState').get('content') as IDBRequest<{ version: string } | undefined>),
      read(transaction.objectStore('summaries').getAll() as IDBRequest<{ id: string }[]>),
    ])
    database.close()
    return { version: state?.version ?? '', ids: summaries.map((summary) => summary.id) }
  })
}

const idsOf = (pack: Pack) => [...pack.files.entries()].filter(([path]) => path.startsWith('releases/')).flatMap(([, text]) => (JSON.parse(text) as { releases: { id: string }[] }).releases.map((release) => release.id)).sort()
const checkNow = (page: Page) => page.evaluate(() => dispatchEvent(new Event('online')))

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

  it('keeps the old content and says how much space is needed when the disk is full', async () => {
    // A 3 MB disk holds the app and v1; the update brings a 6 MB month.
    const page = await openInstalled(V1, { quotaBytes: 3_000_000 })
    const big = packOf(pagesOfVersion(3))
    host?.serve(big)
    await checkNow(page)
    // Over 2 MB: the reader is asked first, with the size.
    const download = page.getByRole('button', { name: 'Download' })
    await download.waitFor({ timeout: 30_000 })
    const offer = (await page.locator('.update-consent__text').textContent())?.replace(/\s+/g, ' ').trim()
    expect(offer).toMatch(/^New content is ready to download: [\d.]+ MB \(600 releases\)\.$/)
    await download.click()
    const alert = page.getByRole('alert')
    await alert.waitFor({ timeout: 30_000 })
    expect(await alert.textContent()).toMatch(/^Not enough storage space on this device: about [\d.]+ MB more is needed\. The content on this device is unchanged\. Free some space, or keep fewer years offline in Settings, then retry\.Retry$/)
    const stored = await storedContent(page)
    expect(stored.version).toBe(V1.manifest.version)
    expect(stored.ids.sort()).toEqual(idsOf(V1))
  })
})

describe('offline', () => {
  it('starts offline with content and shows where the content is from, not an error', async () => {
    const page = await openInstalled(V1)
    await page.evaluate(async () => navigator.serviceWorker.ready)
    await page.reload()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await running().context.setOffline(true)
    await page.reload()
    await page.getByText('Offline — showing content from').waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(await page.getByRole('heading', { name: 'Latest releases', level: 1 }).count()).toBe(1)
  })

  it('says clearly on a first visit without a network, then installs once the network returns', async () => {
    host = await startPackHost(V1)
    host.offline = true
    context = await launchPersistentContext({ viewport: { width: 1280, height: 900 } })
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(host.url)
    const alert = page.getByRole('alert')
    await alert.waitFor({ timeout: 30_000 })
    expect(await alert.textContent()).toBe('Could not download the content: there is no connection to the server. It downloads by itself when the connection is back, or retry now.Retry')
    host.offline = false
    await checkNow(page)
    await waitUntilInstalled(page)
    await page.getByRole('link', { name: /OSCE organizes first seminar/ }).first().waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
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

  it('lets another tab upgrade the schema and offers this one a reload', async () => {
    const page = await openInstalled(V1)
    const other = await running().context.newPage()
    await other.goto(`${running().host.url}/pack/manifest.json`)
    const upgraded = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          // Dexie stores schema version N as IndexedDB version N × 10.
          const request = indexedDB.open('osce-field-reader', 1000)
          request.onblocked = () => resolve('blocked')
          request.onsuccess = () => {
            request.result.close()
            resolve('opened')
          }
          request.onerror = () => resolve(`error ${request.error?.name}`)
        }),
    )
    expect(upgraded).toBe('opened')
    await page.getByText('The app was updated in another tab. Reload to continue.').waitFor()
  })
})
