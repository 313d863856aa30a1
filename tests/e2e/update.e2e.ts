/**
 * A new deployment, end to end: the installed app (v1) finds v2 on the server, asks before
 * switching, and after Reload runs v2 with the reader's settings and content untouched.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchPersistentContext } from './support/browser'
import { countRows } from './support/indexeddb'
import { DIST, serve, type Site } from './support/site'
import { SEED_TITLE } from './support/shared'

const NEW_VERSION = 'New version available.'

let workspace: string
let v2: string
let served: string
let site: Site
let context: BrowserContext
const cspViolations: string[] = []

/** Makes `folder` hold exactly the files of `build`, the way a static host's deploy does. */
function deploy(buildFolder: string, folder: string): void {
  mkdirSync(folder, { recursive: true })
  for (const entry of readdirSync(folder)) rmSync(join(folder, entry), { recursive: true, force: true })
  cpSync(buildFolder, folder, { recursive: true })
}

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'field-reader-update-'))
  v2 = join(workspace, 'v2')
  served = join(workspace, 'site')
  // Same sources, another build label: a changed bundle, so a changed precache manifest and sw.js.
  await build({
    configFile: resolve('vite.config.ts'),
    root: resolve('.'),
    logLevel: 'silent',
    build: { outDir: v2, emptyOutDir: true },
    define: { 'import.meta.env.VITE_BUILD_LABEL': JSON.stringify('v2') },
  })
  // The very content pack v1 serves: this deployment changes the app, not the content.
  rmSync(join(v2, 'pack'), { recursive: true, force: true })
  cpSync(join(DIST, 'pack'), join(v2, 'pack'), { recursive: true })
  deploy(DIST, served)
  site = await serve(served)
  context = await launchPersistentContext({ viewport: { width: 1280, height: 900 } })
  // Collected in Node, so violations on pages that have since reloaded are not lost.
  await context.exposeBinding('reportCspViolation', (_source, text: string) => void cspViolations.push(text))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation
      report(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`)
    })
  })
})

afterAll(async () => {
  await context?.close()
  await site?.close()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

const buildLabel = (page: Page) => page.locator('[data-build]').getAttribute('data-build')

/** The settings row, read with the plain IndexedDB API, independent of the app's code. */
async function textSizeSetting(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('osce-field-reader')
      request.onsuccess = () => done(request.result)
      request.onerror = () => fail(request.error)
    })
    const row = await new Promise<{ value: unknown } | undefined>((done, fail) => {
      const request = database.transaction('settings').objectStore('settings').get('textSize')
      request.onsuccess = () => done(request.result as { value: unknown } | undefined)
      request.onerror = () => fail(request.error)
    })
    database.close()
    return row?.value
  })
}

async function writeTextSizeSetting(page: Page, value: string): Promise<void> {
  await page.evaluate(async (size) => {
    const database = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('osce-field-reader')
      request.onsuccess = () => done(request.result)
      request.onerror = () => fail(request.error)
    })
    await new Promise<void>((done, fail) => {
      const transaction = database.transaction('settings', 'readwrite')
      transaction.objectStore('settings').put({ key: 'textSize', value: size })
      transaction.oncomplete = () => done()
      transaction.onerror = () => fail(transaction.error)
    })
    database.close()
  }, value)
}

describe('a new deployment', () => {
  it('is offered, applied only on Reload, and keeps settings and content', async () => {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(site.url)
    await page.getByRole('link', { name: SEED_TITLE }).waitFor()
    expect(await buildLabel(page)).toBe('v1')
    await page.getByText('Ready to work offline.').waitFor()
    // Prompt mode does not claim open pages: the worker controls the app from the next load on.
    await page.evaluate(() => navigator.serviceWorker.ready)
    await page.reload()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await page.getByRole('link', { name: SEED_TITLE }).waitFor()
    await writeTextSizeSetting(page, 'large')
    expect(await page.getByText(NEW_VERSION).count()).toBe(0)

    deploy(v2, served)
    // Coming back to the tab is one of the moments the app checks for a deployment.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    const prompt = page.getByRole('status').filter({ hasText: NEW_VERSION })
    await prompt.waitFor({ timeout: 30_000 })
    // Still v1: nothing switches until the reader says so.
    expect(await buildLabel(page)).toBe('v1')

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()])
    await page.getByRole('link', { name: SEED_TITLE }).waitFor()
    expect(await buildLabel(page)).toBe('v2')
    expect(await textSizeSetting(page)).toBe('large')
    expect(await countRows(page, ['summaries'])).toEqual({ summaries: 1 })

    // The new worker is in control: a further load neither prompts nor reloads by itself.
    await page.reload()
    await page.getByRole('link', { name: SEED_TITLE }).waitFor()
    expect(await buildLabel(page)).toBe('v2')
    let navigations = 0
    page.on('framenavigated', () => navigations++)
    // Check for a deployment as the app does, and wait for the check to finish: it finds nothing newer.
    const found = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration?.update()
      return { installing: registration?.installing !== null, waiting: registration?.waiting !== null }
    })
    expect(found).toEqual({ installing: false, waiting: false })
    expect(await page.getByText(NEW_VERSION).count()).toBe(0)
    expect(navigations).toBe(0)
    expect(cspViolations).toEqual([])
  })
})
