/**
 * Themes and text comfort on the production build, with the service worker in control and the
 * strict CSP in force: each theme, chosen from the header, survives an offline reload with no
 * flash (public/appearance.js sets it before the first frame), passes axe, and colours the
 * browser bar; the largest text size and the browser's own 200 % reflow at 320 px.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import type { AxeViolation } from './support/axe'
import { launchPersistentContext } from './support/browser'
import { completeFirstVisit } from './support/installed'
import { serve, type Site } from './support/site'
import { SEED_TITLE, SEED_PATH } from './support/shared'
import { PATHS } from '../../src/router/paths'

/**
 * Recorded by every document before its own scripts: the first change of `data-theme` (and
 * whether the body had been parsed yet), the first frame's background, every CSP violation.
 */
const RECORD_FIRST_FRAME = `
  window.appearanceRecord = { themeSetBeforeBody: null, firstFrame: null, cspViolations: [] };
  new MutationObserver((mutations, observer) => {
    window.appearanceRecord.themeSetBeforeBody = document.body === null;
    observer.disconnect();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-theme'] });
  requestAnimationFrame(() => {
    window.appearanceRecord.firstFrame = {
      theme: document.documentElement.dataset.theme ?? null,
      background: getComputedStyle(document.documentElement).backgroundColor,
      appMounted: document.querySelector('.app-header') !== null,
    };
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    window.appearanceRecord.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
  });
`

interface AppearanceRecord {
  themeSetBeforeBody: boolean | null
  firstFrame: { theme: string | null; background: string; appMounted: boolean } | null
  cspViolations: string[]
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * axe-core, evaluated by the test driver rather than added as a script tag, so the page keeps its
 * CSP (support/axe.ts needs a context that bypasses it).
 */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }))
  })
}

