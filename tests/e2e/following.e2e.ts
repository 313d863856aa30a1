/**
 * Following and read marks in real Chromium against the production build: follow Mongolia, a content update
 * adds three Mongolia releases, "For you" lists them first and unread, opening one lowers the count; axe on
 * the pages with the new controls.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { compileContent } from '../../src/content/compile'
import { buildPack, type Pack } from '../../src/content/pack'
import { NODE_PACK_TOOLS } from '../../scripts/pack-tools'
import { axeViolations } from './support/axe'
import { launchPersistentContext } from './support/browser'
import { waitUntilInstalled } from './support/installed'
import { startPackHost, type PackHost } from './support/packHost'
import { pagesOfVersion, type PageText } from './support/packVersions'

let host: PackHost | undefined
let context: BrowserContext | undefined

const packOf = (pages: PageText[]) => buildPack(compileContent(pages), NODE_PACK_TOOLS)

afterEach(async () => {
  await context?.close()
  await host?.close()
  context = undefined
  host = undefined
})

/** The followed items as shown, "Mongolia · 3 unread". */
const followedItems = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('main .for-you li')].map((item) => [...item.children].map((part) => part.textContent?.trim()).join(' · ')))
/** The dates of the releases "For you" shows, and whether each is marked new (brought by the last update) and unread. */
const forYouRows = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main .for-you article')].map((row) => `${row.querySelector('time')?.getAttribute('datetime')}${row.querySelector('.for-you__new') ? ' new' : ''}${row.querySelector('.release-item__unread') ? ' unread' : ''}`),
  )

/** Waits until the page shows `expected` (Vitest's poll; on a timeout it reports what the page showed). */
async function waitFor<T>(read: () => Promise<T>, expected: T, timeoutMs = 30_000): Promise<void> {
  await expect.poll(read, { timeout: timeoutMs, interval: 50 }).toEqual(expected)
}

describe('following', () => {
  it('shows a followed country’s new releases from a content update in For you, unread, and counts down as they are read', async () => {
    const v1: Pack = packOf(pagesOfVersion(1))
    const v2: Pack = packOf(pagesOfVersion(2))
    host = await startPackHost(v1)
    context = await launchPersistentContext({ viewport: { width: 390, height: 844 }, bypassCSP: true })
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(host.url)
    await waitUntilInstalled(page)

    // Nothing followed: the prompt.
    await page.locator('main .follow-prompt select').waitFor()
    expect({ path: '/', violations: await axeViolations(page) }).toEqual({ path: '/', violations: [] })

    await page.goto(`${host.url}/countries/mongolia`)
    const follow = page.getByRole('button', { name: 'Follow', exact: true })
    await follow.click()
    await page.locator('main button.follow-button[aria-pressed="true"]').waitFor()
    expect(await page.locator('main button.follow-button').textContent()).toContain('Following')
    await page.locator('main .release-section h2', { hasText: '· 4 unread' }).waitFor()
    expect({ path: '/countries/mongolia', violations: await axeViolations(page) }).toEqual({ path: '/countries/mongolia', violations: [] })

    await page.goto(host.url)
    await waitFor(() => followedItems(page), ['Mongolia · 4 unread'])
    await waitFor(() => forYouRows(page), ['2018-03-10 unread', '2018-02-10 unread', '2018-01-10 unread', '2017-07-06 unread'])

    // The update: three Mongolia releases in May 2019, one of January 2018 edited, February's removed.
    host.serve(v2)
    // The start's check finds it (an 'online' event would be ignored while a check runs, as one may after the last load).
    await page.reload()
    await waitFor(() => followedItems(page), ['Mongolia · 6 unread'])
    await waitFor(() => forYouRows(page), ['2019-05-03 new unread', '2019-05-02 new unread', '2019-05-01 new unread', '2018-03-10 unread', '2018-01-10 unread', '2017-07-06 unread'])

    await page.locator('main .for-you article a').first().click()
    await page.getByRole('button', { name: 'Mark as unread' }).waitFor()
    expect({ path: 'release', violations: await axeViolations(page) }).toEqual({ path: 'release', violations: [] })
    await page.goBack()
    await waitFor(() => followedItems(page), ['Mongolia · 5 unread'])
    await waitFor(() => forYouRows(page), ['2019-05-02 new unread', '2019-05-01 new unread', '2018-03-10 unread', '2018-01-10 unread', '2017-07-06 unread'])
    // The opened release is read in the latest list too: a row without the unread mark.
    expect(await page.evaluate(() => [...document.querySelectorAll('main .page > .release-list article')].map((row) => !!row.querySelector('.release-item__unread')))).toEqual([false, true, true, true, true, true])
    expect({ path: '/ (following)', violations: await axeViolations(page) }).toEqual({ path: '/ (following)', violations: [] })

    // Mark all as read (run in a worker of its own): the country's count goes, For you has nothing left.
    await page.goto(`${host.url}/countries/mongolia`)
    await page.locator('main .release-section h2', { hasText: '· 5 unread' }).waitFor()
    await page.locator('main .release-section').first().getByRole('button', { name: 'Mark all as read' }).click()
    await page.locator('main .release-section [role="status"]', { hasText: '5 releases marked as read.' }).waitFor()
    await waitFor(() => page.evaluate(() => document.querySelector('main .release-section h2')?.textContent?.trim()), 'Releases from Mongolia (6)')
    await page.goto(host.url)
    await waitFor(() => followedItems(page), ['Mongolia · 0 unread'])
    expect(await forYouRows(page)).toEqual([])
  })
})
