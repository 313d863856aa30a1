/**
 * Fault 4, two tabs across an app update and a schema upgrade, against the production build: the installed app
 * (its service worker in control, the content installed) is open in two tabs when a deploy arrives whose code
 * opens the database with a newer schema. One tab takes the update; the other still runs the old code.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { launchPersistentContext } from '../e2e/support/browser'
import { countRows } from '../e2e/support/indexeddb'
import { completeFirstVisit, waitUntilInstalled } from '../e2e/support/installed'
import { STORES } from '../e2e/support/readerData'
import { DIST, serve, type Site } from '../e2e/support/site'
import { SEED_PATH, SEED_TITLE } from '../e2e/support/shared'

/** Schema v6 as the build writes it; v2 of the app adds a v7 with a new table after it. */
const SCHEMA_V6 = /this\.version\(6\)\.stores\(\{[^}]*\}\)\.upgrade\([\w$]+\)/
const SCHEMA_V7 = ',this.version(7).stores({notes:`id`})'
/** Dexie opens schema version N as IndexedDB version N × 10. */
const IDB_VERSION_V6 = 60
const IDB_VERSION_V7 = 70
const BUILD_LABEL = '"data-build":v(`v1`)'
const UPDATED_ELSEWHERE = 'The app was updated in another tab. Reload to continue.'
const INDEX_REVISION = /(url:"index\.html",revision:")[0-9a-f]+"/

let workspace: string
let served: string
let site: Site
let context: BrowserContext | undefined
/** The deploy with schema v7. */
let v2: string

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'field-reader-faults-two-tabs-'))
  served = join(workspace, 'site')
  v2 = buildWithNewerSchema()
  cpSync(DIST, served, { recursive: true })
  site = await serve(served)
})

afterEach(async () => {
  await context?.close()
  context = undefined
})

afterAll(async () => {
  await site?.close()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

/**
 * v2: v1 whose code (main thread and workers) declares schema v7 and labels itself v2. Every chunk that changed, and
 * every chunk that imports one, gets a new name, as a real build's content hashes would give them: the browser's
 * cache and the service worker's precache keep files by name.
 */
function buildWithNewerSchema(): string {
  const build = join(workspace, 'v2')
  cpSync(DIST, build, { recursive: true })
  const assets = join(build, 'assets')
  const texts = new Map(readdirSync(assets).filter((name) => name.endsWith('.js')).map((name) => [name, readFileSync(join(assets, name), 'utf8')]))
  const changed = new Set<string>()
  let schemas = 0
  for (const [name, text] of texts) {
    const next = text.replace(SCHEMA_V6, (v6) => `${v6}${SCHEMA_V7}`).replace(BUILD_LABEL, '"data-build":v(`v2`)')
    if (SCHEMA_V6.test(text)) schemas++
    if (next === text) continue
    texts.set(name, next)
    changed.add(name)
  }
  // The main thread's database, the sync worker's and the other workers' at least; and the label.
  if (schemas < 2 || ![...texts.values()].some((text) => text.includes('"data-build":v(`v2`)'))) throw new Error('The build no longer writes the schema or the build label as this test expects.')
  for (let grown = true; grown; ) {
    grown = false
    for (const [name, text] of texts) {
      if (changed.has(name) || ![...changed].some((other) => text.includes(other))) continue
      changed.add(name)
      grown = true
    }
  }
  const renames = [...changed].map((name) => [name, name.replace(/\.js$/, '-v2.js')] as const)
  const renamed = (text: string) => renames.reduce((result, [from, to]) => result.split(from).join(to), text)
  for (const [name, to] of renames) {
    rmSync(join(assets, name))
    writeFileSync(join(assets, to), renamed(texts.get(name) ?? ''))
  }
  writeFileSync(join(build, 'index.html'), renamed(readFileSync(join(build, 'index.html'), 'utf8')))
  writeFileSync(join(build, 'sw.js'), renamed(readFileSync(join(build, 'sw.js'), 'utf8')).replace(INDEX_REVISION, '$1v2"'))
  return build
}

/** Makes the served folder hold exactly the files of `build`, as a static host's deploy does. */
function deploy(build: string): void {
  for (const entry of readdirSync(served)) rmSync(join(served, entry), { recursive: true, force: true })
  cpSync(build, served, { recursive: true })
}

const databaseVersion = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).find((database) => database.name === 'osce-field-reader')?.version ?? 0)
const buildOf = (page: Page) => page.locator('[data-build]').getAttribute('data-build')
const seedSave = (page: Page, pressed?: boolean) => page.getByRole('main').getByRole('button', { name: `Save “${SEED_TITLE}”`, pressed }).first()

