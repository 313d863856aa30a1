import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { generateSamplePages } from '../../scripts/sample/generate'
import { axeViolations } from './support/axe'
import { launchBrowser, launchPersistentContext } from './support/browser'
import { completeFirstVisit, waitUntilInstalled } from './support/installed'
import { buildWithPages, serve, type Site } from './support/site'
import { SEED_TITLE, SEED_PATH } from './support/shared'

const resultLinks = (page: Page) => page.locator('main .search-result__title a')
const searchStatus = (page: Page) => page.getByRole('main').getByRole('status')

describe('offline search in the installed app', () => {
  let site: Site
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    site = await serve()
    context = await launchPersistentContext({ viewport: { width: 1280, height: 900 } })
    page = context.pages()[0] ?? (await context.newPage())
    await page.goto(site.url)
    await completeFirstVisit(page, SEED_TITLE)
  })

  afterAll(async () => {
    await context?.close()
    await site?.close()
  })

  it('finds the seed from the header box ("/" then typing), opens it, and shows the results again on Back', async () => {
    await context.setOffline(true)
    try {
      await page.goto(site.url)
      await page.getByRole('link', { name: SEED_TITLE }).waitFor()
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      await page.keyboard.press('/')
      const box = page.getByRole('search').getByRole('combobox', { name: 'Search releases' })
      expect(await box.evaluate((input) => input === document.activeElement)).toBe(true)
      await page.keyboard.type('ulaanbaatar')
      // The results of a first pause in the typing (`ul` finds the seed too, on a busy machine) may show before the
      // whole word's: the address names the whole word once the box has sent it.
      await page.waitForURL(`${site.url}/search?q=ulaanbaatar`, { timeout: 15_000 })
      const result = resultLinks(page).filter({ hasText: SEED_TITLE })
      await result.waitFor({ timeout: 15_000 })
      await expect.poll(() => searchStatus(page).textContent(), { timeout: 15_000 }).toBe('1 release')
      await expect.poll(() => page.locator('main .search-result mark').first().textContent(), { timeout: 15_000 }).toBe('ULAANBAATAR')
      // Typing went on in the box: navigating to /search did not move focus away from it.
      expect(await box.evaluate((input) => input === document.activeElement)).toBe(true)

      await result.click()
      // Opened from the results: the address names the search, for Previous and Next.
      await page.waitForURL((url) => url.pathname === SEED_PATH && (url.searchParams.get('from') ?? '').startsWith('search:'))
      expect(new URL(page.url()).searchParams.get('from')).toContain('ulaanbaatar')
      expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(SEED_TITLE)
      await page.goBack()
      await page.waitForURL(`${site.url}/search?q=ulaanbaatar`)
      await result.waitFor()
      expect(await searchStatus(page).textContent()).toBe('1 release')
      expect(await box.inputValue()).toBe('ulaanbaatar')
    } finally {
      await context.setOffline(false)
    }
  })

  it('reloads a filtered search offline: same results, the filter shown as selected', async () => {
    await context.setOffline(true)
    try {
      await page.goto(`${site.url}/search?q=ulaanbaatar&field=countering-terrorism`)
      await resultLinks(page).filter({ hasText: SEED_TITLE }).waitFor({ timeout: 15_000 })
      expect(await resultLinks(page).count()).toBe(1)
      expect(await searchStatus(page).textContent()).toBe('1 release')
      expect(await page.getByRole('main').locator('a[aria-current="true"]').count()).toBe(1)
      const selected = page.getByRole('main').getByRole('link', { name: 'Remove filter: Countering terrorism 1', exact: true })
      expect(await selected.getAttribute('aria-current')).toBe('true')
      expect(new URL((await selected.getAttribute('href')) ?? '', site.url).search).toBe('?q=ulaanbaatar')
    } finally {
      await context.setOffline(false)
    }
  })
})

describe('scroll position when going back to the results', () => {
  let browser: Browser
  let sample: ReturnType<typeof buildWithPages>
  let sampleSite: Site

  beforeAll(async () => {
    browser = await launchBrowser()
    sample = buildWithPages(generateSamplePages(300).map((page) => ({ file: page.name, text: page.text })))
    sampleSite = await serve(sample.root)
  })
  afterAll(async () => {
    await sampleSite?.close()
    sample?.remove()
    await browser?.close()
  })

  it('returns to the same result at the same scroll position', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.goto(sampleSite.url)
    await waitUntilInstalled(page)

    await page.goto(`${sampleSite.url}/search?q=osce`)
    await expect.poll(() => resultLinks(page).count(), { timeout: 15_000 }).toBe(20)
    const target = resultLinks(page).nth(14)
    const title = await target.textContent()
    await target.evaluate((link) => link.scrollIntoView({ block: 'center' }))
    await expect.poll(() => target.evaluate((link) => link.getBoundingClientRect().top >= 0 && link.getBoundingClientRect().bottom <= innerHeight)).toBe(true)
    const scrolledTo = await page.evaluate(() => window.scrollY)
    expect(scrolledTo).toBeGreaterThan(500)

    await target.click()
    await page.waitForURL(/\/releases\//)
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await page.goBack()
    await page.waitForURL(`${sampleSite.url}/search?q=osce`)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledTo - 50)
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolledTo)).toBeLessThanOrEqual(50)
    const back = resultLinks(page).nth(14)
    expect(await back.textContent()).toBe(title)
    const box = await back.boundingBox()
    expect(box && box.y >= 0 && box.y + box.height <= 800).toBe(true)
    await context.close()
  })

  // One test per width: each installs the sample afresh, and both in one test ran close to the time limit on a busy machine.
  it.each([390, 1280])('axe finds no violations on the empty, the result and the no-result search pages, %i px wide', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true, serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.goto(sampleSite.url)
    await waitUntilInstalled(page)
    for (const [path, text] of [['/search', 'Examples'], ['/search?q=osce&sort=date', 'Show more'], ['/search?q=zzzzqx&country=mongolia', 'No releases match']] as const) {
      await page.goto(`${sampleSite.url}${path}`)
      await page.getByText(text).first().waitFor({ timeout: 15_000 })
      expect({ width, path, violations: await axeViolations(page) }).toEqual({ width, path, violations: [] })
    }
    await context.close()
  })
})
