import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { launchBrowser } from './support/browser'
import { waitUntilInstalled } from './support/installed'
import { manyMongoliaReleases } from './support/packVersions'
import { buildWithPages, serve, type Site } from './support/site'

/** 70 Mongolia releases and the seed: the country's list shows 20, then 40, 60 and all 71. */
const RELEASES = 70
let browser: Browser
let site: Site
let removeSite: () => void

beforeAll(async () => {
  const built = buildWithPages(manyMongoliaReleases(RELEASES))
  removeSite = built.remove
  site = await serve(built.root)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser.close()
  await site.close()
  removeSite()
})

const ownReleases = (page: Page) => page.getByRole('region', { name: /^Releases from Mongolia/ })
const shownRows = (page: Page) => ownReleases(page).locator('article').count()

/** Where a row is on the screen: what the reader sees of a scroll position, whatever loads above it later. */
const screenTop = async (row: Locator) => Math.round((await row.boundingBox())?.y ?? Number.NaN)

/** Waits until `row` is back at `top` on the screen (the scroll is restored once the list has filled in again). */
async function waitForRowAt(row: Locator, top: number): Promise<void> {
  await expect.poll(() => screenTop(row), { timeout: 10_000 }).toBe(top)
}

describe('coming back to an expanded list, against the production build', () => {
  it('back from a release, and a reload, show the list as long as it was and scrolled where it was', async () => {
    const page = await (await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' })).newPage()
    await page.goto(`${site.url}/countries/mongolia`)
    await waitUntilInstalled(page)
    const list = ownReleases(page)
    await list.getByText(`20 of ${RELEASES + 1}`).waitFor()
    await list.getByRole('button', { name: /Show more/ }).click()
    await list.getByText(`40 of ${RELEASES + 1}`).waitFor()
    await list.getByRole('button', { name: /Show more/ }).click()
    await list.getByText(`60 of ${RELEASES + 1}`).waitFor()

    // Release 20 (dated 20 January 2021) is the 51st row, newest first: far down the expanded part of the list.
    const link = list.getByRole('link', { name: 'OSCE organizes seminar number 20 on community-policing', exact: false })
    await link.scrollIntoViewIfNeeded()
    await page.evaluate(() => window.scrollBy(0, 100))
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(3000)
    const rowTop = await screenTop(link)

    await link.click()
    await page.getByRole('heading', { level: 1, name: /seminar number 20 / }).waitFor()
    await page.goBack()
    await list.getByText(`60 of ${RELEASES + 1}`).waitFor()
    await waitForRowAt(link, rowTop)
    expect(await shownRows(page)).toBe(60)

    await page.reload()
    await ownReleases(page).getByText(`60 of ${RELEASES + 1}`).waitFor()
    await waitForRowAt(link, rowTop)
    expect(await shownRows(page)).toBe(60)
    await page.context().close()
  })

  it('a country opened anew, not by going back, starts at its first 20 rows and at the top', async () => {
    const page = await (await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' })).newPage()
    await page.goto(`${site.url}/countries/mongolia`)
    await waitUntilInstalled(page)
    const list = ownReleases(page)
    await list.getByRole('button', { name: /Show more/ }).click()
    await list.getByText(`40 of ${RELEASES + 1}`).waitFor()
    // To the countries' index and from there to Mongolia again: a new entry in the history.
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Countries' }).click()
    await page.getByRole('main').getByRole('link', { name: 'Mongolia', exact: true }).click()
    await page.waitForURL(`${site.url}/countries/mongolia`)
    await ownReleases(page).getByText(`20 of ${RELEASES + 1}`).waitFor()
    expect(await shownRows(page)).toBe(20)
    await page.context().close()
  })
})
