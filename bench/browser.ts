/**
 * The app in headless Chromium against the production build with a large
 * sample pack: install time next to a raw IndexedDB baseline written in the
 * same run, main-thread long tasks while installing, the largest country
 * page's first rows, JS heap, and the first route's JavaScript. Search, through
 * the real worker: the index build after install, the cold start to a first
 * answer from the stored index, query latency with and without a facet filter,
 * the stored index's size, and main-thread long tasks while querying. The bench
 * reaches the worker through its own driver (./search-driver.ts), not through the app.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { compileContent } from '../src/content/compile'
import { MANIFEST_FILE } from '../src/content/pack'
import { generateSamplePages } from '../scripts/sample/generate'
import { launchBrowser } from '../tests/e2e/support/browser'
import { buildWithPages, DIST, serve } from '../tests/e2e/support/site'
import type { SearchIndexStatus } from '../src/search/client'
import type { SearchRequest } from '../src/search/types'
import { releasePath } from '../src/router/paths'
import { targetNote, type Figures } from './figures'
import { SEARCH_QUERIES } from './search-queries'
import { SEARCH_WORKER_INIT_SCRIPT, searchWorkerPath, type BenchSearchWindow } from './search-driver'
import { peakOf, sampleWorkerHeaps } from './workerHeap'


/** tsx compiles with esbuild's keepNames, which wraps functions sent to page.evaluate in a `__name` helper the page lacks. */
export const KEEP_NAMES_SHIM = 'globalThis.__name = (fn) => fn'

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

/** What the two raw baselines cost: plain IndexedDB writes, one transaction each, downloads and decoding not timed. */
interface RawBaselines {
  /**
   * The pack's records as plain IndexedDB stores them with no design of its own (the baseline issue 9 measured
   * against): each release keyed by id, its summary with a type index and the four multi-entry indexes, its
   * body in a row of its own.
   */
  packRecordsMs: number
  /** The records the app stores, in the app's shape: summaries under short keys, one row of packed bodies per month. */
  appRecordsMs: number
}

async function rawBaselines(page: Page, shardPaths: readonly string[]): Promise<RawBaselines> {
  return page.evaluate(async (paths) => {
    interface ShardRelease {
      id: string
      sources: { structure: string | null }[]
      [key: string]: unknown
    }
    const shards = await Promise.all(
      paths.map(async (path) => {
        const shard = (await (await fetch(`/pack/${path}`)).json()) as { shard: string; releases: ShardRelease[]; bodies: string }
        const packed = Uint8Array.from(atob(shard.bodies), (character) => character.charCodeAt(0))
        const inflated = await new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text()
        return { ...shard, packed, bodies: JSON.parse(inflated) as [string, string[]][] }
      }),
    )
    const open = (name: string, create: (database: IDBDatabase) => void) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, 1)
        request.onupgradeneeded = () => create(request.result)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    const timedWrite = async (database: IDBDatabase, stores: string[], write: (transaction: IDBTransaction) => void) => {
      const started = performance.now()
      await new Promise<void>((resolve, reject) => {
        const transaction = database.transaction(stores, 'readwrite')
        write(transaction)
        transaction.oncomplete = () => resolve()
        transaction.onerror = () => reject(transaction.error)
        // A full disk aborts the transaction without an error event on it: without this the bench would wait forever.
        transaction.onabort = () => reject(transaction.error ?? new Error('the raw baseline write was aborted'))
      })
      database.close()
      return performance.now() - started
    }
    const structuresOf = (summary: ShardRelease) => summary.sources.map((source) => source.structure).filter(Boolean)
    const MULTI_ENTRY = ['fields', 'primaryCountries', 'mentionedCountries', 'structures']

    const plain = await open('raw-baseline-pack-records', (database) => {
      const releases = database.createObjectStore('releases', { keyPath: 'id' })
      releases.createIndex('type', 'type')
      for (const name of MULTI_ENTRY) releases.createIndex(name, name, { multiEntry: true })
      database.createObjectStore('bodies', { keyPath: 'id' })
    })
    const packRecordsMs = await timedWrite(plain, ['releases', 'bodies'], (transaction) => {
      for (const shard of shards) {
        for (const summary of shard.releases) transaction.objectStore('releases').put({ ...summary, structures: structuresOf(summary) })
        for (const [id, body] of shard.bodies) transaction.objectStore('bodies').put({ id, body })
      }
    })

    const appShaped = await open('raw-baseline-app-records', (database) => {
      const summaries = database.createObjectStore('summaries', { keyPath: 'key' })
      summaries.createIndex('id', 'id', { unique: true })
      for (const name of MULTI_ENTRY) summaries.createIndex(name, name, { multiEntry: true })
      database.createObjectStore('bodyMonths', { keyPath: 'month' })
    })
    const appRecordsMs = await timedWrite(appShaped, ['summaries', 'bodyMonths'], (transaction) => {
      for (const shard of shards) {
        shard.releases.forEach((summary, rank) => {
          transaction.objectStore('summaries').put({ ...summary, key: `${shard.shard}${rank.toString(36).padStart(4, '0')}`, structures: structuresOf(summary) })
        })
        transaction.objectStore('bodyMonths').put({ month: shard.shard, packed: shard.packed })
      }
    })
    return { packRecordsMs, appRecordsMs }
  }, shardPaths)
}

