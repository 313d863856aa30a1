/**
 * Fault 8, hostile content, against the production build: a pack compiled from page dumps with markup,
 * very long words, titles and addresses, right-to-left and zero-width characters and 10,000 paragraphs
 * (tests/faults/fixtures/hostile-pages.ts), read on a 320 px wide phone.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compileContent } from '../../src/content/compile'
import { launchBrowser } from '../e2e/support/browser'
import { countRows } from '../e2e/support/indexeddb'
import { waitUntilInstalled } from '../e2e/support/installed'
import { buildWithPages, serve, type Site } from '../e2e/support/site'
import { LONG_URL, LONG_WORD, MANY_PARAGRAPHS, MANY_PARAGRAPHS_TITLE, MARKUP_PARAGRAPH, MARKUP_TITLE, hostilePages } from './fixtures/hostile-pages'

const pages = hostilePages()
const releases = compileContent(pages).releases
let built: ReturnType<typeof buildWithPages>
let site: Site
let browser: Browser

beforeAll(async () => {
  built = buildWithPages(pages)
  site = await serve(built.root)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
  built?.remove()
})

/** How far the page reaches past the screen's right edge, in CSS pixels (0: no horizontal scroll). */
const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/**
 * Every element and text of <main> that reaches past the screen's right edge, for a readable failure. Text is
 * measured on its own: a word too long for its paragraph overflows it without widening the paragraph's box,
 * and a clipping ancestor would hide it from the page's scroll width.
 */
const widerThanScreen = (page: Page) =>
  page.evaluate(() => {
    const edge = document.documentElement.clientWidth + 1
    const elements = [...document.querySelectorAll('main *')]
      .filter((element) => element.getBoundingClientRect().right > edge)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`)
    const texts: string[] = []
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node)
      if (range.getBoundingClientRect().right > edge) texts.push(`text “${(node.textContent ?? '').slice(0, 40)}…”`)
    }
    return [...elements, ...texts].slice(0, 5)
  })

/** What markup would have done had it been run as HTML. */
const injected = (page: Page) =>
  page.evaluate(() => ({
    hostile: (window as unknown as { __hostile?: unknown }).__hostile ?? null,
    elements: document.querySelectorAll('main img[src="x"], main script, main iframe, main b, main i, main a[href^="javascript:"]').length,
  }))

const pathOf = (title: string) => {
  const release = releases.find((candidate) => candidate.title === title)
  if (!release) throw new Error(`No release titled ${title.slice(0, 40)}…`)
  return `/releases/${release.id}`
}

describe('fault 8: hostile content', () => {
  it('Fault 8: markup, very long words and titles, right-to-left and zero-width characters and 10,000 paragraphs are rendered as text, with the layout intact and no horizontal scroll at 320 px', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, serviceWorkers: 'block' })
    const page = await context.newPage()
    const main = page.getByRole('main')
    await page.goto(site.url)
    await waitUntilInstalled(page)
    expect(await countRows(page, ['summaries'])).toEqual({ summaries: releases.length })

    // The home page lists the hostile titles as they are written.
    await main.getByRole('link', { name: MANY_PARAGRAPHS_TITLE }).first().waitFor()
    expect(await main.getByText(MARKUP_TITLE, { exact: true }).count()).toBeGreaterThan(0)
    expect(await widerThanScreen(page)).toEqual([])
    expect(await overflowX(page)).toBe(0)
    expect(await injected(page)).toEqual({ hostile: null, elements: 0 })

    // Markup, a word of 600 letters and a long address: text, wrapped within the screen.
    await page.goto(`${site.url}${pathOf(MARKUP_TITLE)}`)
    const title = main.getByRole('heading', { level: 1 })
    await title.waitFor()
    expect(await title.textContent()).toBe(MARKUP_TITLE)
    await main.getByText(MARKUP_PARAGRAPH, { exact: true }).waitFor()
    await main.getByText(`A word without breaks: ${LONG_WORD}.`, { exact: true }).waitFor()
    expect(await main.getByRole('link', { name: LONG_URL }).getAttribute('href')).toBe(LONG_URL)
    expect(await injected(page)).toEqual({ hostile: null, elements: 0 })
    expect(await widerThanScreen(page)).toEqual([])
    expect(await overflowX(page)).toBe(0)

    // Right-to-left and zero-width characters: the title keeps every character, the page its width.
    for (const release of releases.filter((candidate) => candidate.id.startsWith('2024-03-04') || candidate.id.startsWith('2024-03-02'))) {
      await page.goto(`${site.url}/releases/${release.id}`)
      await title.waitFor()
      expect(await title.textContent()).toBe(release.title)
      expect(await widerThanScreen(page)).toEqual([])
      expect(await overflowX(page)).toBe(0)
    }

    // A search whose results carry the long title and the markup, and the country's page listing them all.
    for (const path of ['/search?q=delegates', '/countries/austria']) {
      await page.goto(`${site.url}${path}`)
      await main.getByRole('link', { name: MARKUP_TITLE }).first().waitFor()
      expect(await widerThanScreen(page), path).toEqual([])
      expect(await overflowX(page), path).toBe(0)
      expect(await injected(page), path).toEqual({ hostile: null, elements: 0 })
    }

    // 10,000 paragraphs: every one of them, the last one included.
    await page.goto(`${site.url}${pathOf(MANY_PARAGRAPHS_TITLE)}`)
    await main.getByText(`Paragraph ${MANY_PARAGRAPHS}: `).waitFor()
    expect(await page.locator('main .release-body p').count()).toBe(MANY_PARAGRAPHS)
    expect(await overflowX(page)).toBe(0)
    expect(await injected(page)).toEqual({ hostile: null, elements: 0 })
    expect(await countRows(page, ['summaries'])).toEqual({ summaries: releases.length })
    await context.close()
  })
})
