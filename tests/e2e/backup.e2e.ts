import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations } from './support/axe'
import { waitUntilInstalled } from './support/installed'
import { SEED_PATH, SEED_TITLE, useBrowserAndSite } from './support/shared'

const shared = useBrowserAndSite()
const SEED_ID = SEED_PATH.split('/').at(-1) ?? ''
const USER_TABLES = ['settings', 'saved', 'savedLists', 'savedItems', 'reads', 'follows', 'history'] as const

/** Rows of the reader's tables, read and written with plain IndexedDB, independent of the app's code (the database exists: the app is installed). */
async function readTables(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (names) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('osce-field-reader')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    try {
      const tables: Record<string, unknown[]> = {}
      for (const name of names) {
        tables[name] = await new Promise<unknown[]>((resolve, reject) => {
          const request = database.transaction(name).objectStore(name).getAll()
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
      }
      return tables
    } finally {
      database.close()
    }
  }, [...USER_TABLES])
}

async function putRows(page: Page, rows: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(async (tables) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('osce-field-reader')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const transaction = database.transaction(Object.keys(tables), 'readwrite')
    for (const [name, values] of Object.entries(tables)) for (const value of values) transaction.objectStore(name).put(value)
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve
      transaction.onerror = () => reject(transaction.error)
    })
    database.close()
  }, rows)
}

/** The reader's tables without what belongs to this device and this visit (a restore on a cleared device makes its own). */
const readerData = (tables: Record<string, unknown[]>) => ({
  ...tables,
  settings: (tables.settings as { key: string }[]).filter((row) => ['theme', 'textSize', 'lineSpacing', 'language', 'keepYears', 'historyEnabled'].includes(row.key)),
})

describe('backup of the reader\'s data, against the production build', () => {
  it('exports, survives clearing the site\'s data, and imports everything back', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', acceptDownloads: true, bypassCSP: true })
    const page = await context.newPage()
    await page.goto(`${shared.site.url}${SEED_PATH}`)
    await waitUntilInstalled(page)
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor()
    await putRows(page, {
      settings: [{ key: 'theme', value: 'sepia' }],
      savedLists: [{ id: 'trip', name: 'Ulaanbaatar trip', createdAt: '2026-11-28T10:00:00.000Z' }],
      savedItems: [{ listId: 'trip', releaseId: SEED_ID, savedAt: '2026-11-28T10:00:00.000Z', title: SEED_TITLE, date: '2017-07-06' }],
      follows: [{ nodeId: 'mongolia', followedAt: '2026-11-28T09:00:00.000Z' }],
      reads: [{ releaseId: SEED_ID, readAt: '2026-11-28T11:00:00.000Z' }],
    })

    // History has the release opened above.
    await page.goto(`${shared.site.url}/history`)
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor()
    expect(await page.locator('.history-entry a').allInnerTexts()).toEqual([SEED_TITLE])
    expect(await axeViolations(page)).toEqual([])

    await page.goto(`${shared.site.url}/settings`)
    const section = page.getByRole('region', { name: 'Your data' })
    await section.waitFor()
    expect(await axeViolations(page)).toEqual([])
    const before = await readTables(page)
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Export my data' }).click()])
    expect(download.suggestedFilename()).toMatch(/^osce-field-reader-backup-\d{4}-\d{2}-\d{2}\.json$/)
    const file = await download.path()
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number }
    expect([exported.format, exported.version]).toEqual(['osce-field-reader-backup', 1])

    // Clear site data, as the browser's settings do, and start again: the content installs anew, the reader's data is gone.
    const session = await context.newCDPSession(page)
    await page.goto('about:blank')
    await session.send('Storage.clearDataForOrigin', { origin: shared.site.url, storageTypes: 'all' })
    await page.goto(`${shared.site.url}/settings`)
    await waitUntilInstalled(page)
    expect((await readTables(page)).follows).toEqual([])

    await section.getByLabel('Import a backup').setInputFiles(file)
    await section.getByRole('status').filter({ hasText: 'Imported' }).waitFor()
    expect(readerData(await readTables(page))).toEqual(readerData(before))
    await page.goto(`${shared.site.url}/history`)
    await page.getByRole('link', { name: SEED_TITLE }).waitFor()

    // Clear my traces, after its question.
    await page.goto(`${shared.site.url}/settings`)
    await section.getByRole('button', { name: 'Clear my traces' }).click()
    await section.getByRole('button', { name: 'Delete them' }).click()
    await section.getByRole('status').filter({ hasText: 'were deleted' }).waitFor()
    const cleared = await readTables(page)
    expect([cleared.savedItems, cleared.reads, cleared.follows, cleared.history]).toEqual([[], [], [], []])
    expect(cleared.settings).toContainEqual({ key: 'theme', value: 'sepia' })
    await context.close()
  })

  it('refuses a truncated file with its message and changes nothing', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.goto(`${shared.site.url}/settings`)
    await waitUntilInstalled(page)
    await putRows(page, { follows: [{ nodeId: 'mongolia', followedAt: '2026-11-28T09:00:00.000Z' }] })
    const before = await readTables(page)
    const text = JSON.stringify({ format: 'osce-field-reader-backup', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', data: { follows: [{ nodeId: 'odihr', followedAt: '2026-11-28T09:00:00.000Z' }] } })
    const section = page.getByRole('region', { name: 'Your data' })
    await section.getByLabel('Import a backup').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 80)) })
    await section.getByRole('status').filter({ hasText: 'cut short' }).waitFor()
    expect(await readTables(page)).toEqual(before)
    await context.close()
  })
})
