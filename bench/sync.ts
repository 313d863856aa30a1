/**
 * Content sync at the newsroom's size, as a phone keeps it: a persistent
 * Chromium profile installs a 20,000-release pack and its search index; origin
 * storage is read once it has settled (after a restart of the browser, which
 * lets IndexedDB compact its logs), with where the bytes go. Then the server
 * adds one release: bytes downloaded, time to apply, and main-thread long tasks
 * meanwhile (the page must stay responsive).
 */
import { compileContent } from '../src/content/compile'
import { buildPack, type Pack } from '../src/content/pack'
import { NODE_PACK_TOOLS } from '../scripts/pack-tools'
import { generateSamplePages } from '../scripts/sample/generate'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/browser'
import { startPackHost } from '../tests/e2e/support/packHost'
import { KEEP_NAMES_SHIM } from './browser'
import { targetNote, type Figures } from './figures'

const MiB = 1024 * 1024

/**
 * Polls an async check in the page until it resolves true. Not `waitForFunction`: it
 * takes the check's pending promise itself as truthy and returned at once, so the
 * bench used to restart the browser in the middle of the install.
 */
async function waitFor(page: Page, check: string, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await page.evaluate(check))) {
    if (Date.now() > deadline) throw new Error(`bench: still waiting after ${timeoutMs} ms for ${check.slice(0, 80)}…`)
    await page.waitForTimeout(250)
  }
}

/**
 * True once the content is complete at `version` (and, with `indexed`, the stored
 * search index matches it), read with plain IndexedDB.
 */
const INSTALLED = (version: string, indexed: boolean) => `(async () => {
  const db = await new Promise((resolve) => { const request = indexedDB.open('osce-field-reader'); request.onsuccess = () => resolve(request.result); request.onerror = () => resolve(null) })
  if (!db || !db.objectStoreNames.contains('searchIndex')) { db?.close(); return false }
  const get = (store, key) => new Promise((resolve) => { const request = db.transaction(store).objectStore(store).get(key); request.onsuccess = () => resolve(request.result); request.onerror = () => resolve(undefined) })
  // The index row is read only when asked for: it holds the whole index (29 MB), and reading it in the page was
  // the longest main-thread task of an update.
  const [state, index] = await Promise.all([get('installState', 'content'), ${indexed} ? get('searchIndex', 'index') : null])
  db.close()
  return state?.complete === true && state.version === '${version}' && (${!indexed} || index?.contentVersion === '${version}')
})()`

/** Bytes of what the tables hold, by kind (the values, not IndexedDB's own overhead). */
async function bytesByKind(page: Page): Promise<{ summaries: number; bodies: number; searchIndex: number; nodes: number }> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('osce-field-reader')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const all = (store: string) => new Promise<unknown[]>((resolve, reject) => {
      const request = database.transaction(store).objectStore(store).getAll()
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const json = (rows: unknown[]) => rows.reduce<number>((sum, row) => sum + new TextEncoder().encode(JSON.stringify(row)).byteLength, 0)
    const months = (await all('bodyMonths')) as { packed: Uint8Array }[]
    const index = (await all('searchIndex')) as { buffer: ArrayBuffer }[]
    const result = {
      summaries: json(await all('summaries')),
      bodies: months.reduce((sum, row) => sum + row.packed.byteLength, 0),
      searchIndex: index.reduce((sum, row) => sum + row.buffer.byteLength, 0),
      nodes: json(await all('nodes')),
    }
    database.close()
    return result
  })
}

async function usage(page: Page): Promise<{ total: number; indexedDB: number; caches: number }> {
  return page.evaluate(async () => {
    const estimate = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: Record<string, number> }
    return { total: estimate.usage ?? 0, indexedDB: estimate.usageDetails?.indexedDB ?? 0, caches: estimate.usageDetails?.caches ?? 0 }
  })
}

/** Reads usage until two readings 3 s apart agree within 1%: what the profile keeps, not a write burst in progress. */
async function settledUsage(page: Page): Promise<{ total: number; indexedDB: number; caches: number }> {
  let previous = await usage(page)
  for (let round = 0; round < 20; round++) {
    await page.waitForTimeout(3000)
    const now = await usage(page)
    if (Math.abs(now.total - previous.total) <= previous.total * 0.01) return now
    previous = now
  }
  return previous
}

