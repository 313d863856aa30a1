/**
 * "New since last visit" in real Chromium against the production build: a reader
 * back after days away sees what a content update brought as one dated group on the
 * home page (not a second notice), opens it, and dismisses it.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { compileContent } from '../../src/content/compile'
import { buildPack } from '../../src/content/pack'
import { NODE_PACK_TOOLS } from '../../scripts/pack-tools'
import { axeViolations } from './support/axe'
import { launchPersistentContext } from './support/browser'
import { waitUntilInstalled } from './support/installed'
import { startPackHost, type PackHost } from './support/packHost'
import { pagesOfVersion } from './support/packVersions'

let host: PackHost | undefined
let context: BrowserContext | undefined

afterAll(async () => {
  await context?.close()
  await host?.close()
})

/** Sets the time the reader was last in the app, as the app keeps it (plain IndexedDB). */
async function lastInAppAt(page: Page, iso: string): Promise<void> {
  await page.evaluate(async (value) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('osce-field-reader')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const transaction = database.transaction('settings', 'readwrite')
    transaction.objectStore('settings').put({ key: 'lastActiveAt', value })
    await new Promise((resolve) => (transaction.oncomplete = resolve))
    database.close()
  }, iso)
}

describe('new since last visit', () => {
  it('groups what an update brought since the last visit on the home page, opens and dismisses it', async () => {
    const packOf = (version: 1 | 2) => buildPack(compileContent(pagesOfVersion(version)), NODE_PACK_TOOLS)
    host = await startPackHost(packOf(1))
    context = await launchPersistentContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(host.url)
    await waitUntilInstalled(page)
    // A first visit has no "since": nothing is grouped.
    await page.getByRole('heading', { level: 1, name: 'Latest releases' }).waitFor()
    expect(await page.locator('.new-since').count()).toBe(0)

    // The reader was last here three days ago, and comes back.
    const lastVisit = new Date(Date.now() - 3 * 24 * 3600 * 1000)
    await lastInAppAt(page, lastVisit.toISOString())
    host.serve(packOf(2))
    await page.reload()
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(lastVisit)
    const toggle = page.getByRole('button', { name: `3 new since ${day}` })
    await toggle.waitFor({ timeout: 30_000 })
    // The update notice would say the same: on the home page the group stands for it.
    expect(await page.getByRole('link', { name: '3 new releases' }).count()).toBe(0)

    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    await page.locator('#new-since-releases .release-item').first().waitFor()
    expect(await page.locator('#new-since-releases .release-item').count()).toBe(3)
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Dismiss the new releases' }).click()
    await page.locator('.new-since').waitFor({ state: 'detached' })
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Latest releases' }).waitFor()
    await page.locator('main .release-item').first().waitFor()
    expect(await page.locator('.new-since').count()).toBe(0)
    expect(await page.getByRole('link', { name: '3 new releases' }).count()).toBe(0)
  })
})
