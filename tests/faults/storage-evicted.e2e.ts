/**
 * Fault 9, browser storage evicted, against the production build: the app's database is deleted while the
 * app is closed (from another page of the origin, as the browser's eviction would leave things: IndexedDB
 * gone, localStorage kept), then the app starts again.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../e2e/support/axe'
import { launchBrowser } from '../e2e/support/browser'
import { countRows } from '../e2e/support/indexeddb'
import { waitUntilInstalled } from '../e2e/support/installed'
import { serve, type Site } from '../e2e/support/site'
import { SEED_TITLE } from '../e2e/support/shared'

const NOTICE_TITLE = 'The browser deleted this app’s offline data'
const CONTENT_STORES = ['summaries', 'nodes', 'bodyMonths'] as const

let site: Site
let browser: Browser

beforeAll(async () => {
  site = await serve()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

describe('fault 9: browser storage evicted', () => {
  it('Fault 9: a database deleted behind the app’s back is noticed on start, the content reinstalled, and the reader told their saved data may be lost, pointing to Settings → Your data', async () => {
    // bypassCSP: axe is injected as an inline script.
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, serviceWorkers: 'block', bypassCSP: true })
    const app = await context.newPage()
    await app.goto(site.url)
    await app.getByRole('main').getByRole('button', { name: `Save “${SEED_TITLE}”` }).first().click()
    await waitUntilInstalled(app)
    const content = await countRows(app, CONTENT_STORES)
    expect(content.summaries).toBeGreaterThan(0)
    expect(await countRows(app, ['savedItems'])).toEqual({ savedItems: 1 })
    await vi.waitFor(async () => expect(await app.evaluate(() => localStorage.getItem('field-reader:content-installed'))).not.toBeNull())
    await app.close()

    // The app is closed; a page of the same origin that is not the app deletes its database.
    const other = await context.newPage()
    await other.goto(`${site.url}/pack/manifest.json`)
    await other.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.deleteDatabase('osce-field-reader')
          request.onsuccess = () => done()
          request.onerror = () => fail(request.error)
          request.onblocked = () => fail(new Error('the app still has the database open'))
        }),
    )
    expect(await countRows(other, CONTENT_STORES)).toEqual({ summaries: 0, nodes: 0, bodyMonths: 0 })
    await other.close()

    const restarted = await context.newPage()
    await restarted.goto(site.url)
    const notice = restarted.getByRole('alert').filter({ hasText: NOTICE_TITLE })
    await notice.waitFor()
    expect(await notice.textContent()).toContain('saved releases, lists, reading history and settings may have been lost')
    // The content comes back by itself, every row of it; the reader's save is what the notice warns about.
    await waitUntilInstalled(restarted)
    expect(await countRows(restarted, CONTENT_STORES)).toEqual(content)
    expect(await countRows(restarted, ['savedItems'])).toEqual({ savedItems: 0 })
    await restarted.getByRole('main').getByRole('link', { name: SEED_TITLE }).first().waitFor()
    expect(await axeViolations(restarted)).toEqual([])

    // Still there after a reload until the reader has read it; then it leads to the backup's import.
    await restarted.reload()
    await notice.waitFor()
    await notice.getByRole('link', { name: 'Settings → Your data' }).click()
    await restarted.waitForURL(`${site.url}/settings#settings-your-data`)
    await restarted.getByRole('heading', { level: 2, name: 'Your data' }).waitFor()
    expect(await notice.count()).toBe(0)
    expect(await restarted.evaluate(() => localStorage.getItem('field-reader:storage-evicted'))).toBeNull()
    // The reinstalled content is noted again, for the next eviction.
    await vi.waitFor(async () => expect(await restarted.evaluate(() => localStorage.getItem('field-reader:content-installed'))).not.toBeNull())
    await context.close()
  })
})
