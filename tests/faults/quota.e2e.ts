/**
 * Fault 5, a full disk, against the production build: Chromium's quota for the app's origin is set small
 * (CDP Storage.overrideQuotaForOrigin, before the origin stores anything) and a pack too big for it arrives,
 * on a first install and on an update; then the quota is raised, as a reader freeing space would.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { formatBytes } from '../../src/components/format'
import type { Pack } from '../../src/content/pack'
import { launchPersistentContext } from '../e2e/support/browser'
import { countRows, installState } from '../e2e/support/indexeddb'
import { waitUntilInstalled } from '../e2e/support/installed'
import { checkNow, idsOf, packOf, storedContent } from '../e2e/support/packContent'
import { startPackHost, type PackHost } from '../e2e/support/packHost'
import { pagesOfVersion } from '../e2e/support/packVersions'
import { saveAndReadSeed, STORES } from '../e2e/support/readerData'
import { SEED_TITLE } from '../e2e/support/shared'

/** Holds the app and v1, not v3's 600 long releases (about 5 MB that no compressor shrinks). */
const SMALL_DISK = 3_000_000
const ROOMY_DISK = 200_000_000

let V1: Pack
let V3: Pack
let host: PackHost | undefined
let context: BrowserContext | undefined

beforeAll(() => {
  V1 = packOf(pagesOfVersion(1))
  V3 = packOf(pagesOfVersion(3))
})

afterEach(async () => {
  await context?.close()
  await host?.close()
  context = host = undefined
})

/** A browser whose disk holds `quotaBytes` for the pack host's origin; the page not opened yet. */
async function browserWithDisk(pack: Pack, quotaBytes: number): Promise<{ page: Page; url: string; host: PackHost; disk: CDPSession }> {
  host = await startPackHost(pack)
  context = await launchPersistentContext({ viewport: { width: 1280, height: 900 } })
  const page = context.pages()[0] ?? (await context.newPage())
  const disk = await context.newCDPSession(page)
  // Set before the origin stores anything: Chromium does not apply a lower override to storage already in use.
  await disk.send('Storage.overrideQuotaForOrigin', { origin: host.url, quotaSize: quotaBytes })
  return { page, url: host.url, host, disk }
}

/** The download the app says it needs room for: the files of `pack` not on the device yet. */
function spaceNeeded(pack: Pack, installed: Pack | null): string {
  const have = new Set(installed?.manifest.files.map((file) => file.path) ?? [])
  return formatBytes(pack.manifest.files.filter((file) => !have.has(file.path)).reduce((total, file) => total + file.bytes, 0), 'en')
}

/** The pack's rows as the app stores them: one summary per release, one body row per month. */
function rowsOf(pack: Pack): { summaries: number; bodyMonths: number } {
  return { summaries: idsOf(pack).length, bodyMonths: pack.manifest.files.filter((file) => file.role === 'releases').length }
}

describe('fault 5: quota exhaustion', () => {
  it('Fault 5: a first install on a full disk says how much space is needed and how to free it, shows no release half-installed, and completes once space is freed', async () => {
    const { page, url, disk } = await browserWithDisk(V3, SMALL_DISK)
    await page.goto(url)
    const alert = page.getByRole('alert')
    await alert.waitFor({ timeout: 60_000 })
    expect(await alert.textContent()).toBe(
      `Not enough storage space on this device: about ${spaceNeeded(V3, null)} more is needed. Free some space, or keep fewer years offline in Settings, then retry.Retry`,
    )
    // The month that did not fit was written in one transaction: none of it is stored, listed or counted as installed.
    const main = page.getByRole('main')
    await main.getByText('No releases are installed yet: this device is out of storage space. Free some space, or keep fewer years offline in Settings, then retry.').waitFor()
    expect(await main.locator('.release-item').count()).toBe(0)
    expect(await countRows(page, ['summaries', 'bodyMonths'])).toEqual({ summaries: 0, bodyMonths: 0 })
    expect((await installState(page))?.complete).toBe(false)
    // The app goes on working: its pages open, and say the same.
    await page.getByRole('link', { name: 'Settings' }).first().click()
    await page.getByRole('heading', { name: 'Offline content', level: 2 }).waitFor()
    expect(await page.locator('.offline-content__state').textContent()).toBe('Partly installed: this device ran out of storage space. Free some space, or keep fewer years offline below, then retry.')

    // Space is freed: Retry installs all of it.
    await disk.send('Storage.overrideQuotaForOrigin', { origin: url, quotaSize: ROOMY_DISK })
    await alert.getByRole('button', { name: 'Retry' }).click()
    await waitUntilInstalled(page)
    expect(await countRows(page, ['summaries', 'bodyMonths'])).toEqual(rowsOf(V3))
    expect((await storedContent(page)).ids).toEqual(idsOf(V3))
    expect(await page.getByRole('alert').count()).toBe(0)
    await page.locator('.offline-content__state').getByText('Available offline').waitFor()
  })

  it('Fault 5: an update on a full disk keeps the old content, saves and read marks, says how much space is needed, and applies once space is freed', async () => {
    // A 3 MB disk holds the app and v1; the update brings a 5 MB month.
    const { page, url, host, disk } = await browserWithDisk(V1, SMALL_DISK)
    await page.goto(url)
    await waitUntilInstalled(page)
    await saveAndReadSeed(page, url)
    const before = await countRows(page, STORES)
    expect(before).toMatchObject({ ...rowsOf(V1), savedItems: 1, reads: 1 })

    host.serve(V3)
    await checkNow(page)
    // Over 2 MB: the reader is asked first, with the size.
    const download = page.getByRole('button', { name: 'Download' })
    await download.waitFor({ timeout: 30_000 })
    const offer = (await page.locator('.update-consent__text').textContent())?.replace(/\s+/g, ' ').trim()
    expect(offer).toBe(`New content is ready to download: ${spaceNeeded(V3, V1)} (600 releases).`)
    await download.click()
    const alert = page.getByRole('alert')
    await alert.waitFor({ timeout: 30_000 })
    expect(await alert.textContent()).toBe(
      `Not enough storage space on this device: about ${spaceNeeded(V3, V1)} more is needed. The content on this device is unchanged. Free some space, or keep fewer years offline in Settings, then retry.Retry`,
    )
    expect(await storedContent(page)).toMatchObject({ version: V1.manifest.version, complete: true, ids: idsOf(V1) })
    expect(await countRows(page, STORES)).toEqual(before)
    await page.getByRole('main').getByRole('button', { name: `Save “${SEED_TITLE}”`, pressed: true }).first().waitFor()

    await disk.send('Storage.overrideQuotaForOrigin', { origin: url, quotaSize: ROOMY_DISK })
    await alert.getByRole('button', { name: 'Retry' }).click()
    await download.click()
    await page.getByRole('link', { name: '600 new releases' }).waitFor({ timeout: 30_000 })
    expect(await storedContent(page)).toMatchObject({ version: V3.manifest.version, complete: true, ids: idsOf(V3) })
    expect(await countRows(page, STORES)).toEqual({ ...before, ...rowsOf(V3) })
  })
})
