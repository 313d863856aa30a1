/**
 * Fault 7, no network or a network that drops, against the production build: a first visit without a
 * connection, a start without one on a device with content, and the connection lost in the middle of a
 * month's download, on a first install and on an update.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Pack } from '../../src/content/pack'
import { launchPersistentContext } from '../e2e/support/browser'
import { startFlakyNetwork, type FlakyNetwork } from '../e2e/support/flakyNetwork'
import { countRows, installState } from '../e2e/support/indexeddb'
import { waitUntilInstalled } from '../e2e/support/installed'
import { checkNow, idsOf, packOf, shardPath, storedContent } from '../e2e/support/packContent'
import { startPackHost, type PackHost } from '../e2e/support/packHost'
import { pagesOfVersion } from '../e2e/support/packVersions'
import { saveAndReadSeed, STORES } from '../e2e/support/readerData'
import { SEED_TITLE } from '../e2e/support/shared'

const NO_CONNECTION = 'Could not download the content: there is no connection to the server. It downloads by itself when the connection is back, or retry now.Retry'
const NOTHING_INSTALLED = { summaries: 0, nodes: 0, bodyMonths: 0, savedItems: 0, reads: 0 }

let V1: Pack
let V2: Pack
let host: PackHost | undefined
let network: FlakyNetwork | undefined
let context: BrowserContext | undefined

beforeAll(() => {
  V1 = packOf(pagesOfVersion(1))
  V2 = packOf(pagesOfVersion(2))
})

afterEach(async () => {
  await context?.close()
  await network?.close()
  await host?.close()
  context = network = host = undefined
})

/** The pack's rows as the app stores them: one summary per release, one body row per month. */
function rowsOf(pack: Pack): { summaries: number; bodyMonths: number } {
  return { summaries: idsOf(pack).length, bodyMonths: pack.manifest.files.filter((file) => file.role === 'releases').length }
}

/** A browser on the pack host, through a network that can drop; the page opened (nothing waited for). */
async function openThroughNetwork(pack: Pack): Promise<{ page: Page; url: string; host: PackHost; network: FlakyNetwork; context: BrowserContext }> {
  host = await startPackHost(pack)
  network = await startFlakyNetwork(host.url)
  context = await launchPersistentContext({ viewport: { width: 1280, height: 900 } })
  const page = context.pages()[0] ?? (await context.newPage())
  return { page, url: network.url, host, network, context }
}

