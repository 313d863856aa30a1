/**
 * Fault 6, deploy accidents, the service worker's side, against the production build: the installed app
 * (its service worker in control, content installed) meets a deploy whose sw.js cannot install, here a
 * half-finished upload whose precache list names a file that is not on the server.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchPersistentContext } from '../e2e/support/browser'
import { countRows } from '../e2e/support/indexeddb'
import { completeFirstVisit } from '../e2e/support/installed'
import { DIST, serve, type Site } from '../e2e/support/site'
import { SEED_TITLE } from '../e2e/support/shared'

const STORES = ['summaries', 'nodes', 'bodyMonths', 'settings', 'savedItems'] as const
const PRECACHE_ENTRY = /\{url:"index\.html",revision:"[0-9a-f]+"\}/

let workspace: string
let site: Site
let context: BrowserContext

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'field-reader-faults-sw-'))
  cpSync(DIST, workspace, { recursive: true })
  site = await serve(workspace)
  context = await launchPersistentContext({ viewport: { width: 1280, height: 900 } })
})

afterAll(async () => {
  await context?.close()
  await site?.close()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

/** The next deploy's sw.js, uploaded before the chunk it precaches: its install fails on the missing file. */
function deployBrokenServiceWorker(): void {
  const file = join(workspace, 'sw.js')
  const worker = readFileSync(file, 'utf8')
  const entry = PRECACHE_ENTRY.exec(worker)?.[0]
  if (!entry) throw new Error('sw.js has no precache entry for index.html: the test no longer matches how the build writes it.')
  writeFileSync(file, worker.replace(entry, `{url:"assets/index-NOT-UPLOADED.js",revision:null},${entry}`))
}

describe('fault 6: deploy accidents (service worker)', () => {
  it('Fault 6: a deploy whose sw.js fails to install leaves the installed app working, online and offline', async () => {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(site.url)
    await completeFirstVisit(page, SEED_TITLE)
    await page.getByRole('main').getByRole('button', { name: `Save “${SEED_TITLE}”` }).first().click()
    await page.getByRole('main').getByRole('button', { name: `Save “${SEED_TITLE}”`, pressed: true }).first().waitFor()
    const before = await countRows(page, STORES)
    expect(before.savedItems).toBe(1)
    const installedWorker = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? null)

    deployBrokenServiceWorker()
    // The browser's update check finds the new sw.js and tries to install it: the install fails.
    const outcome = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      if (!registration) return 'no registration'
      const settled = new Promise<string>((resolve) => {
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'redundant' || worker.state === 'installed') resolve(worker.state)
          })
        })
      })
      await registration.update()
      return settled
    })
    expect(outcome).toBe('redundant')

    // The installed version goes on: still in control, no update offered, and it opens again, online and offline.
    expect(await page.getByText('New version available.').count()).toBe(0)
    for (const offline of [false, true]) {
      await context.setOffline(offline)
      await page.reload()
      await page.getByRole('main').getByRole('link', { name: SEED_TITLE }).first().waitFor()
      expect(await page.locator('[data-build]').getAttribute('data-build')).toBe('v1')
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? null)).toBe(installedWorker)
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
      await page.getByRole('main').getByRole('button', { name: `Save “${SEED_TITLE}”`, pressed: true }).first().waitFor()
      expect(await countRows(page, STORES)).toEqual(before)
    }
    await context.setOffline(false)
  })
})
