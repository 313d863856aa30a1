import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { generateSamplePages } from '../../scripts/sample/generate'
import { axeViolations } from './support/axe'
import { countRows, installState } from './support/indexeddb'
import { waitUntilInstalled } from './support/installed'
import { buildWithPages, serve, type Site } from './support/site'
import { SEED_TITLE, SEED_PATH, useBrowserAndSite } from './support/shared'

const shared = useBrowserAndSite()

async function openPage(options: { width?: number; bypassCSP?: boolean } = {}): Promise<Page> {
  // These tests are about the reader; the service worker has its own tests (pwa.e2e.ts), and request routing must see every fetch.
  const context = await shared.browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, bypassCSP: options.bypassCSP ?? false, serviceWorkers: 'block' })
  return context.newPage()
}

describe('the reader, against the production build', () => {
  it('navigates by clicks: menu → Countries → Mongolia → the release → its source ODIHR', async () => {
    const page = await openPage()
    await page.goto(shared.site.url)
    await page.getByRole('link', { name: SEED_TITLE }).waitFor()
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Countries', exact: true }).click()
    await page.waitForURL(`${shared.site.url}/countries`)
    await page.getByRole('link', { name: 'Mongolia', exact: true }).first().click()
    await page.waitForURL(`${shared.site.url}/countries/mongolia`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Mongolia')
    await page.getByRole('main').getByRole('link', { name: SEED_TITLE }).click()
    // Opened from Mongolia's list: the address names that list, for Previous and Next.
    await page.waitForURL(`${shared.site.url}${SEED_PATH}?from=country:mongolia`)
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(SEED_TITLE)
    await page.getByRole('main').getByRole('link', { name: 'OSCE Office for Democratic Institutions and Human Rights' }).click()
    await page.waitForURL(`${shared.site.url}/structures/odihr`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Office for Democratic Institutions and Human Rights')
    await page.getByRole('main').getByRole('link', { name: SEED_TITLE }).waitFor()
    await page.context().close()
  })

  it('keyboard only: opens the drawer, keeps focus inside, closes on Escape, follows a link', async () => {
    const page = await openPage({ width: 390 })
    await page.goto(shared.site.url)
    await page.getByRole('link', { name: SEED_TITLE }).waitFor()
    const menuButton = page.getByRole('button', { name: 'Menu', exact: true })
    for (let presses = 0; presses < 10 && !(await menuButton.evaluate((button) => button === document.activeElement)); presses++) {
      await page.keyboard.press('Tab')
    }
    expect(await menuButton.evaluate((button) => button === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    const drawer = page.getByRole('dialog')
    await drawer.waitFor()
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true')
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab')
      expect(await drawer.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true)
    }
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'hidden' })
    expect(await menuButton.evaluate((button) => button === document.activeElement)).toBe(true)

    await page.keyboard.press('Enter')
    await drawer.waitFor()
    let reachedCountries = false
    for (let presses = 0; presses < 60 && !reachedCountries; presses++) {
      await page.keyboard.press('Tab')
      reachedCountries = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Countries' && document.activeElement.tagName === 'A')
    }
    expect(reachedCountries).toBe(true)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${shared.site.url}/countries`)
    await drawer.waitFor({ state: 'hidden' })
    await page.context().close()
  })

  it('axe finds no violations on the home, country and release pages', async () => {
    const page = await openPage({ bypassCSP: true, width: 390 })
    for (const [path, text] of [['/', SEED_TITLE], ['/countries/mongolia', SEED_TITLE], [SEED_PATH, 'Also mentioned']] as const) {
      await page.goto(`${shared.site.url}${path}`)
      await page.getByText(text).first().waitFor()
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] })
    }
    await page.context().close()
  })

  it('an unknown path shows the in-app not-found page', async () => {
    const page = await openPage()
    await page.goto(`${shared.site.url}/countries/atlantis`)
    await page.getByText('Page not found').waitFor()
    expect(await page.getByRole('link', { name: 'Latest releases' }).count()).toBeGreaterThan(0)
    await page.context().close()
  })
})

describe('first install of a 3,000-release pack', () => {
  let sample: ReturnType<typeof buildWithPages>
  let sampleSite: Site

  beforeAll(async () => {
    sample = buildWithPages(generateSamplePages(3000).map((page) => ({ file: page.name, text: page.text })))
    sampleSite = await serve(sample.root)
  })
  afterAll(async () => {
    await sampleSite?.close()
    sample?.remove()
  })

  it('shows progress, survives a reload mid-way and ends with exact record counts', async () => {
    // The sample publishes a few pages twice word for word, as the site did: those are one release each.
    expect(sample.releases).toBeGreaterThan(2950)
    expect(sample.releases).toBeLessThan(3000)
    const total = sample.releases.toLocaleString('en')
    const page = await openPage()
    const context = page.context()
    // Let the first shards through, then hold the rest: the install is caught half-way, deterministically.
    let shardsServed = 0
    await context.route('**/pack/releases/**', async (route) => {
      if (++shardsServed <= 150) await route.continue()
    })
    await page.goto(sampleSite.url)
    const status = page.getByRole('status').filter({ hasText: 'Installing releases:' })
    await status.waitFor()
    expect(await status.textContent()).toMatch(new RegExp(`Installing releases: [\\d,]+ of ${total}`))
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Countries', exact: true }).waitFor()
    await page.waitForFunction((of) => new RegExp(`Installing releases: [1-9][\\d,]* of ${of}`).test(document.body.textContent ?? ''), total)
    const partial = await countRows(page, ['summaries', 'bodyMonths'])
    expect(partial.summaries).toBeGreaterThan(0)
    expect(partial.summaries).toBeLessThan(sample.releases)
    expect((await installState(page))?.complete).toBe(false)

    await context.unrouteAll({ behavior: 'ignoreErrors' })
    await page.reload()
    await waitUntilInstalled(page)
    await page.waitForFunction(() => !document.body.textContent?.includes('Installing releases'), undefined, { timeout: 10_000 })
    await page.getByRole('heading', { name: 'Latest releases', level: 1 }).waitFor()
    expect(await countRows(page, ['summaries', 'bodyMonths', 'bodies', 'nodes'])).toEqual({ summaries: sample.releases, bodyMonths: sample.months, bodies: 0, nodes: sample.nodes })
    expect((await installState(page))?.complete).toBe(true)
    await context.close()
  })
})
