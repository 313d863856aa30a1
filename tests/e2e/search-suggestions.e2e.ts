import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeViolations } from './support/axe'
import { launchBrowser } from './support/browser'
import { waitUntilInstalled } from './support/installed'
import { serve, type Site } from './support/site'
import { SEED_TITLE } from './support/shared'

describe('suggestions in the header search box', () => {
  let site: Site
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    site = await serve()
    browser = await launchBrowser()
    // axe is injected as a script: the page's CSP would refuse it.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
    page = await context.newPage()
    await page.goto(site.url)
    await page.getByRole('link', { name: SEED_TITLE }).waitFor({ timeout: 30_000 })
    await waitUntilInstalled(page, 30_000)
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await site?.close()
  })

  it('offers Moldova and Mission to Moldova for `mold`, is axe-clean open, and opens the country page with ArrowDown and Enter', async () => {
    const box = page.getByRole('search').getByRole('combobox', { name: 'Search releases' })
    await box.click()
    await box.pressSequentially('mold')
    const list = page.getByRole('listbox', { name: 'Suggestions' })
    await list.getByRole('option', { name: /Mission to Moldova/ }).waitFor({ timeout: 15_000 })
    const options = await list.getByRole('option').allTextContents()
    expect(options.slice(0, 2)).toEqual(['MoldovaCountry', 'Mission to MoldovaStructure'])
    expect(await box.getAttribute('aria-expanded')).toBe('true')
    expect(await axeViolations(page)).toEqual([])

    await page.keyboard.press('ArrowDown')
    const first = list.getByRole('option').first()
    expect(await first.getAttribute('aria-selected')).toBe('true')
    expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'))
    await page.keyboard.press('Enter')
    await page.waitForURL(`${site.url}/countries/moldova`)
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe('Moldova')
    expect(await box.getAttribute('aria-expanded')).toBe('false')
  })

  it('closes the list on Escape and keeps what was typed', async () => {
    const box = page.getByRole('search').getByRole('combobox', { name: 'Search releases' })
    await box.fill('')
    await box.click()
    await box.pressSequentially('mold')
    await page.getByRole('listbox', { name: 'Suggestions' }).waitFor({ timeout: 15_000 })
    await page.keyboard.press('Escape')
    await page.getByRole('listbox', { name: 'Suggestions' }).waitFor({ state: 'hidden' })
    expect(await box.inputValue()).toBe('mold')
  })

  it('finds the seed release from Cyrillic: Монголия and Улан-Батор', async () => {
    for (const q of ['Монголия', 'Улан-Батор']) {
      await page.goto(`${site.url}/search?q=${encodeURIComponent(q)}`)
      await page.locator('main .search-result__title a').filter({ hasText: SEED_TITLE }).waitFor({ timeout: 15_000 })
      expect(await page.locator('main .search-result__title a').count()).toBe(1)
    }
  })
})
