import { describe, expect, it } from 'vitest'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { axeViolations } from './support/axe'
import { useBrowserAndSite } from './support/shared'

const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'

const shared = useBrowserAndSite()

async function openPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await shared.browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true, serviceWorkers: 'block', ...options })
  return context.newPage()
}

describe('settings, storage and install hints, against the production build', () => {
  it('axe finds no violations on Settings and About, in light and dark, online and offline', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage({ colorScheme })
      await page.goto(`${shared.site.url}/settings`)
      await page.getByText('Available offline').waitFor()
      await page.getByText(/Used: .* of /).waitFor()
      expect({ colorScheme, violations: await axeViolations(page) }).toEqual({ colorScheme, violations: [] })
      await page.context().setOffline(true)
      await page.getByRole('status').filter({ hasText: /^Offline$/ }).waitFor()
      expect({ colorScheme, offline: true, violations: await axeViolations(page) }).toEqual({ colorScheme, offline: true, violations: [] })
      await page.context().setOffline(false)
      await page.goto(`${shared.site.url}/about`)
      await page.getByText('Available offline').waitFor()
      expect({ colorScheme, path: '/about', violations: await axeViolations(page) }).toEqual({ colorScheme, path: '/about', violations: [] })
      await page.context().close()
    }
  })

  it('applies the chosen text size to the whole page, and keeps it after a reload', async () => {
    const page = await openPage()
    await page.goto(`${shared.site.url}/settings`)
    const rootSize = () => page.evaluate(() => [document.documentElement.dataset.textSize, getComputedStyle(document.documentElement).fontSize])
    const textSize = page.getByRole('group', { name: 'Text size' })
    await textSize.getByRole('radio', { name: 'Normal' }).waitFor()
    await expect.poll(() => textSize.getByRole('radio', { name: 'Normal' }).isChecked()).toBe(true)
    await textSize.getByRole('radio', { name: 'Larger' }).check()
    await expect.poll(rootSize).toEqual(['larger', '20px'])
    await page.reload()
    await expect.poll(rootSize).toEqual(['larger', '20px'])
    await page.context().close()
  })

  it('shows the iOS install hint on an iPhone until dismissed, with no axe violations', async () => {
    const page = await openPage({ userAgent: IPHONE_UA, isMobile: true, hasTouch: true })
    await page.goto(shared.site.url)
    const hint = page.getByText('Install this app: tap Share, then Add to Home Screen.')
    await hint.waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Dismiss' }).click()
    await hint.waitFor({ state: 'detached' })
    await page.reload()
    await page.getByRole('link', { name: 'Settings' }).waitFor()
    // The settings are read at start (the text size is one of them): once it is applied, the hint's setting is known too.
    await page.waitForFunction(() => document.documentElement.dataset.textSize !== undefined)
    expect(await hint.count()).toBe(0)
    await page.context().close()
  })
})
