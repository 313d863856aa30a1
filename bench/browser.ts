/**
 * The app in headless Chromium against the production build with a large
 * sample pack: install time next to a raw IndexedDB baseline written in the
 * same run, main-thread long tasks while installing, the largest country
 * page's first rows, JS heap, and the first route's JavaScript.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { compileContent } from '../src/content/compile'
import { generateSamplePages } from '../scripts/sample/generate'
import { launchBrowser } from '../tests/e2e/support/browser'
import { buildWithPages, DIST, serve } from '../tests/e2e/support/site'

export type Figures = Record<string, number | string>

/** JavaScript the first route loads: the entry script and its module preloads, gzip-compressed. */
export function firstRouteJavaScript(root = DIST): { files: string[]; gzipBytes: number; rawBytes: number } {
  const html = readFileSync(join(root, 'index.html'), 'utf8')
  const files = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((match) => match[1] ?? '')
  let gzipBytes = 0
  let rawBytes = 0
  for (const file of files) {
    const bytes = readFileSync(join(root, file.replace(/^\//, '')))
    rawBytes += bytes.length
    gzipBytes += gzipSync(bytes, { level: 9 }).length
  }
  return { files, gzipBytes, rawBytes }
}

/** Writes the pack's records with the plain IndexedDB API, in one transaction, into a database of the same shape. */
async function rawBaselineMs(page: Page, shardPaths: readonly string[]): Promise<number> {
  return page.evaluate(async (paths) => {
    interface ShardRelease {
      id: string
      body: string[]
      sources: { structure: string | null }[]
      [key: string]: unknown
    }
    // Downloads are not timed: the baseline is the cost of the writes alone.
    const shards = await Promise.all(paths.map(async (path) => (await (await fetch(`/pack/${path}`)).json()) as { releases: ShardRelease[] }))
    const releases = shards.flatMap((shard) => shard.releases)
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('raw-baseline', 1)
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore('releases', { keyPath: 'id' })
        store.createIndex('type', 'type')
        for (const name of ['fields', 'primaryCountries', 'mentionedCountries', 'structures']) store.createIndex(name, name, { multiEntry: true })
        request.result.createObjectStore('bodies', { keyPath: 'id' })
      }
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const started = performance.now()
    await new Promise<void>((resolve, reject) => {
      const transaction = database.transaction(['releases', 'bodies'], 'readwrite')
      const summaries = transaction.objectStore('releases')
      const bodies = transaction.objectStore('bodies')
      for (const { body, ...summary } of releases) {
        summaries.put({ ...summary, structures: summary.sources.map((source) => source.structure).filter(Boolean) })
        bodies.put({ id: summary.id, body })
      }
      transaction.oncomplete = () => resolve()
      transaction.onerror = () => reject(transaction.error)
    })
    const elapsed = performance.now() - started
    database.close()
    return elapsed
  }, shardPaths)
}

export async function benchBrowser(releases: number): Promise<Figures> {
  const pages = generateSamplePages(releases).map((page) => ({ file: page.name, text: page.text }))
  const content = compileContent(pages)
  const primaryCounts = new Map<string, number>()
  for (const release of content.releases) for (const id of release.primaryCountries) primaryCounts.set(id, (primaryCounts.get(id) ?? 0) + 1)
  const [largestCountry, largestCount] = [...primaryCounts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['mongolia', 0]

  const site = buildWithPages(pages)
  const server = await serve(site.root)
  const browser = await launchBrowser()
  try {
    const manifest = JSON.parse(readFileSync(join(site.root, 'pack', 'manifest.json'), 'utf8')) as { files: { path: string; role: string }[] }
    const shardPaths = manifest.files.filter((file) => file.role === 'releases').map((file) => file.path)

    const baselineContext = await browser.newContext()
    const baselinePage = await baselineContext.newPage()
    await baselinePage.goto(`${server.url}/pack/manifest.json`)
    const baselineMs = await rawBaselineMs(baselinePage, shardPaths)
    await baselineContext.close()

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.addInitScript(() => {
      const durations: number[] = []
      ;(window as unknown as { longTasks: number[] }).longTasks = durations
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) durations.push(entry.duration)
      }).observe({ type: 'longtask', buffered: true })
    })
    const started = Date.now()
    await page.goto(server.url)
    await page.getByText('Installing releases').first().waitFor({ timeout: 30_000 })
    await page.waitForFunction(() => !document.body.textContent?.includes('Installing releases'), undefined, { timeout: 300_000, polling: 50 })
    const installMs = Date.now() - started
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)

    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }

    // Cold: a full navigation to the largest country page, timed to its first 20 rows.
    await page.goto(`${server.url}/countries/${largestCountry}`)
    await page.waitForFunction(() => document.querySelectorAll('main .release-item').length >= 20, undefined, { polling: 'raf' })
    const coldCountryMs = await page.evaluate(() => performance.now())
    // Warm: an in-app navigation from another page.
    await page.goto(server.url)
    await page.locator('main .release-item').first().waitFor()
    const warmCountryMs = await page.evaluate(async (slug) => {
      const started = performance.now()
      history.pushState({}, '', `/countries/${slug}`)
      dispatchEvent(new PopStateEvent('popstate'))
      await new Promise<void>((resolve) => {
        const check = () => (document.querySelectorAll('main .release-item').length >= 20 && location.pathname.endsWith(slug) ? resolve() : requestAnimationFrame(check))
        check()
      })
      return performance.now() - started
    }, largestCountry)
    await context.close()

    const firstRoute = firstRouteJavaScript(site.root)
    return {
      releases: content.releases.length,
      'install ms (app, incl. download)': installMs,
      'raw IndexedDB write ms (baseline)': Math.round(baselineMs),
      'install / raw ratio': Number((installMs / baselineMs).toFixed(2)),
      'long tasks while installing': longTasks.length,
      'longest main-thread task ms': Math.round(Math.max(0, ...longTasks)),
      'JS heap after install MB': Number((heap.usedSize / 1048576).toFixed(1)),
      'largest country': `${largestCountry} (${largestCount} primary releases)`,
      'country page first 20 rows, full load ms': Math.round(coldCountryMs),
      'country page first 20 rows, in-app ms': Math.round(warmCountryMs),
      'first-route JS gzip KiB': Number((firstRoute.gzipBytes / 1024).toFixed(1)),
    }
  } finally {
    await browser.close()
    await server.close()
    site.remove()
  }
}
