/**
 * The reader's backup at 20,000 releases, in headless Chromium against the production build: every
 * release read (its read mark only, as a backup carries it), exported from Settings, then imported into a
 * profile with no reader data (every mark new, the unread counts' nodes rebuilt from the content) and
 * once more (nothing changes). Time from choosing the file to the status line, and the main thread's long
 * tasks meanwhile: the file is read, checked and merged in the backup worker.
 */
import type { Page } from 'playwright-core'
import { generateSamplePages } from '../scripts/sample/generate'
import { launchBrowser } from '../tests/e2e/support/browser'
import { buildWithPages, serve } from '../tests/e2e/support/site'
import { KEEP_NAMES_SHIM } from './browser'
import type { Figures } from './figures'

/** A backup file with a read mark for every release installed, made in the page from its summaries (plain IndexedDB). */
async function prepareBackupFile(page: Page): Promise<{ reads: number; bytes: number }> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('osce-field-reader')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    // The `id` index's keys are the release ids (its getAllKeys would give the rows' storage keys).
    const ids: string[] = []
    await new Promise<void>((resolve, reject) => {
      const request = database.transaction('summaries').objectStore('summaries').index('id').openKeyCursor()
      request.onsuccess = () => {
        const cursor = request.result
        if (!cursor) return resolve()
        ids.push(String(cursor.key))
        cursor.continue()
      }
      request.onerror = () => reject(request.error)
    })
    database.close()
    const reads = ids.map((releaseId, index) => ({ releaseId, readAt: new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString() }))
    const text = JSON.stringify({ format: 'osce-field-reader-backup', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', data: { settings: [], saved: [], savedLists: [], savedItems: [], reads, follows: [], history: [] } })
    ;(window as unknown as { backupFile: File }).backupFile = new File([text], 'backup.json', { type: 'application/json' })
    return { reads: reads.length, bytes: text.length }
  })
}

/** Chooses the prepared file in Settings → Your data; the time until the status line says it is done, and the long tasks meanwhile. */
async function importPrepared(page: Page, done: string): Promise<{ ms: number; longTasks: number[] }> {
  return page.evaluate(async (doneText) => {
    const tasks: number[] = []
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)))
    observer.observe({ type: 'longtask' })
    const input = document.querySelector<HTMLInputElement>('#settings-import')
    const status = document.querySelector('.your-data__status')
    if (!input || !status) throw new Error('Settings has no import')
    const started = performance.now()
    // A new list each time: the page empties the input's list after an import.
    const transfer = new DataTransfer()
    transfer.items.add((window as unknown as { backupFile: File }).backupFile)
    input.files = transfer.files
    input.dispatchEvent(new Event('change'))
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        const text = status.textContent ?? ''
        if (text.includes(doneText)) resolve()
        else if (performance.now() - started > 120_000) reject(new Error(`no "${doneText}" after 2 minutes: the status says "${text}"`))
        else setTimeout(check, 20)
      }
      check()
    })
    const ms = performance.now() - started
    // Long tasks are reported after they end: one more task lets the last one arrive.
    await new Promise((resolve) => setTimeout(resolve, 100))
    observer.disconnect()
    return { ms, longTasks: tasks }
  }, done)
}

export async function benchBackup(releases: number): Promise<Figures> {
  const site = buildWithPages(generateSamplePages(releases).map((page) => ({ file: page.name, text: page.text })))
  const server = await serve(site.root)
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    await context.addInitScript({ content: KEEP_NAMES_SHIM })
    const page = await context.newPage()
    await page.goto(`${server.url}/settings`)
    await page.locator('.install-progress').waitFor({ timeout: 30_000 })
    await page.waitForFunction(() => !document.querySelector('.install-progress'), undefined, { timeout: 300_000, polling: 100 })
    await page.locator('#settings-import').waitFor()
    const file = await prepareBackupFile(page)
    const first = await importPrepared(page, 'Imported')
    const again = await importPrepared(page, 'holds nothing new')
    const exportStarted = Date.now()
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()])
    const exportMs = Date.now() - exportStarted
    await context.close()
    const longest = (tasks: readonly number[]) => Math.round(Math.max(0, ...tasks))
    return {
      reads: { label: 'read marks in the backup (every release)', value: file.reads, unit: 'count' },
      fileBytes: { label: 'backup file size', value: file.bytes, unit: 'bytes' },
      importMs: { label: 'import into a device without reader data: file chosen to status (checked, merged, nodes rebuilt, in the worker)', value: first.ms, unit: 'ms' },
      importLongestTaskMs: { label: 'import: longest main-thread task', value: longest(first.longTasks), unit: 'ms', note: first.longTasks.length === 0 ? 'none over 50 ms' : `${first.longTasks.length} over 50 ms` },
      reimportMs: { label: 'the same file again (nothing changes): file chosen to status', value: again.ms, unit: 'ms' },
      reimportLongestTaskMs: { label: 'the same file again: longest main-thread task', value: longest(again.longTasks), unit: 'ms' },
      exportMs: { label: `export with ${file.reads} read marks: click to download`, value: exportMs, unit: 'ms' },
    }
  } finally {
    await browser.close()
    await server.close()
    site.remove()
  }
}
