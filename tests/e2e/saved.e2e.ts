/**
 * Saving, against the production build: a release put into a new list from its
 * page is still there after an offline reload, and the Saved page passes axe.
 */
import { afterAll, describe, expect, it } from 'vitest'
import type { BrowserContext } from 'playwright-core'
import { axeViolations } from './support/axe'
import { launchPersistentContext } from './support/browser'
import { completeFirstVisit } from './support/installed'
import { SEED_PATH, SEED_TITLE, useBrowserAndSite } from './support/shared'

const shared = useBrowserAndSite()

describe('saved lists', () => {
  let context: BrowserContext | undefined

  afterAll(async () => {
    await context?.close()
  })

  it('saves a release into a new list from its page; after an offline reload it is there, and axe finds nothing', async () => {
    // A persistent profile for the service worker; CSP bypassed only so that axe can be injected.
    context = await launchPersistentContext({ viewport: { width: 390, height: 844 }, bypassCSP: true })
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(shared.site.url)
    await completeFirstVisit(page, SEED_TITLE)

    await page.goto(`${shared.site.url}${SEED_PATH}`)
    const main = page.getByRole('main')
    await main.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor()
    const save = main.getByRole('button', { name: `Save “${SEED_TITLE}”` })
    expect(await save.getAttribute('aria-pressed')).toBe('false')
    await main.getByText('Lists…').click()
    await main.getByLabel('New list').fill('Mongolia trip')
    await main.getByRole('button', { name: 'Create and add' }).click()
    const newList = main.getByRole('checkbox', { name: 'Mongolia trip' })
    await newList.waitFor()
    await expect.poll(() => newList.isChecked()).toBe(true)
    expect(await main.getByRole('checkbox', { name: 'Saved' }).isChecked()).toBe(false)
    expect(await axeViolations(page)).toEqual([])

    await context.setOffline(true)
    try {
      await page.reload()
      await main.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor()
      await page.goto(`${shared.site.url}/saved`)
      await main.getByRole('heading', { level: 1, name: 'Saved' }).waitFor()
      await main.getByText('Nothing in this list yet').waitFor()
      expect(await axeViolations(page)).toEqual([])

      await main.getByRole('link', { name: /^Mongolia trip/ }).click()
      await main.getByRole('heading', { level: 2, name: 'Mongolia trip' }).waitFor()
      const saved = main.getByRole('link', { name: SEED_TITLE })
      await saved.waitFor()
      expect(await main.locator('.saved-item time').textContent()).toBe('6 July 2017')
      expect(await axeViolations(page)).toEqual([])

      // Nothing scrolls sideways at 320 px with the largest text: the list's rows, Move and Copy, Rename and Delete wrap.
      await page.setViewportSize({ width: 320, height: 640 })
      await page.evaluate(() => document.documentElement.setAttribute('data-text-size', 'xx-large'))
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320)
      // Back to a phone's size and text: at 320 px with the largest text the sticky header covers the link Playwright scrolls to.
      await page.setViewportSize({ width: 390, height: 844 })
      await page.evaluate(() => document.documentElement.setAttribute('data-text-size', 'normal'))

      await saved.click()
      await main.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor()
      expect(new URL(page.url()).pathname).toBe(SEED_PATH)
      await main.getByText('Lists…').click()
      await main.getByRole('checkbox', { name: 'Mongolia trip' }).waitFor()
      await page.setViewportSize({ width: 320, height: 640 })
      await page.evaluate(() => document.documentElement.setAttribute('data-text-size', 'xx-large'))
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320)

      // The latest releases' rows with their Save, at that size too.
      await page.goto(shared.site.url)
      await main.locator('.release-item .save-toggle').first().waitFor()
      await page.evaluate(() => document.documentElement.setAttribute('data-text-size', 'xx-large'))
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320)
    } finally {
      await context.setOffline(false)
    }
  })
})