describe('fault 7: offline', () => {
  it('Fault 7: a first visit without a network says so, shows nothing as installed, and installs by itself when the network returns', async () => {
    const { page, url, host } = await openThroughNetwork(V1)
    host.offline = true
    await page.goto(url)
    const alert = page.getByRole('alert')
    await alert.waitFor({ timeout: 30_000 })
    expect(await alert.textContent()).toBe(NO_CONNECTION)
    await page.getByText('No releases are installed yet. Connect to the internet and retry.').waitFor()
    expect((await installState(page))?.complete ?? false).toBe(false)
    expect(await countRows(page, STORES)).toEqual(NOTHING_INSTALLED)

    host.offline = false
    await checkNow(page)
    await waitUntilInstalled(page)
    await page.getByRole('main').getByRole('link', { name: SEED_TITLE }).first().waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    const counts = await countRows(page, STORES)
    expect({ summaries: counts.summaries, bodyMonths: counts.bodyMonths }).toEqual(rowsOf(V1))
    expect((await storedContent(page)).ids).toEqual(idsOf(V1))
  })

  it('Fault 7: a start without a network on a device with content shows the content and where it is from, never an error, with saves and read marks kept', async () => {
    const { page, url, context } = await openThroughNetwork(V1)
    await page.goto(url)
    await waitUntilInstalled(page)
    await saveAndReadSeed(page, url)
    await page.evaluate(async () => navigator.serviceWorker.ready)
    await page.reload()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    const before = await countRows(page, STORES)
    expect(before).toMatchObject({ ...rowsOf(V1), savedItems: 1, reads: 1 })

    await context.setOffline(true)
    await page.goto(url)
    await page.getByText('Offline — showing content from').waitFor()
    await page.getByRole('heading', { name: 'Latest releases', level: 1 }).waitFor()
    await page.getByRole('main').getByRole('button', { name: `Save “${SEED_TITLE}”`, pressed: true }).first().waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(await countRows(page, STORES)).toEqual(before)
    expect((await storedContent(page)).ids).toEqual(idsOf(V1))
  })

  it('Fault 7: the network dropping in the middle of a month on a first install shows no part of it as installed, and the install completes when the network returns', async () => {
    const { page, url, network, context } = await openThroughNetwork(V1)
    const shard = shardPath(V1, '2018-02')
    const halfWay = network.stopHalfWay(`/pack/${shard}`)
    await page.goto(url)
    await halfWay
    // The page's own code is in (a first visit has no service worker yet): the drop cuts the month's download only.
    await page.getByRole('heading', { name: 'Latest releases', level: 1 }).waitFor()
    await context.setOffline(true)
    network.drop()
    const alert = page.getByRole('alert')
    await alert.waitFor({ timeout: 30_000 })
    expect(await alert.textContent()).toBe(NO_CONNECTION)
    // The batch with the cut month was not written: no release of it is stored or listed, and the install is not complete.
    await page.getByText('No releases are installed yet. Connect to the internet and retry.').waitFor()
    expect(await page.getByRole('main').getByRole('link', { name: SEED_TITLE }).count()).toBe(0)
    const state = await installState(page)
    expect(state?.complete).toBe(false)
    expect(state?.installedFiles.filter((path) => path.startsWith('releases/'))).toEqual([])
    expect(await countRows(page, ['summaries', 'bodyMonths'])).toEqual({ summaries: 0, bodyMonths: 0 })

    network.down = false
    await context.setOffline(false)
    await waitUntilInstalled(page)
    await page.getByRole('main').getByRole('link', { name: SEED_TITLE }).first().waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(await countRows(page, ['summaries', 'bodyMonths'])).toEqual(rowsOf(V1))
    expect((await storedContent(page)).ids).toEqual(idsOf(V1))
    // The app's own files are cached for offline use too, now that the network is back.
    await page.getByText('Ready to work offline.').waitFor()
    expect(await page.getByText('This page could not be loaded').count()).toBe(0)
  })

  it('Fault 7: the network dropping in the middle of a month of an update keeps the old content, saves and read marks whole, and the update completes when the network returns', async () => {
    const { page, url, host, network, context } = await openThroughNetwork(V1)
    await page.goto(url)
    await waitUntilInstalled(page)
    await saveAndReadSeed(page, url)
    const before = await countRows(page, STORES)
    expect(before).toMatchObject({ ...rowsOf(V1), savedItems: 1, reads: 1 })

    host.serve(V2)
    const halfWay = network.stopHalfWay(`/pack/${shardPath(V2, '2019-05')}`)
    await checkNow(page)
    await halfWay
    await context.setOffline(true)
    network.drop()
    // Offline with content is normal: the reader is told where the content is from, and nothing else.
    await page.getByText('Offline — showing content from').waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    const during = await storedContent(page)
    expect(during).toMatchObject({ version: V1.manifest.version, complete: true, ids: idsOf(V1) })
    expect(await countRows(page, STORES)).toEqual(before)
    await page.getByRole('main').getByRole('button', { name: `Save “${SEED_TITLE}”`, pressed: true }).first().waitFor()

    network.down = false
    await context.setOffline(false)
    await page.getByRole('link', { name: '3 new releases' }).waitFor({ timeout: 30_000 })
    expect(await storedContent(page)).toMatchObject({ version: V2.manifest.version, complete: true, ids: idsOf(V2) })
    expect(await countRows(page, ['savedItems', 'reads'])).toEqual({ savedItems: 1, reads: 1 })
  })
})