type SearchWindow = BenchSearchWindow & { longTasks: number[] }

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0
}

/** Every bench query `rounds` times after one untimed round, each awaited: round-trip and in-worker times. */
async function timeQueries(page: Page, requests: readonly SearchRequest[], rounds: number): Promise<{ roundTrip: number[]; inWorker: number[]; answered: number }> {
  return page.evaluate(
    async ({ requests, rounds }) => {
      const page = window as unknown as SearchWindow
      if (!page.benchSearchWorker) throw new Error('the app has not started its search worker')
      const client = page.benchSearchClient(page.benchSearchWorker)
      const roundTrip: number[] = []
      const inWorker: number[] = []
      let answered = 0
      for (let round = 0; round <= rounds; round++) {
        for (const request of requests) {
          const started = performance.now()
          const response = await client.search(request)
          if (round === 0) {
            if (response.total > 0) answered++
            continue
          }
          roundTrip.push(performance.now() - started)
          inWorker.push(response.tookMs)
        }
      }
      return { roundTrip, inWorker, answered }
    },
    { requests, rounds },
  )
}

/** Releases grouped by month, the months with the most releases first. */
function releasesByMonthSize<R extends { date: string }>(releases: readonly R[]): R[][] {
  const months = new Map<string, R[]>()
  for (const release of releases) {
    const month = release.date.slice(0, 7)
    const rows = months.get(month)
    if (rows) rows.push(release)
    else months.set(month, [release])
  }
  return [...months.values()].sort((a, b) => b.length - a.length)
}

