/**
 * Fault 6, deploy accidents, against the production build: a tab opened before a deploy asks for a page
 * whose chunk the deploy removed. Service workers are blocked, so every file comes from the server, as in
 * a browser whose service worker has not installed (or a host that serves none).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations } from '../e2e/support/axe'
import { launchBrowser } from '../e2e/support/browser'
import { countRows } from '../e2e/support/indexeddb'
import { waitUntilInstalled } from '../e2e/support/installed'
import { DIST, serve, type Site } from '../e2e/support/site'
import { SEED_TITLE } from '../e2e/support/shared'

const READER_STORES = ['summaries', 'nodes', 'settings', 'savedItems'] as const
const FAILURE_TITLE = 'This page could not be loaded'

let workspace: string
let site: Site
let browser: Browser
let countriesChunk: string

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'field-reader-faults-deploy-'))
  cpSync(DIST, workspace, { recursive: true })
  const chunk = readdirSync(join(workspace, 'assets')).find((name) => /^CountriesView-.*\.js$/.test(name))
  if (!chunk) throw new Error('The build has no CountriesView chunk: the test needs a page loaded on demand.')
  countriesChunk = join(workspace, 'assets', chunk)
  site = await serve(workspace)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

const removeChunk = () => renameSync(countriesChunk, `${countriesChunk}.gone`)
const restoreChunk = () => {
  if (existsSync(`${countriesChunk}.gone`)) renameSync(`${countriesChunk}.gone`, countriesChunk)
}

/** A reader's tab with the content installed and the seed release saved; counts every load of /countries. */
async function openInstalledTab(): Promise<{ page: Page; countriesLoads: () => number; before: Record<string, number> }> {
  // bypassCSP: axe is injected as an inline script.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', bypassCSP: true })
  const page = await context.newPage()
  let loads = 0
  page.on('request', (request) => {
    if (request.isNavigationRequest() && new URL(request.url()).pathname === '/countries') loads++
  })
  await page.goto(site.url)
  const main = page.getByRole('main')
  await main.getByRole('button', { name: `Save “${SEED_TITLE}”` }).first().click()
  await main.getByRole('button', { name: `Save “${SEED_TITLE}”`, pressed: true }).first().waitFor()
  await waitUntilInstalled(page)
  const before = await countRows(page, READER_STORES)
  expect(before.savedItems).toBe(1)
  expect(before.summaries).toBeGreaterThan(0)
  return { page, countriesLoads: () => loads, before }
}

const openCountries = (page: Page) => page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Countries', exact: true }).click()

describe('fault 6: deploy accidents', () => {
  it('Fault 6: a missing lazy chunk (old tab after a new deploy) recovers with one reload, never a loop or a blank page', async () => {
    // The chunk is back by the time the reload asks for the page: the new deploy serves its own code.
    const { page, countriesLoads, before } = await openInstalledTab()
    removeChunk()
    await page.route(`${site.url}/countries`, async (route) => {
      restoreChunk()
      await route.continue()
    })
    await openCountries(page)
    await page.getByRole('heading', { level: 1, name: 'Countries' }).waitFor()
    expect(page.url()).toBe(`${site.url}/countries`)
    await page.getByRole('link', { name: 'Mongolia', exact: true }).first().waitFor()
    expect(countriesLoads()).toBe(1)
    expect(await page.getByRole('alert').filter({ hasText: FAILURE_TITLE }).count()).toBe(0)
    // The one-reload marker is gone once the page loaded: a later deploy gets its own reload.
    expect(await page.evaluate(() => sessionStorage.getItem('field-reader:chunk-reload'))).toBeNull()
    expect(await countRows(page, READER_STORES)).toEqual(before)
    await page.context().close()
  })

  it('Fault 6: a lazy chunk gone for good shows a message after one reload, never a loop or a blank page', async () => {
    const { page, countriesLoads, before } = await openInstalledTab()
    removeChunk()
    try {
      await openCountries(page)
      const message = page.getByRole('alert').filter({ hasText: FAILURE_TITLE })
      await message.waitFor()
      expect(page.url()).toBe(`${site.url}/countries`)
      // The message is shown only once the second failure has given up: no further reload is coming.
      expect(countriesLoads()).toBe(1)
      expect(await message.getByRole('heading', { level: 1 }).textContent()).toBe(FAILURE_TITLE)
      expect(await message.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true)
      expect(await axeViolations(page)).toEqual([])
      // The frame around it still works: the header and the menu lead elsewhere.
      expect(await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Countries', exact: true }).isVisible()).toBe(true)
      expect(await countRows(page, READER_STORES)).toEqual(before)
    } finally {
      restoreChunk()
    }
    // With the chunk back, Reload brings the page.
    await page.getByRole('alert').getByRole('button', { name: 'Reload' }).click()
    await page.getByRole('heading', { level: 1, name: 'Countries' }).waitFor()
    expect(await page.getByRole('alert').filter({ hasText: FAILURE_TITLE }).count()).toBe(0)
    await page.context().close()
  })
})
