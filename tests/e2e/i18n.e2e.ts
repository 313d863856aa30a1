/**
 * The interface in the reader's language, against the production build in Chromium:
 * a first visit from a Russian browser is in Russian and loads the Russian bundle
 * and nothing else extra; an English one loads no language bundle; a language
 * chosen in Settings survives a reload offline.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { firstRouteJavaScript } from '../../bench/browser'
import { axeViolations } from './support/axe'
import { launchPersistentContext } from './support/browser'
import { completeFirstVisit, waitUntilInstalled } from './support/installed'
import { SEED_TITLE, useBrowserAndSite } from './support/shared'

const shared = useBrowserAndSite()

/** A first visit in a browser set to `locale`, recording every JavaScript file the page requests. */
async function firstVisit(locale: string, path = '/', waitFor = SEED_TITLE): Promise<{ page: Page; scripts: string[] }> {
  const context = await shared.browser.newContext({ locale, viewport: { width: 1280, height: 900 }, bypassCSP: true, serviceWorkers: 'block' })
  const page = await context.newPage()
  const scripts: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.endsWith('.js')) scripts.push(path)
  })
  await page.goto(`${shared.site.url}${path}`)
  await page.getByRole('link', { name: waitFor }).first().waitFor()
  await waitUntilInstalled(page)
  // A first install starts the search index's build at the next idle moment, which loads the search client: waited
  // for, so that every visit has loaded the same files whether the machine was quick or slow to get there.
  await vi.waitFor(() => expect(scripts.some((script) => /^\/assets\/client-[\w-]+\.js$/.test(script))).toBe(true), { timeout: 15_000, interval: 100 })
  return { page, scripts }
}

/** Scripts beyond the first route's own (index.html's) and the workers'. */
function extraScripts(scripts: readonly string[]): string[] {
  const firstRoute = new Set(firstRouteJavaScript(shared.site.root).files)
  return [...new Set(scripts)].filter((path) => !firstRoute.has(path) && !/\.worker-/.test(path)).sort()
}

let englishExtras: string[] | undefined

const h1 = async (page: Page) => (await page.getByRole('heading', { level: 1 }).textContent())?.trim()

describe('the interface language in the browser', () => {
  beforeAll(async () => {
    const { page, scripts } = await firstVisit('en-US')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await h1(page)).toBe('Latest releases')
    englishExtras = extraScripts(scripts)
    // An English visit loads no language bundle at all.
    expect(englishExtras.filter((path) => path.includes('/locale-'))).toEqual([])
    await page.context().close()
  })

  it('opens in Russian for a Russian browser, loading only the Russian bundle', async () => {
    const { page, scripts } = await firstVisit('ru-RU')
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ru', 'ltr'])
    expect(await h1(page)).toBe('Последние выпуски')
    expect(await page.title()).toBe('Последние выпуски · OSCE Field Reader')
    expect((await page.locator('header').getByRole('link', { name: 'Настройки' }).count())).toBe(1)
    expect(await page.locator('#header-search-input').getAttribute('placeholder')).toBe('Поиск выпусков')
    const menu = page.getByRole('navigation', { name: 'Главное меню' })
    await menu.getByRole('link', { name: 'Страны', exact: true }).waitFor()
    await menu.getByRole('link', { name: 'Структуры и институты', exact: true }).waitFor()
    // The same visit in English loads the same files (the service worker's helper among them), less the Russian bundle.
    const extras = extraScripts(scripts)
    expect(englishExtras).toBeDefined()
    expect(extras.filter((path) => !englishExtras?.includes(path))).toEqual([expect.stringMatching(/^\/assets\/locale-ru-[\w-]+\.js$/)])
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('loads the Russian bundle and no English words on a Russian deep link; English loads its words for that page', async () => {
    const russian = await firstVisit('ru-RU', '/countries/mongolia')
    expect(await h1(russian.page)).toBe('Монголия')
    await russian.page.context().close()
    const english = await firstVisit('en-US', '/countries/mongolia')
    expect(await h1(english.page)).toBe('Mongolia')
    await english.page.context().close()
    const onlyRussian = extraScripts(russian.scripts).filter((path) => !extraScripts(english.scripts).includes(path))
    const onlyEnglish = extraScripts(english.scripts).filter((path) => !extraScripts(russian.scripts).includes(path))
    expect(onlyRussian).toEqual([expect.stringMatching(/^\/assets\/locale-ru-[\w-]+\.js$/)])
    expect(onlyEnglish).toEqual([expect.stringMatching(/^\/assets\/en-[\w-]+\.js$/)])
  })

  it('shows a country in Russian with its English name alongside, and passes axe with lang marks', async () => {
    const { page } = await firstVisit('ru-RU')
    await page.getByRole('navigation', { name: 'Главное меню' }).getByRole('link', { name: 'Страны', exact: true }).click()
    await page.waitForURL(`${shared.site.url}/countries`)
    await page.getByRole('main').getByRole('link', { name: 'Монголия', exact: true }).click()
    await page.waitForURL(`${shared.site.url}/countries/mongolia`)
    expect(await h1(page)).toBe('Монголия')
    expect(await page.locator('main .node-heading__english').evaluate((element) => [element.textContent, element.getAttribute('lang')])).toEqual(['Mongolia', 'en'])
    expect(await page.title()).toBe('Монголия · OSCE Field Reader')
    await page.getByRole('main').getByRole('link', { name: SEED_TITLE }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('main').getByRole('link', { name: SEED_TITLE }).click()
    await page.getByText('Также упоминаются').waitFor()
    expect(await page.locator('main .release-header time').textContent()).toBe('6 июля 2017 г.')
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })
})

describe('a language chosen in Settings', () => {
  let context: BrowserContext

  afterAll(async () => {
    await context?.close()
  })

  it('changes the page without a reload and survives a reload offline', async () => {
    context = await launchPersistentContext({ locale: 'en-US', viewport: { width: 390, height: 844 } })
    // The strict CSP stays on here: the Russian bundle must load and render without anything it would refuse (eval included).
    await context.addInitScript({
      content: "window.cspViolations = []; document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(event.violatedDirective))",
    })
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(shared.site.url)
    await completeFirstVisit(page, SEED_TITLE)
    await page.goto(`${shared.site.url}/settings`)
    expect(await h1(page)).toBe('Settings and storage')
    // A reload would lose this mark: its survival proves the page changed in place.
    await page.evaluate(() => document.body.setAttribute('data-same-page', 'yes'))
    await page.getByLabel('Interface language').selectOption('ru')
    await page.getByRole('heading', { level: 1, name: 'Настройки и хранилище' }).waitFor()
    expect(await page.evaluate(() => [document.documentElement.lang, document.body.dataset.samePage])).toEqual(['ru', 'yes'])
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])

    await context.setOffline(true)
    try {
      await page.reload()
      await page.getByRole('heading', { level: 1, name: 'Настройки и хранилище' }).waitFor()
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru')
      await page.goto(shared.site.url)
      expect(await h1(page)).toBe('Последние выпуски')
    } finally {
      await context.setOffline(false)
    }
  })
})
