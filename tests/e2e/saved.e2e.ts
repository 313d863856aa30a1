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

      await saved.click()
      await main.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor()
      expect(new URL(page.url()).pathname).toBe(SEED_PATH)
    } finally {
      await context.setOffline(false)
    }
  })
})