export async function benchSync(releases: number): Promise<Figures> {
  const pages = generateSamplePages(releases).map((page) => ({ file: page.name, text: page.text }))
  const v1: Pack = buildPack(compileContent(pages), NODE_PACK_TOOLS)
  // The seed page as a new release of today: one more release, in the newest month.
  const seed = readFileSync(resolve('content/pages/2017-07-06-mongolia-verlt.txt'), 'utf8')
  const extra = seed.replace('OSCE organizes first seminar', 'OSCE organizes a further seminar').replace('ULAANBAATAR, 6 July 2017', 'ULAANBAATAR, 30 November 2026')
  const v2: Pack = buildPack(compileContent([...pages, { file: 'extra.txt', text: extra }]), NODE_PACK_TOOLS)
  const releasesJsonBytes = v1.manifest.files.filter((file) => file.role === 'releases').reduce((sum, file) => sum + file.bytes, 0)
  const host = await startPackHost(v1)
  const profile = mkdtempSync(join(tmpdir(), 'field-reader-bench-profile-'))
  const open = async (): Promise<BrowserContext> => {
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS })
    await context.addInitScript({ content: KEEP_NAMES_SHIM })
    return context
  }
  try {
    let context = await open()
    let page = context.pages()[0] ?? (await context.newPage())
    await page.goto(host.url)
    await waitFor(page, INSTALLED(v1.manifest.version, true))
    await context.close()
    // A restart, as a phone's browser would: IndexedDB settles what it wrote.
    context = await open()
    page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${host.url}/about`)
    await page.getByRole('heading', { name: 'About', level: 1 }).waitFor()
    const settled = await settledUsage(page)
    const kinds = await bytesByKind(page)

    // One release more on the server: what an update costs.
    await page.evaluate(() => {
      const durations: number[] = []
      ;(window as unknown as { longTasks: number[] }).longTasks = durations
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) durations.push(entry.duration)
      }).observe({ type: 'longtask' })
    })
    host.serve(v2)
    host.requests.length = 0
    const started = Date.now()
    await page.evaluate(() => dispatchEvent(new Event('online')))
    await waitFor(page, INSTALLED(v2.manifest.version, false))
    const applyMs = Date.now() - started
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)
    const downloaded = host.requests.reduce((sum, path) => sum + (v2.files.get(path)?.length ?? 0), 0)
    await context.close()

    return {
      releases: { label: 'releases in the pack', value: v1.manifest.counts.releases, unit: 'count' },
      releasesJsonBytes: { label: 'release files of the pack (JSON)', value: releasesJsonBytes, unit: 'bytes' },
      settledBytes: { label: 'origin storage, persistent profile, settled after a restart (content, index, app shell)', value: settled.total, unit: 'bytes', note: targetNote(settled.total <= 80 * MiB, 'target ≤ 80 MiB') },
      settledIndexedDbBytes: { label: '… of which IndexedDB', value: settled.indexedDB, unit: 'bytes' },
      settledCacheBytes: { label: '… of which Cache Storage (the precached app shell)', value: settled.caches, unit: 'bytes' },
      summaryBytes: { label: 'where the bytes go: release summaries (JSON of the rows, before IndexedDB’s own compression)', value: kinds.summaries, unit: 'bytes' },
      bodyBytes: { label: 'where the bytes go: bodies (deflated, one row per month)', value: kinds.bodies, unit: 'bytes' },
      searchIndexBytes: { label: 'where the bytes go: search index', value: kinds.searchIndex, unit: 'bytes' },
      nodeBytes: { label: 'where the bytes go: menu nodes', value: kinds.nodes, unit: 'bytes' },
      updateRequests: { label: 'update to one release more: files requested (manifest included)', value: host.requests.length, unit: 'count' },
      updateBytes: { label: 'update to one release more: bytes downloaded', value: downloaded, unit: 'bytes' },
      updateApplyMs: { label: 'update to one release more: check to new version in place', value: applyMs, unit: 'ms' },
      updateLongTasks: { label: 'update: main-thread tasks over 50 ms meanwhile', value: longTasks.length, unit: 'count', note: targetNote(longTasks.length === 0, 'target none') },
    }
  } finally {
    await host.close()
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
  }
}
