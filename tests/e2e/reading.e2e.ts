import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { axeViolations } from './support/axe'
import { waitUntilInstalled } from './support/installed'
import { pagesOfVersion } from './support/packVersions'
import { buildWithPages, serve, type Site } from './support/site'
import { SEED_TITLE, SEED_PATH, useBrowserAndSite } from './support/shared'

const shared = useBrowserAndSite()

async function openPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', ...options })
  return context.newPage()
}

async function visibleCount(locator: ReturnType<Page['locator']>): Promise<number> {
  let count = 0
  for (const element of await locator.all()) if (await element.isVisible()) count++
  return count
}

describe('sharing and printing a release, against the production build', () => {
  it('without the Web Share API, "Copy link" puts the release link on the clipboard and says so', async () => {
    const page = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] })
    await page.addInitScript(() => {
      // A browser without the Web Share API (most desktop browsers).
      for (const name of ['share', 'canShare'] as const) Reflect.deleteProperty(Navigator.prototype, name)
    })
    await page.goto(`${shared.site.url}${SEED_PATH}`)
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor()
    expect(await page.evaluate(() => navigator.share)).toBeUndefined()
    const group = page.getByRole('group', { name: 'Share and cite' })
    expect(await group.getByRole('button', { name: 'Share', exact: true }).count()).toBe(0)
    await group.getByRole('button', { name: 'Copy link' }).click()
    await group.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${shared.site.url}${SEED_PATH}`)
    await page.context().close()
  })

  it('prints the article and its facts without the app’s navigation, header, search box or buttons', async () => {
    const page = await openPage()
    await page.goto(`${shared.site.url}${SEED_PATH}`)
    await waitUntilInstalled(page)
    const main = page.getByRole('main')
    await main.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor()
    await main.locator('[data-fact="fields"]').waitFor()
    // On screen first: what print must hide is there to hide.
    for (const shown of [page.getByRole('banner'), page.getByRole('navigation', { name: /main/i }), page.getByRole('search'), main.getByRole('button', { name: 'Copy link' })]) {
      expect(await shown.isVisible()).toBe(true)
    }
    expect(await main.getByText('Content as of').isVisible()).toBe(false)

    await page.emulateMedia({ media: 'print' })
    expect({
      header: await visibleCount(page.getByRole('banner')),
      navigation: await visibleCount(page.getByRole('navigation')),
      search: await visibleCount(page.getByRole('search')),
      buttons: await visibleCount(page.getByRole('button')),
    }).toEqual({ header: 0, navigation: 0, search: 0, buttons: 0 })

    const visible = async (locator: ReturnType<Page['locator']>) => (await locator.isVisible()) && (await locator.innerText()).trim()
    expect({
      title: await visible(main.getByRole('heading', { level: 1 })),
      type: await visible(main.locator('.release-header__type')),
      date: await visible(main.locator('.release-header__meta time')),
      place: await visible(main.locator('.release-header__place')),
      // One item per name (the commas between them are CSS).
      sources: (await visible(main.locator('[data-fact="sources"] dd'))) && (await main.locator('[data-fact="sources"] li').allInnerTexts()),
      fields: (await visible(main.locator('[data-fact="fields"] dd'))) && (await main.locator('[data-fact="fields"] li').allInnerTexts()),
      link: await visible(main.locator('.release-print-details div').filter({ hasText: 'Link' }).locator('dd')),
      contentDate: await visible(main.locator('.release-print-details div').filter({ hasText: 'Content as of' }).locator('dt')),
    }).toEqual({
      title: SEED_TITLE,
      type: 'Press release',
      date: '6 July 2017',
      place: 'Ulaanbaatar',
      sources: ['OSCE Secretariat', 'OSCE Office for Democratic Institutions and Human Rights'],
      fields: ['Countering terrorism', 'Human rights'],
      link: `${shared.site.url}${SEED_PATH}`,
      contentDate: 'Content as of',
    })
    expect(await main.locator('.release-print-details time').isVisible()).toBe(true)
    await page.context().close()
  })
})

describe('Previous and Next through a country’s releases', () => {
  // The seed and three releases of its own making, all from Mongolia, each in a month of its own.
  let sample: ReturnType<typeof buildWithPages>
  let sampleSite: Site

  beforeAll(async () => {
    sample = buildWithPages(pagesOfVersion(1))
    sampleSite = await serve(sample.root)
  })
  afterAll(async () => {
    await sampleSite?.close()
    sample?.remove()
  })

  const variant = (index: number) => `OSCE organizes seminar number ${index} on community-policing approaches to countering violent extremism and radicalization that lead to terrorism in Mongolia`
  const NEWEST_FIRST = [variant(3), variant(2), variant(1), SEED_TITLE]

  it('walk the list in its order from a release opened on the country page, and back', async () => {
    expect(sample.releases).toBe(4)
    const page = await openPage()
    await page.goto(`${sampleSite.url}/countries/mongolia`)
    await waitUntilInstalled(page)
    const fromMongolia = page.getByRole('region', { name: /^Releases from Mongolia/ })
    await fromMongolia.getByRole('heading', { name: 'Releases from Mongolia (4)' }).waitFor()
    expect(await fromMongolia.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(NEWEST_FIRST)

    await fromMongolia.getByRole('link', { name: NEWEST_FIRST[0] }).click()
    const heading = page.getByRole('main').getByRole('heading', { level: 1 })
    const listNavigation = page.getByRole('navigation', { name: 'Previous and next in the list' })
    const seen: string[] = []
    for (const [index, title] of NEWEST_FIRST.entries()) {
      await page.waitForURL((url) => url.searchParams.get('from') === 'country:mongolia')
      await heading.filter({ hasText: title }).waitFor()
      seen.push((await heading.innerText()).trim())
      const previous = NEWEST_FIRST[index - 1]
      const next = NEWEST_FIRST[index + 1]
      // Each link is named by its direction and the neighbour's title.
      if (previous) await listNavigation.getByRole('link', { name: `Previous ${previous}` }).waitFor()
      if (next) await listNavigation.getByRole('link', { name: `Next ${next}` }).waitFor()
      expect(await listNavigation.getByRole('link', { name: /^Previous/ }).count()).toBe(previous ? 1 : 0)
      expect(await listNavigation.getByRole('link', { name: /^Next/ }).count()).toBe(next ? 1 : 0)
      if (!next) break
      // By keyboard: the link is focusable and Enter follows it.
      await listNavigation.getByRole('link', { name: `Next ${next}` }).focus()
      await page.keyboard.press('Enter')
    }
    expect(seen).toEqual(NEWEST_FIRST)
    expect(await listNavigation.getByRole('link', { name: /^Previous/ }).getAttribute('rel')).toBe('prev')

    await listNavigation.getByRole('link', { name: `Previous ${NEWEST_FIRST[2]}` }).click()
    await heading.filter({ hasText: NEWEST_FIRST[2] }).waitFor()
    expect(await listNavigation.getByRole('link', { name: /^Next/ }).getAttribute('rel')).toBe('next')
    await page.context().close()
  })

  it('axe finds no violations on a release with Previous and Next, nor on a country page with its share button', async () => {
    const page = await openPage({ bypassCSP: true, viewport: { width: 390, height: 800 } })
    await page.goto(`${sampleSite.url}/countries/mongolia`)
    await waitUntilInstalled(page)
    await page.getByRole('heading', { name: 'Releases from Mongolia (4)' }).waitFor()
    await page.getByRole('group', { name: 'Share this page' }).getByRole('button', { name: 'Copy link' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('region', { name: /^Releases from Mongolia/ }).getByRole('link', { name: NEWEST_FIRST[1] }).click()
    const listNavigation = page.getByRole('navigation', { name: 'Previous and next in the list' })
    await listNavigation.getByRole('link', { name: `Next ${NEWEST_FIRST[2]}` }).waitFor()
    await listNavigation.getByRole('link', { name: `Previous ${NEWEST_FIRST[0]}` }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('are not offered on a release opened by its own link', async () => {
    const page = await openPage()
    await page.goto(`${sampleSite.url}${SEED_PATH}`)
    await waitUntilInstalled(page)
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor()
    await page.getByRole('heading', { name: 'Related releases' }).waitFor()
    expect(await page.getByRole('navigation', { name: 'Previous and next in the list' }).count()).toBe(0)
    await page.context().close()
  })
})
