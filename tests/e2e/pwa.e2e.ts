import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { PATHS } from '../../src/router/paths'
import { netlifyHeaders } from '../../scripts/site-headers'
import { urlPathsUnder } from '../../scripts/site-headers-plugin'
import { launchBrowser, launchPersistentContext } from './support/browser'
import { completeFirstVisit } from './support/installed'
import { DIST, serve, type Site } from './support/site'
import { SEED_TITLE, SEED_PATH } from './support/shared'

/** Every kind of page: sections, a country, a release, a structure, search, the reader's own pages, a missing one. */
const PAGES = [
  PATHS.home,
  PATHS.countries,
  '/countries/mongolia',
  SEED_PATH,
  '/structures/odihr',
  PATHS.fields,
  PATHS.meetings,
  PATHS.ourWork,
  PATHS.newReleases,
  `${PATHS.search}?q=ulaanbaatar`,
  PATHS.saved,
  PATHS.history,
  PATHS.about,
  PATHS.settings,
  '/nowhere',
]

let site: Site
let context: BrowserContext
let page: Page

/** Every CSP violation any page reports, recorded before the app's own scripts run. */
const RECORD_CSP_VIOLATIONS = `
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
  });
`

async function cspViolations(target: Page): Promise<string[]> {
  return target.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
}

beforeAll(async () => {
  site = await serve()
  context = await launchPersistentContext({ viewport: { width: 390, height: 844 } })
  await context.addInitScript({ content: RECORD_CSP_VIOLATIONS })
  page = context.pages()[0] ?? (await context.newPage())
  await page.goto(site.url)
  await completeFirstVisit(page, SEED_TITLE)
})

afterAll(async () => {
  await context?.close()
  await site?.close()
})

describe('the installable PWA', () => {
  it('has no installability errors (CDP Page.getInstallabilityErrors)', async () => {
    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] }
    expect(installabilityErrors).toEqual([])
  })

  it('serves the manifest with exactly these fields and icons', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>
    expect(manifest).toMatchObject({
      id: '/',
      name: 'OSCE Field Reader',
      short_name: 'OSCE Reader',
      description: 'Read OSCE press releases, country, structure and field pages offline.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'en',
      theme_color: '#0b4f8a',
      background_color: '#ffffff',
      categories: ['news', 'reference', 'productivity'],
    })
    const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[]
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual([
      '64x64 any',
      '192x192 any',
      '512x512 any',
      '192x192 maskable',
      '512x512 maskable',
    ])
    for (const icon of icons) {
      const response = await page.request.get(`${site.url}/${icon.src}`)
      expect(response.status()).toBe(200)
      const png = await response.body()
      // PNG IHDR: width and height as big-endian integers at bytes 16 and 20.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes)
    }
  })

  it('works with the network off: hard reloads of deep links and navigation by clicks', async () => {
    await context.setOffline(true)
    try {
      for (const [path, text] of [['/', SEED_TITLE], ['/countries/mongolia', SEED_TITLE], [SEED_PATH, 'Also mentioned']] as const) {
        await page.goto(`${site.url}${path}`)
        await page.getByText(text).first().waitFor({ timeout: 10_000 })
      }
      expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(SEED_TITLE)
      await page.getByRole('main').getByRole('link', { name: 'Mongolia', exact: true }).first().click()
      await page.waitForURL(`${site.url}/countries/mongolia`)
      await page.getByRole('main').getByRole('link', { name: SEED_TITLE }).click()
      await page.getByRole('main').getByRole('link', { name: 'OSCE Secretariat' }).click()
      await page.waitForURL(`${site.url}/structures/secretariat`)
      await page.getByRole('main').getByText('Transnational Threats Department').waitFor()
    } finally {
      await context.setOffline(false)
    }
  })

  it('reports no Content-Security-Policy violation on any page, online and offline', async () => {
    const response = await page.request.get(`${site.url}/`)
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'")
    for (const offline of [false, true]) {
      await context.setOffline(offline)
      try {
        for (const path of PAGES) {
          await page.goto(`${site.url}${path}`)
          await page.locator('main').waitFor()
          // Every script, style and font the page loads has loaded (and been checked against the policy).
          await page.waitForLoadState('networkidle')
          expect({ path, offline, violations: await cspViolations(page) }).toEqual({ path, offline, violations: [] })
        }
      } finally {
        await context.setOffline(false)
      }
    }
  }, 180_000)

  it('carries the served policy in index.html, without frame-ancestors, and in dist/_headers', async () => {
    const response = await page.request.get(`${site.url}/`)
    const served = response.headers()['content-security-policy'] ?? ''
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(await response.text())?.[1]
    expect(served.split('; ')).toContain("frame-ancestors 'none'")
    expect(meta).toBe(served.split('; ').filter((directive) => !directive.startsWith('frame-ancestors ')).join('; '))
    const headersFile = readFileSync(join(DIST, '_headers'), 'utf8')
    expect(headersFile).toContain(`\n  Content-Security-Policy: ${served}\n`)
    expect(headersFile).toBe(netlifyHeaders(urlPathsUnder(DIST)))
  })

  it('enforces the policy from the meta tag alone on a host that sends no headers', async () => {
    const browser = await launchBrowser()
    try {
      const bare = await browser.newContext({ serviceWorkers: 'block' })
      await bare.addInitScript({ content: RECORD_CSP_VIOLATIONS })
      await bare.route(`${site.url}/**`, async (route) => {
        const original = await route.fetch()
        const headers = Object.fromEntries(Object.entries(original.headers()).filter(([name]) => name !== 'content-security-policy'))
        await route.fulfill({ response: original, headers })
      })
      const bareTab = await bare.newPage()
      const response = await bareTab.goto(`${site.url}/countries/mongolia`)
      expect(response?.headers()['content-security-policy']).toBeUndefined()
      await bareTab.getByRole('heading', { level: 1 }).waitFor()
      const inlineRan = await bareTab.evaluate(() => {
        const script = document.createElement('script')
        script.textContent = 'window.inlineScriptRan = true'
        document.head.append(script)
        return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan === true
      })
      expect(inlineRan).toBe(false)
      await expect.poll(() => cspViolations(bareTab)).toEqual(['script-src-elem inline'])
    } finally {
      await browser.close()
    }
  })
})