/** The colour the browser bar takes: the first theme-color meta whose media matches. */
function themeColor(page: Page): Promise<string | undefined> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find((meta) => !meta.media || matchMedia(meta.media).matches)?.content)
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { appearanceRecord: AppearanceRecord }).appearanceRecord.cspViolations)
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
const mirror = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('appearance') ?? 'null') as unknown)
/** The page's width, whether it scrolls sideways, and what sticks out if it does (for the failure message). */
const horizontalFit = (page: Page) =>
  page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement
    const outside = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > clientWidth + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${(element.textContent ?? '').slice(0, 30)}`)
    return { clientWidth, fits: scrollWidth <= clientWidth, outside: outside.slice(0, 5) }
  })

let site: Site
let context: BrowserContext
let page: Page

beforeAll(async () => {
  site = await serve()
  // The system prefers dark: System must show the dark theme, and every other theme must override it.
  context = await launchPersistentContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' })
  await context.addInitScript({ content: RECORD_FIRST_FRAME })
  page = context.pages()[0] ?? (await context.newPage())
  await page.goto(site.url)
  await completeFirstVisit(page, SEED_TITLE)
}, 90_000)

afterAll(async () => {
  await context?.close()
  await site?.close()
})

describe('themes', () => {
  const THEMES = [
    { name: 'Light', theme: 'light', background: 'rgb(255, 255, 255)', barColor: '#0b4f8a' },
    { name: 'Sepia', theme: 'sepia', background: 'rgb(246, 239, 220)', barColor: '#5a3a1c' },
    { name: 'Dark', theme: 'dark', background: 'rgb(18, 22, 26)', barColor: '#1b3550' },
    { name: 'Black (OLED)', theme: 'black', background: 'rgb(0, 0, 0)', barColor: '#000000' },
    // Last, so that it is a change back from another theme; the system prefers dark.
    { name: 'System', theme: 'system', background: 'rgb(18, 22, 26)', barColor: '#1b3550' },
  ]

  it.each(THEMES)('$name: chosen from the header, kept through an offline reload with no flash, axe clean', async ({ name, theme, background, barColor }) => {
    await page.goto(site.url)
    const themeButton = page.getByRole('button', { name: /^Theme: / })
    await themeButton.click()
    expect(await themeButton.getAttribute('aria-expanded')).toBe('true')
    await page.getByRole('radio', { name, exact: true }).check()
    await expect.poll(() => mirror(page)).toEqual({ theme, textSize: 'normal', lineSpacing: 'normal' })
    await page.keyboard.press('Escape')
    await expect.poll(() => themeButton.getAttribute('aria-expanded')).toBe('false')
    expect(await themeButton.textContent()).toBe(`Theme: ${name}`)

    await context.setOffline(true)
    try {
      await page.reload()
      await page.getByRole('link', { name: SEED_TITLE }).waitFor()
      const record = await page.evaluate(() => (window as unknown as { appearanceRecord: AppearanceRecord }).appearanceRecord)
      // System is the stylesheet's default: the head script leaves the attribute to the app.
      expect(record).toEqual({
        themeSetBeforeBody: theme === 'system' ? false : true,
        firstFrame: { theme: theme === 'system' ? null : theme, background, appMounted: expect.any(Boolean) as unknown as boolean },
        cspViolations: [],
      })
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
      expect(await pageBackground(page)).toBe(background)
      expect(await themeColor(page)).toBe(barColor)
      expect({ theme, path: '/', violations: await axeViolations(page) }).toEqual({ theme, path: '/', violations: [] })

      // Search marks, and the article's text and links.
      await page.goto(`${site.url}/search?q=ulaanbaatar`)
      await page.locator('mark').first().waitFor()
      expect({ theme, path: '/search', violations: await axeViolations(page) }).toEqual({ theme, path: '/search', violations: [] })
      expect({ theme, path: '/search', csp: await cspViolations(page) }).toEqual({ theme, path: '/search', csp: [] })
      await page.goto(`${site.url}${SEED_PATH}`)
      await page.locator('.release-body p').first().waitFor()
      expect({ theme, path: 'release', violations: await axeViolations(page) }).toEqual({ theme, path: 'release', violations: [] })
      expect({ theme, path: 'release', csp: await cspViolations(page) }).toEqual({ theme, path: 'release', csp: [] })
      // The reader's own pages, offline in this theme: no CSP violation either.
      for (const path of [PATHS.saved, PATHS.history]) {
        await page.goto(`${site.url}${path}`)
        await page.locator('main h1').waitFor()
        expect({ theme, path, csp: await cspViolations(page) }).toEqual({ theme, path, csp: [] })
      }
    } finally {
      await context.setOffline(false)
    }
  })

  it('prints black on white whatever the theme (Black here)', async () => {
    await page.goto(`${site.url}${SEED_PATH}`)
    await page.getByRole('button', { name: /^Theme: / }).click()
    await page.getByRole('radio', { name: 'Black (OLED)', exact: true }).check()
    await expect.poll(() => pageBackground(page)).toBe('rgb(0, 0, 0)')
    const paragraphColors = () => page.locator('.release-body p').first().evaluate((element) => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(element).color])
    await page.emulateMedia({ media: 'print' })
    try {
      expect(await paragraphColors()).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)'])
    } finally {
      await page.emulateMedia({ media: 'screen' })
    }
    // The themes stay open after a choice, for the next try.
    await page.getByRole('radio', { name: 'System', exact: true }).check()
    await expect.poll(() => mirror(page)).toEqual({ theme: 'system', textSize: 'normal', lineSpacing: 'normal' })
  })

  it('System follows the system while the app runs, the browser bar too', async () => {
    await page.goto(site.url)
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('system')
    await page.emulateMedia({ colorScheme: 'light' })
    expect([await pageBackground(page), await themeColor(page)]).toEqual(['rgb(255, 255, 255)', '#0b4f8a'])
    await page.emulateMedia({ colorScheme: 'dark' })
    expect([await pageBackground(page), await themeColor(page)]).toEqual(['rgb(18, 22, 26)', '#1b3550'])
  })
})

describe('text size and line spacing', () => {
  const paragraph = () => page.locator('.release-body p').first()
  const paragraphMetrics = () => paragraph().evaluate((element) => [getComputedStyle(element).fontSize, getComputedStyle(element).lineHeight])

  afterAll(async () => {
    await page.setViewportSize({ width: 390, height: 844 })
  })

  it('the largest size and the loosest spacing reflow the article at 320 px wide, with no horizontal scroll', async () => {
    await page.goto(`${site.url}/settings`)
    await page.getByRole('radio', { name: 'Largest (double)' }).check()
    await page.getByRole('radio', { name: 'Wider' }).check()
    await expect.poll(() => mirror(page)).toEqual({ theme: 'system', textSize: 'xx-large', lineSpacing: 'loose' })
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(`${site.url}${SEED_PATH}`)
    await paragraph().waitFor()
    // 1.0625rem of a 200 % root (32 px), at 2.3 lines.
    expect(await paragraphMetrics()).toEqual(['34px', '78.2px'])
    for (const path of [SEED_PATH, '/', '/settings', '/about', '/search?q=ulaanbaatar']) {
      await page.goto(`${site.url}${path}`)
      await page.locator('h1').first().waitFor()
      expect({ path, ...(await horizontalFit(page)) }).toEqual({ path, clientWidth: 320, fits: true, outside: [] })
    }
  })

  it("the browser's own text size at 200 % reflows too: every size is a share of it, never a zoom", async () => {
    await page.goto(`${site.url}/settings`)
    await page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Normal' }).check()
    await expect.poll(() => mirror(page)).toEqual({ theme: 'system', textSize: 'normal', lineSpacing: 'loose' })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } })
    try {
      await page.goto(`${site.url}${SEED_PATH}`)
      await paragraph().waitFor()
      expect(await paragraphMetrics()).toEqual(['34px', '78.2px'])
      for (const path of [SEED_PATH, '/', '/settings']) {
        await page.goto(`${site.url}${path}`)
        await page.locator('h1').first().waitFor()
        expect({ path, ...(await horizontalFit(page)) }).toEqual({ path, clientWidth: 320, fits: true, outside: [] })
      }
    } finally {
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 } })
      await cdp.detach()
    }
  })

  it('keeps pinch-zoom: the viewport meta neither fixes the scale nor forbids zooming', async () => {
    const viewport = await page.evaluate(() => document.querySelector('meta[name="viewport"]')?.getAttribute('content'))
    expect(viewport).toBe('width=device-width, initial-scale=1, viewport-fit=cover')
  })
})