/**
 * Two tabs of v1 with the content installed: the old one has read the seed release (a read mark) and shows it;
 * the other shows the latest releases. Returns the rows stored then.
 */
async function openTwoTabs(serviceWorkers: 'allow' | 'block'): Promise<{ old: Page; other: Page; before: Record<string, number> }> {
  deploy(DIST)
  context = await launchPersistentContext({ viewport: { width: 1280, height: 900 }, serviceWorkers })
  const old = context.pages()[0] ?? (await context.newPage())
  await old.goto(site.url)
  if (serviceWorkers === 'allow') await completeFirstVisit(old, SEED_TITLE)
  else await waitUntilInstalled(old)
  await old.goto(`${site.url}${SEED_PATH}`)
  await old.getByRole('main').getByRole('button', { name: 'Mark as unread' }).waitFor()
  const other = await context.newPage()
  await other.goto(site.url)
  await other.getByRole('main').getByRole('link', { name: SEED_TITLE }).first().waitFor()
  expect(await databaseVersion(other)).toBe(IDB_VERSION_V6)
  expect(await buildOf(other)).toBe('v1')
  const before = await countRows(old, STORES)
  expect(before).toMatchObject({ savedItems: 0, reads: 1 })
  return { old, other, before }
}

/** Waits until `page` runs v2, with its schema in place and the reader's save shown. */
async function runsV2WithTheSave(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-build]')?.getAttribute('data-build') === 'v2', undefined, { timeout: 30_000 })
  await seedSave(page, true).waitFor()
  expect(await databaseVersion(page)).toBe(IDB_VERSION_V7)
}

/** The old tab, on the seed release, runs v2 and shows the release saved and read. */
async function oldTabRunsV2(old: Page): Promise<void> {
  await runsV2WithTheSave(old)
  await old.getByRole('main').getByRole('button', { name: 'Mark as unread' }).waitFor()
}

describe('fault 4: two tabs across an update', () => {
  it('Fault 4: two tabs of the installed app take an update with a schema upgrade together: the upgrade is never blocked, and a save made in the old tab just before is kept', async () => {
    const { old, other, before } = await openTwoTabs('allow')
    deploy(v2)
    await other.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    const prompt = other.getByRole('status').filter({ hasText: 'New version available.' })
    await prompt.waitFor({ timeout: 30_000 })
    // Just before the other tab takes the update, the reader saves the release in the old one.
    await seedSave(old).click()
    await seedSave(old, true).waitFor()
    await prompt.getByRole('button', { name: 'Reload' }).click()

    // The new worker takes over both tabs, and both reload into v2: the one that opens the database first upgrades
    // it, which the other's connections (page and workers) must not block.
    await other.getByRole('main').getByRole('link', { name: SEED_TITLE }).first().waitFor()
    await runsV2WithTheSave(other)
    // The old tab is reloaded by the new worker's takeover; had the upgrade reached it first, it offers the reload.
    await old.waitForFunction((notice) => document.querySelector('[data-build]')?.getAttribute('data-build') === 'v2' || document.querySelector('.reload-prompt')?.textContent?.includes(notice), UPDATED_ELSEWHERE, { timeout: 30_000 })
    if ((await buildOf(old)) === 'v1') await old.getByRole('status').getByRole('button', { name: 'Reload' }).click()
    await oldTabRunsV2(old)
    expect(await countRows(old, STORES)).toEqual({ ...before, savedItems: 1 })
    expect(await countRows(old, ['notes'])).toEqual({ notes: 0 })
  })

  it('Fault 4: a tab of the old version whose database another tab upgrades lets the upgrade through, offers a reload, and keeps the save made just before', async () => {
    // No service worker (a browser or a private window without them): a deploy reaches a tab when it loads.
    const { old, other, before } = await openTwoTabs('block')
    deploy(v2)
    await seedSave(old).click()
    await seedSave(old, true).waitFor()
    await other.reload()

    await other.getByRole('main').getByRole('link', { name: SEED_TITLE }).first().waitFor()
    await runsV2WithTheSave(other)
    await old.getByText(UPDATED_ELSEWHERE).waitFor()
    expect(await buildOf(old)).toBe('v1')
    await old.getByRole('status').getByRole('button', { name: 'Reload' }).click()
    await oldTabRunsV2(old)
    expect(await countRows(old, STORES)).toEqual({ ...before, savedItems: 1 })
  })
})
