/**
 * Fault 6, deploy accidents, the service worker's side, against the production build: the installed app
 * (v1: its service worker in control, content installed, a release saved) meets deploys gone wrong. The
 * tests run in order in one browser profile, as one reader's installed app would live through them.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { launchPersistentContext } from '../e2e/support/browser'
import { countRows } from '../e2e/support/indexeddb'
import { completeFirstVisit } from '../e2e/support/installed'
import { DIST, serve, type Site } from '../e2e/support/site'
import { SEED_TITLE } from '../e2e/support/shared'

const STORES = ['summaries', 'nodes', 'bodyMonths', 'settings', 'savedItems'] as const
const INDEX_REVISION = /(url:"index\.html",revision:")[0-9a-f]+"/

let workspace: string
let served: string
let site: Site
let context: BrowserContext
/** The stored rows once v1 is installed with the seed release saved. */
let before: Record<string, number>

/** Makes the served folder hold exactly the files of `build`, as a static host's deploy does. */
function deploy(build: string): void {
  for (const entry of readdirSync(served)) rmSync(join(served, entry), { recursive: true, force: true })
  cpSync(build, served, { recursive: true })
}

/** Rewrites a build folder's text file. */
function edit(build: string, file: string, change: (text: string) => string): void {
  const path = join(build, file)
  const text = readFileSync(path, 'utf8')
  const changed = change(text)
  if (changed === text) throw new Error(`${file} did not change: the test no longer matches how the build writes it.`)
  writeFileSync(path, changed)
}

/** The next deploy's sw.js, uploaded before the chunk it precaches: its install fails on the missing file. */
function deployBrokenServiceWorker(): void {
  edit(served, 'sw.js', (worker) => worker.replace(/\{url:"index\.html",/, '{url:"assets/index-NOT-UPLOADED.js",revision:null},{url:"index.html",'))
}

/**
 * v2: v1 with an entry module that throws before the app mounts, under a new name (new code, new hash);
 * v3: v1 again with a new precache revision of index.html, the way a fixed deploy's sw.js differs.
 */
function makeDeploys(): { v2: string; v3: string } {
  const entry = /src="\/assets\/(index-[\w-]+\.js)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1]
  if (!entry) throw new Error('index.html has no entry script under /assets/.')
  const v2 = join(workspace, 'v2')
  const v3 = join(workspace, 'v3')
  cpSync(DIST, v2, { recursive: true })
  rmSync(join(v2, 'assets', entry))
  writeFileSync(join(v2, 'assets', 'index-THROWS.js'), "throw new Error('v2 throws on start')\n")
  edit(v2, 'index.html', (html) => html.replace(`/assets/${entry}`, '/assets/index-THROWS.js'))
  edit(v2, 'sw.js', (worker) => worker.replace(`url:"assets/${entry}"`, 'url:"assets/index-THROWS.js"').replace(INDEX_REVISION, '$1v2"'))
  cpSync(DIST, v3, { recursive: true })
  edit(v3, 'sw.js', (worker) => worker.replace(INDEX_REVISION, '$1v3"'))
  return { v2, v3 }
}

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'field-reader-faults-sw-'))
  served = join(workspace, 'site')
  cpSync(DIST, served, { recursive: true })
  site = await serve(served)
  context = await launchPersistentContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(site.url)
  await completeFirstVisit(page, SEED_TITLE)
  await page.getByRole('main').getByRole('button', { name: `Save “${SEED_TITLE}”` }).first().click()
  await page.getByRole('main').getByRole('button', { name: `Save “${SEED_TITLE}”`, pressed: true }).first().waitFor()
  before = await countRows(page, STORES)
  expect(before.savedItems).toBe(1)
})

afterAll(async () => {
  await context?.close()
  await site?.close()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

/** The installed app's tab (the last one open). */
function installedPage(): Page {
  const page = context.pages().at(-1)
  if (!page) throw new Error('The installed app has no tab open.')
  return page
}

const registrationState = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    return { waiting: registration?.waiting !== null && registration?.waiting !== undefined, installing: registration?.installing !== null && registration?.installing !== undefined }
  })

describe('fault 6: deploy accidents (service worker)', () => {
  it('Fault 6: a deploy whose sw.js fails to install leaves the installed app working, online and offline', async () => {
    const page = installedPage()
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

  /** Opens the app until a page shows it running (at most 10 openings, each given 5 s). */
  async function openOnceActivated(url: string): Promise<Page> {
    for (let opening = 0; opening < 10; opening++) {
      const opened = await context.newPage()
      await opened.goto(url)
      const running = await opened.getByRole('main').getByRole('link', { name: SEED_TITLE }).first().waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      )
      if (running) return opened
      await opened.close()
    }
    throw new Error('the app did not come up in 10 openings after v2 was closed')
  }

  it('Fault 6: a deploy that throws at runtime can still be replaced by the next one, with content and saves kept', async () => {
    const { v2, v3 } = makeDeploys()
    const page = installedPage()
    // Online again after the previous test, at v1 (its failed deploy changed nothing).
    await page.reload()
    await page.getByRole('main').getByRole('link', { name: SEED_TITLE }).first().waitFor()

    // v2 is offered, and the reader takes it: its code throws, and no app comes up.
    deploy(v2)
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    const prompt = page.getByRole('status').filter({ hasText: 'New version available.' })
    await prompt.waitFor({ timeout: 30_000 })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // The version offered may be replaced by a deploy the browser finds while the reader decides (a check on the
    // reload above can race the upload): Reload then switches to the newest one, so wait on v2's start, not on one load.
    await prompt.getByRole('button', { name: 'Reload' }).click()
    await vi.waitFor(() => expect(errors).toContain('v2 throws on start'), { timeout: 30_000, interval: 200 })
    expect(await page.locator('[data-build]').count()).toBe(0)

    // v3 is deployed. Opening the app again (v2's page cannot ask) lets the browser find v3's worker.
    deploy(v3)
    await page.reload()
    await vi.waitFor(async () => expect(await registrationState(page)).toEqual({ waiting: true, installing: false }), { timeout: 30_000, interval: 200 })
    // It takes over once v2's last page is closed: the next opening runs v3. The browser activates it a moment after
    // the close, and a page opened before that is still v2's (which keeps v3 waiting): such a page is closed again.
    await page.close()
    const reopened = await openOnceActivated(site.url)
    expect(await reopened.locator('[data-build]').getAttribute('data-build')).toBe('v1')
    expect(await reopened.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated')
    // The shell it runs is v3's: its precache holds v3's index.html, and no longer v2's.
    const revisions = await reopened.evaluate(async () => {
      const urls = await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)))
      return urls.flat().filter((url) => url.includes('index.html')).map((url) => new URL(url).searchParams.get('__WB_REVISION__'))
    })
    expect(revisions).toEqual(['v3'])
    await reopened.getByRole('main').getByRole('button', { name: `Save “${SEED_TITLE}”`, pressed: true }).first().waitFor()
    expect(await countRows(reopened, STORES)).toEqual(before)
  })
})