/** What opening a release costs in IndexedDB and decompression, without the page: the month's row, inflated and parsed. */
async function readMonthOfBodies(page: Page, month: string): Promise<{ medianMs: number; packedBytes: number }> {
  return page.evaluate(async (month) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('osce-field-reader')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const times: number[] = []
    let packedBytes = 0
    for (let round = 0; round < 9; round++) {
      const started = performance.now()
      const row = await new Promise<{ packed: Uint8Array }>((resolve, reject) => {
        const request = database.transaction('bodyMonths').objectStore('bodyMonths').get(month)
        request.onsuccess = () => resolve(request.result as { packed: Uint8Array })
        request.onerror = () => reject(request.error)
      })
      const stream = new Blob([row.packed as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
      JSON.parse(new TextDecoder().decode(await new Response(stream).arrayBuffer()))
      times.push(performance.now() - started)
      packedBytes = row.packed.byteLength
    }
    database.close()
    return { medianMs: times.sort((a, b) => a - b)[4] ?? 0, packedBytes }
  }, month)
}

export interface BrowserBenchOptions {
  /** Whether to write the raw IndexedDB baselines first (the install ratio's denominator); the scale section skips them. */
  rawBaselines?: boolean
}

export async function benchBrowser(releases: number, { rawBaselines: withBaselines = true }: BrowserBenchOptions = {}): Promise<Figures> {
  // A run at 100,000 releases takes minutes: where it is goes to stderr, so a stall shows its step.
  const began = Date.now()
  const step = (what: string) => console.error(`  [browser ${releases.toLocaleString('en')}] ${what} at ${Math.round((Date.now() - began) / 1000)} s`)
  const pages = generateSamplePages(releases).map((page) => ({ file: page.name, text: page.text }))
  const content = compileContent(pages)
  const primaryCounts = new Map<string, number>()
  for (const release of content.releases) for (const id of release.primaryCountries) primaryCounts.set(id, (primaryCounts.get(id) ?? 0) + 1)
  const [largestCountry, largestCount] = [...primaryCounts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['mongolia', 0]

  step('pages compiled')
  const site = buildWithPages(pages)
  step('pack built')
  const server = await serve(site.root)
  const browser = await launchBrowser()
  try {
    const manifest = JSON.parse(readFileSync(join(site.root, 'pack', MANIFEST_FILE), 'utf8')) as { files: { path: string; role: string; bytes: number }[] }
    const shardPaths = manifest.files.filter((file) => file.role === 'releases').map((file) => file.path)
    // The releases as JSON, bodies included: what the index indexes (the pack carries bodies deflated since format 2).
    const releasesJsonBytes = content.releases.reduce((sum, release) => sum + Buffer.byteLength(JSON.stringify(release), 'utf8'), 0)

    let baselines: RawBaselines = { packRecordsMs: Number.NaN, appRecordsMs: Number.NaN }
    if (withBaselines) {
      const baselineContext = await browser.newContext()
      await baselineContext.addInitScript({ content: KEEP_NAMES_SHIM })
      const baselinePage = await baselineContext.newPage()
      await baselinePage.goto(`${server.url}/pack/${MANIFEST_FILE}`)
      baselines = await rawBaselines(baselinePage, shardPaths)
      await baselineContext.close()
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript({ content: KEEP_NAMES_SHIM })
    await context.addInitScript({ content: SEARCH_WORKER_INIT_SCRIPT })
    const page = await context.newPage()
    await page.addInitScript(() => {
      const durations: number[] = []
      const starts: number[] = []
      ;(window as unknown as { longTasks: number[]; longTaskStarts: number[] }).longTasks = durations
      ;(window as unknown as { longTaskStarts: number[] }).longTaskStarts = starts
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          durations.push(entry.duration)
          starts.push(entry.startTime)
        }
      }).observe({ type: 'longtask', buffered: true })
    })
    // The workers' heaps through the install, the index build and the cold start.
    const workerHeaps = await sampleWorkerHeaps(browser)
    step('raw baselines written')
    const started = Date.now()
    await page.goto(server.url)
    // The bench watches the progress element with a querySelector: matching text through the whole page (as
    // getByText and a textContent check do) took up to 81 ms of the main thread per look, and counted as the app's.
    await page.locator('.install-progress').waitFor({ timeout: 30_000 })
    const installBegan = await page.evaluate(() => performance.now())
    await page.waitForFunction(() => !document.querySelector('.install-progress'), undefined, { timeout: 300_000, polling: 50 })
    const installMs = Date.now() - started
    step('installed')
    // The app's own start (script evaluation, first render) comes before the install shows progress: counted apart.
    const allTasks = await page.evaluate(() => {
      const page = window as unknown as { longTasks: number[]; longTaskStarts: number[] }
      return page.longTasks.map((duration, index) => ({ duration, start: page.longTaskStarts[index] ?? 0 }))
    })
    const longTasks = allTasks.filter((task) => task.start + task.duration > installBegan).map((task) => task.duration)
    const bootTasks = allTasks.filter((task) => task.start + task.duration <= installBegan).map((task) => task.duration)

    // Search, first time: the store asked the worker to build the index when the install completed;
    // status() is queued behind that build, so it answers once the index is built and stored. The search
    // client loads on first use, so its worker starts a moment after the install ends.
    await page.waitForFunction(() => !!(window as unknown as SearchWindow).benchSearchWorker, undefined, { timeout: 10_000 })
    const built = await page.evaluate(async () => {
      const page = window as unknown as SearchWindow
      if (!page.benchSearchWorker) throw new Error('the app did not start its search worker after the install')
      const client = page.benchSearchClient(page.benchSearchWorker)
      const started = performance.now()
      // A worker that ran out of memory never answers: the bench says so instead of waiting forever.
      const status = await Promise.race([client.status(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the search worker gave no answer in 10 min (crashed?)')), 600_000))])
      return { status, waitedMs: performance.now() - started }
    })
    const buildStatus: SearchIndexStatus | null = built.status
    step('search index built')
    if (buildStatus?.source !== 'built' || !buildStatus.complete) throw new Error(`search index not built after install: ${JSON.stringify(buildStatus)}`)

    // Query latency, warm, through the worker; long tasks counted over the querying alone.
    await page.evaluate(() => {
      ;(window as unknown as SearchWindow).longTasks.length = 0
    })
    const plain = SEARCH_QUERIES.map((query): SearchRequest => ({ q: query.text, filters: {}, sort: 'relevance', limit: 20 }))
    const faceted = plain.map((request): SearchRequest => ({ ...request, filters: { country: 'moldova' } }))
    const plainTimes = await timeQueries(page, plain, 3)
    const facetedTimes = await timeQueries(page, faceted, 3)
    const queryLongTasks = await page.evaluate(() => [...(window as unknown as SearchWindow).longTasks])
    const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b)
    const plainRoundTrip = sorted(plainTimes.roundTrip)
    const facetedRoundTrip = sorted(facetedTimes.roundTrip)
    const plainInWorker = sorted(plainTimes.inWorker)

    // Cold start with the index stored: a full page load, timed from navigation start to the first answer.
    await page.goto(server.url)
    // The worker is started here as the app's search client starts it on the first search.
    const cold = await page.evaluate(async (workerPath) => {
      const started = performance.now()
      const client = (window as unknown as SearchWindow).benchSearchClient(new Worker(workerPath, { type: 'module' }))
      const response = await client.search({ q: 'election', filters: {}, sort: 'relevance', limit: 20 })
      const answeredAt = performance.now()
      return { answeredAt, callMs: answeredAt - started, total: response.total, status: await client.status() }
    }, searchWorkerPath(site.root))
    if (cold.status?.source !== 'stored') throw new Error(`cold start rebuilt the index instead of loading it: ${JSON.stringify(cold.status)}`)

    const heaps = await workerHeaps.stop()
    step('search index loaded cold')
    const storageUsage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0)
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
    const countryInApp = () =>
      page.evaluate(async (slug) => {
        // The home page's own rows stay until the country page replaces them: only rows drawn since count.
        for (const row of document.querySelectorAll('main .release-item')) row.setAttribute('data-bench-before', '')
        const started = performance.now()
        history.pushState({}, '', `/countries/${slug}`)
        dispatchEvent(new PopStateEvent('popstate'))
        await new Promise<void>((resolve) => {
          const check = () => (document.querySelectorAll('main .release-item:not([data-bench-before])').length >= 20 ? resolve() : requestAnimationFrame(check))
          check()
        })
        return performance.now() - started
      }, largestCountry)
    const homeInApp = () =>
      page.evaluate(async () => {
        history.pushState({}, '', '/')
        dispatchEvent(new PopStateEvent('popstate'))
        await new Promise<void>((resolve) => {
          const check = () => (location.pathname === '/' && document.querySelector('main .for-you') ? resolve() : requestAnimationFrame(check))
          check()
        })
      })
    // The first time loads the page's code; then the median of 5, as a reader moving around the app sees it.
    const firstCountryMs = await countryInApp()
    const countryTimes: number[] = []
    for (let round = 0; round < 5; round++) {
      await homeInApp()
      countryTimes.push(await countryInApp())
    }
    const warmCountryMs = [...countryTimes].sort((a, b) => a - b)[2] ?? 0
    // Opening a release: the page reads its summary and its month of bodies, inflated whole. Timed twice, in-app,
    // for a release of the smallest and of the largest month, after a first release has loaded the page's code;
    // and the reading alone (the month's row, inflate, parse), median of 9, for the largest month.
    const openRelease = (release: { id: string; title: string } | undefined) =>
      page.evaluate(async ({ path, title }) => {
        const started = performance.now()
        history.pushState({}, '', path)
        dispatchEvent(new PopStateEvent('popstate'))
        await new Promise<void>((resolve) => {
          const check = () => (document.querySelector('main article.release h1')?.textContent === title && document.querySelectorAll('main article.release p').length > 0 ? resolve() : requestAnimationFrame(check))
          check()
        })
        return performance.now() - started
      }, { path: releasePath(release?.id ?? ''), title: release?.title ?? '' })
    const months = releasesByMonthSize(content.releases)
    await openRelease(content.releases[0])
    const smallMonthOpenMs = await openRelease(months.at(-1)?.[0])
    const largeMonthOpenMs = await openRelease(months[0]?.[0])
    const monthRead = await readMonthOfBodies(page, months[0]?.[0]?.date.slice(0, 7) ?? '')
    await context.close()

    const firstRoute = firstRouteJavaScript(site.root)
    const installRatio = installMs / baselines.packRecordsMs
    const longest = Math.max(0, ...longTasks)
    const longestBoot = Math.max(0, ...bootTasks)
    return {
      releases: { label: 'releases in the pack', value: content.releases.length, unit: 'count' },
      installMs: { label: 'install into IndexedDB (app: download, verify, write)', value: installMs, unit: 'ms' },
      rawWriteMs: { label: 'raw baseline: the pack’s records written plainly (one row per release and per body, keyed by id), one transaction', value: baselines.packRecordsMs, unit: 'ms' },
      installRatio: { label: 'install / raw baseline', value: installRatio, unit: 'ratio', note: installRatio <= 1.3 ? 'target ≤ 1.3× met' : 'target ≤ 1.3× MISSED' },
      rawAppShapeMs: { label: 'raw writes of the records the app stores, in its shape (short keys, packed months), one transaction', value: baselines.appRecordsMs, unit: 'ms' },
      installAppShapeRatio: { label: 'install / raw writes of the app’s own records (the app’s overhead: download, checks, batches, start)', value: installMs / baselines.appRecordsMs, unit: 'ratio' },
      longTasks: { label: 'main-thread tasks over 50 ms while installing (from the first progress shown)', value: longTasks.length, unit: 'count', note: longTasks.length === 0 ? 'target none met' : 'target none MISSED' },
      longestTaskMs: { label: 'longest main-thread task while installing', value: longest, unit: 'ms' },
      bootLongestTaskMs: { label: 'longest main-thread task of the app’s start, before the install began (script evaluation, first render)', value: longestBoot, unit: 'ms' },
      storageBytes: { label: 'origin storage used after install and index build (navigator.storage.estimate)', value: storageUsage, unit: 'bytes' },
      heapMB: { label: 'JS heap after install (after GC)', value: heap.usedSize / 1048576, unit: 'MB' },
      syncWorkerPeakHeapMB: { label: 'sync worker: peak JS heap while installing (sampled every 100 ms)', value: peakOf(heaps, 'sync.worker') / 1048576, unit: 'MB' },
      searchWorkerPeakHeapMB: { label: 'search worker: peak JS heap while building and loading the index (sampled every 100 ms)', value: peakOf(heaps, 'search.worker') / 1048576, unit: 'MB' },
      largestCountryReleases: { label: `primary releases of the largest country (${largestCountry})`, value: largestCount, unit: 'count' },
      countryColdMs: { label: 'largest country page, navigation to first 20 rows (full load)', value: coldCountryMs, unit: 'ms' },
      countryFirstInAppMs: { label: 'largest country page, first in-app navigation to first 20 rows (loads the page’s code)', value: firstCountryMs, unit: 'ms' },
      countryInAppMs: { label: 'largest country page, in-app navigation to first 20 rows (median of 5, from home)', value: warmCountryMs, unit: 'ms', note: warmCountryMs <= 100 ? 'target ≤ 100 ms met' : 'target ≤ 100 ms MISSED' },
      releaseOpenSmallMs: { label: `opening a release, in-app navigation to its text: smallest month (${months.at(-1)?.length ?? 0} releases)`, value: smallMonthOpenMs, unit: 'ms' },
      releaseOpenLargeMs: { label: `opening a release, in-app navigation to its text: largest month (${months[0]?.length ?? 0} releases)`, value: largeMonthOpenMs, unit: 'ms' },
      releaseReadMs: { label: 'reading a release’s body: its month’s row, inflate and parse (largest month, median of 9)', value: monthRead.medianMs, unit: 'ms', note: targetNote(monthRead.medianMs <= 30, 'target ≤ 30 ms') },
      releaseMonthBytes: { label: 'largest month of bodies: stored (deflated) bytes', value: monthRead.packedBytes, unit: 'bytes' },
      searchBuildMs: { label: 'search index, first build after install (read releases, build, store, open; in the worker)', value: buildStatus.totalMs, unit: 'ms' },
      searchBuildReadMs: { label: 'search index build: reading releases from IndexedDB', value: buildStatus.readMs, unit: 'ms' },
      searchBuildEngineMs: { label: 'search index build: buildSearchIndex', value: buildStatus.buildMs, unit: 'ms' },
      searchBuildStoreMs: { label: 'search index build: storing it', value: buildStatus.storeMs, unit: 'ms' },
      searchBuildWaitMs: { label: 'search index ready, measured from the install finishing', value: built.waitedMs, unit: 'ms' },
      searchIndexBytes: { label: 'stored search index (buffer.byteLength)', value: buildStatus.bytes, unit: 'bytes' },
      searchIndexRatio: { label: 'stored search index / the releases as JSON, bodies included', value: buildStatus.bytes / releasesJsonBytes, unit: 'ratio', note: buildStatus.bytes / releasesJsonBytes <= 0.6 ? 'target ≤ 0.6× met' : 'target ≤ 0.6× MISSED' },
      searchColdMs: { label: 'search usable after a cold page load: navigation start to first answer (stored index)', value: cold.answeredAt, unit: 'ms', note: cold.answeredAt <= 1000 ? 'target ≤ 1 s met' : 'target ≤ 1 s MISSED' },
      searchColdCallMs: { label: 'cold start: first search call to answer (worker start, open DB, load index, query)', value: cold.callMs, unit: 'ms' },
      searchColdLoadMs: { label: 'cold start: loading the stored index in the worker', value: cold.status.totalMs, unit: 'ms' },
      searchQueriesAnswered: { label: `search queries answered (of ${plain.length})`, value: plainTimes.answered, unit: 'count' },
      searchQueryP50Ms: { label: 'search query p50, round trip through the worker', value: percentile(plainRoundTrip, 0.5), unit: 'ms' },
      searchQueryP95Ms: { label: 'search query p95, round trip through the worker', value: percentile(plainRoundTrip, 0.95), unit: 'ms', note: percentile(plainRoundTrip, 0.95) <= 30 ? 'target ≤ 30 ms met' : 'target ≤ 30 ms MISSED' },
      searchQueryMaxMs: { label: 'search query max, round trip', value: plainRoundTrip.at(-1) ?? 0, unit: 'ms' },
      searchQueryWorkerP95Ms: { label: 'search query p95 inside the worker (tookMs)', value: percentile(plainInWorker, 0.95), unit: 'ms' },
      searchFacetP50Ms: { label: 'search query + country filter (moldova) p50, round trip', value: percentile(facetedRoundTrip, 0.5), unit: 'ms' },
      searchFacetP95Ms: { label: 'search query + country filter (moldova) p95, round trip', value: percentile(facetedRoundTrip, 0.95), unit: 'ms', note: percentile(facetedRoundTrip, 0.95) <= 30 ? 'target ≤ 30 ms met' : 'target ≤ 30 ms MISSED' },
      searchLongTasks: { label: 'main-thread tasks over 50 ms while querying', value: queryLongTasks.length, unit: 'count', note: queryLongTasks.length === 0 ? 'target none met' : 'target none MISSED' },
      firstRouteGzipBytes: { label: 'first-route JavaScript, gzip', value: firstRoute.gzipBytes, unit: 'bytes', note: firstRoute.gzipBytes <= 120 * 1024 ? 'target ≤ 120 KiB met' : 'target ≤ 120 KiB MISSED' },
    }
  } finally {
    await browser.close()
    await server.close()
    site.remove()
  }
}
