/**
 * Faults 1 and 2, Chromium killed, against the production build: the browser and all its processes get SIGKILL
 * (a crash, a phone's out-of-memory killer, a power cut) while content is being installed or updated, then start
 * again on the same profile. The host holds files of the pack unanswered, so the kill always lands with the work
 * partway, whatever the machine's speed; the test waits on what the app has stored or been sent, never on time.
 */
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { compileContent, type CompiledContent } from '../../src/content/compile'
import { monthOfPath, planInstall } from '../../src/content/install-plan'
import { buildPack, type Pack } from '../../src/content/pack'
import { NODE_PACK_TOOLS } from '../../scripts/pack-tools'
import { countRows } from '../e2e/support/indexeddb'
import { waitUntilInstalled } from '../e2e/support/installed'
import { createProfile, launchKillable, type KillableChromium } from '../e2e/support/killableChromium'
import { startPackHost, type PackHost } from '../e2e/support/packHost'
import { storedContent, type StoredContent } from '../e2e/support/packContent'
import { manyMongoliaReleases } from '../e2e/support/packVersions'
import { SEED_PATH, SEED_TITLE } from '../e2e/support/shared'

const CONTENT_STORES = ['summaries', 'nodes', 'bodyMonths'] as const
const USER_STORES = ['savedItems', 'reads'] as const
/** Killing and starting Chromium twice, and an install of a few thousand releases on a busy machine. */
const TIMEOUT = 180_000

interface Version {
  content: CompiledContent
  pack: Pack
  ids: string[]
  /** The pack's files, sorted. */
  paths: string[]
  counts: Record<(typeof CONTENT_STORES)[number], number>
  newestTitle: string
}

/** The seed and `count` more releases, one a day from 2021: a pack whose counts the test knows exactly. */
function versionOf(count: number): Version {
  const content = compileContent(manyMongoliaReleases(count))
  const pack = buildPack(content, NODE_PACK_TOOLS)
  const ids = content.releases.map((release) => release.id).sort()
  const newest = content.releases.find((release) => release.id === ids.at(-1))
  const months = pack.manifest.files.filter((file) => file.role === 'releases').length
  const paths = pack.manifest.files.map((file) => file.path).sort()
  return { content, pack, ids, paths, counts: { summaries: ids.length, nodes: content.taxonomy.nodes.length, bodyMonths: months }, newestTitle: newest?.title ?? '' }
}

let host: PackHost | undefined
let chromium: KillableChromium | undefined
let profile: ReturnType<typeof createProfile> | undefined
const releases: (() => Promise<void>)[] = []

afterEach(async () => {
  await chromium?.kill()
  // A held request keeps its connection open, and the host's close would wait for it.
  await Promise.all(releases.splice(0).map((release) => release()))
  await host?.close()
  profile?.remove()
  chromium = undefined
  host = undefined
  profile = undefined
})

/** Starts Chromium on the test's profile (a new one the first time) and opens the app. */
async function startChromium(): Promise<Page> {
  profile ??= createProfile()
  chromium = await launchKillable(profile.path)
  const page = chromium.context.pages()[0] ?? (await chromium.context.newPage())
  await page.goto(running().host.url)
  return page
}

async function killChromium(): Promise<void> {
  await running().chromium.kill()
  chromium = undefined
}

function running(): { host: PackHost; chromium: KillableChromium } {
  if (!host || !chromium) throw new Error('no host or browser: start them first')
  return { host, chromium }
}

/** Holds every request of `path` until the test ends or calls the returned release (which resolves once they are answered). */
function hold(path: string): () => Promise<void> {
  if (!host) throw new Error('no host: start it first')
  const release = host.hold(path)
  releases.push(release)
  return release
}

type Snapshot = StoredContent

/** Runs `during` while looking at the stored content again and again; every look must pass `check`. */
async function watchingContent(page: Page, check: (snapshot: Snapshot) => void, during: () => Promise<void>): Promise<void> {
  let watching = true
  const watch = (async () => {
    while (watching) check(await storedContent(page))
  })()
  const done = during()
  // A failed look ends the wait at once; the wait left behind ends with the browser.
  done.catch(() => undefined)
  try {
    await Promise.race([done, watch.then(() => done)])
  } finally {
    watching = false
    await watch
  }
}

const monthsOf = (paths: readonly string[]) => new Set(paths.map(monthOfPath).filter((month): month is string => month !== null))
/** During a first install, the releases stored are exactly those of the months recorded as installed: never part of a month. */
function onlyWholeMonths(version: Version): (snapshot: Snapshot) => void {
  return (snapshot) => {
    const months = monthsOf(snapshot.installedFiles)
    expect(snapshot.ids).toEqual(version.ids.filter((id) => months.has(id.slice(0, 7))))
  }
}

const checkNow = (page: Page) => page.evaluate(() => dispatchEvent(new Event('online')))
const saveButton = (page: Page, title: string, pressed?: boolean) => page.getByRole('main').getByRole('button', { name: `Save “${title}”`, pressed }).first()

describe('faults 1 and 2: Chromium killed', () => {
  it(
    'Fault 1: Chromium killed in the middle of a first install finishes it after a restart, with every release exactly once and a save made during the install kept',
    async () => {
      // 2,001 releases in 3 batches (500, 1,000, the rest). A month of the second batch is held until the reader
      // has saved a release; a month of the last batch is held until after the restart, so the install is always partway.
      const v1 = versionOf(2000)
      const batches = planInstall(v1.pack.manifest, []).batches
      expect(batches.length).toBe(3)
      host = await startPackHost(v1.pack)
      const releaseSecond = hold(batches[1]?.files[0]?.path ?? '')
      const release = hold(batches[2]?.files[0]?.path ?? '')

      const page = await startChromium()
      // The newest releases show while the rest installs; the reader saves one.
      await saveButton(page, v1.newestTitle).click()
      await saveButton(page, v1.newestTitle, true).waitFor()
      expect((await storedContent(page)).installedFiles.length).toBe(1 + (batches[0]?.files.length ?? 0))
      // Killed the moment the second batch's held month has been sent: the batch is arriving, being checked or being written.
      await releaseSecond()
      await killChromium()

      // Restarted with the file still held: the stored part is whole months only, and the install is not marked complete.
      const restarted = await startChromium()
      const partway = await storedContent(restarted)
      onlyWholeMonths(v1)(partway)
      expect(partway.complete).toBe(false)
      expect(partway.ids.length).toBeGreaterThan(0)
      expect(partway.ids.length).toBeLessThan(v1.ids.length)
      // The held file arrives: the install resumes, and every look at the database on the way is whole months.
      await watchingContent(restarted, onlyWholeMonths(v1), async () => {
        await release()
        await waitUntilInstalled(restarted)
      })

      expect(await countRows(restarted, [...CONTENT_STORES, 'stagedFiles'])).toEqual({ ...v1.counts, stagedFiles: 0 })
      const after = await storedContent(restarted)
      expect(after).toEqual({ version: v1.pack.manifest.version, complete: true, installedFiles: v1.paths, ids: v1.ids })
      expect(await countRows(restarted, ['savedItems'])).toEqual({ savedItems: 1 })

      // The reader sees it: the save still pressed on the home page, and the oldest release (from the held month) opens.
      await saveButton(restarted, v1.newestTitle, true).waitFor()
      await restarted.goto(`${running().host.url}${SEED_PATH}`)
      await restarted.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor()
    },
    TIMEOUT,
  )

  it(
    'Fault 2: Chromium killed in the middle of an update keeps the old version whole, with the reader’s saves and read marks, and the next check completes the update',
    async () => {
      const v1 = versionOf(300)
      const v2 = versionOf(450)
      const v1Paths = new Set(v1.pack.manifest.files.map((file) => file.path))
      // The update's files in the order the engine stages them; the last one is held.
      const changed = v2.pack.manifest.files.filter((file) => !v1Paths.has(file.path)).map((file) => file.path)
      expect(changed.length).toBeGreaterThanOrEqual(4)
      const heldPath = changed.at(-1) ?? ''
      host = await startPackHost(v1.pack)

      const page = await startChromium()
      await waitUntilInstalled(page)
      // The reader's own data: v1's newest release saved (its month is rewritten by the update), the seed opened (read).
      await saveButton(page, v1.newestTitle).click()
      await saveButton(page, v1.newestTitle, true).waitFor()
      await page.goto(`${running().host.url}${SEED_PATH}`)
      await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor()
      await vi.waitFor(async () => expect(await countRows(page, USER_STORES)).toEqual({ savedItems: 1, reads: 1 }))

      running().host.serve(v2.pack)
      const release = hold(heldPath)
      // Killed while the update's files are being downloaded and staged. The check is asked for until one stages: a check
      // asked for while the release page's check on start still runs joins that run, which may have read v1's manifest.
      await vi.waitFor(
        async () => {
          await checkNow(page)
          expect((await countRows(page, ['stagedFiles'])).stagedFiles).toBeGreaterThan(0)
        },
        { timeout: 60_000, interval: 20 },
      )
      await killChromium()

      // Restarted with the held file still held: the check on start stages what is missing, then waits for it.
      const restarted = await startChromium()
      await vi.waitFor(async () => expect(await countRows(restarted, ['stagedFiles'])).toEqual({ stagedFiles: changed.length - 1 }), { timeout: 60_000, interval: 100 })
      expect(await storedContent(restarted)).toEqual({ version: v1.pack.manifest.version, complete: true, installedFiles: v1.paths, ids: v1.ids })
      expect(await countRows(restarted, [...CONTENT_STORES, ...USER_STORES])).toEqual({ ...v1.counts, savedItems: 1, reads: 1 })
      await saveButton(restarted, v1.newestTitle, true).waitFor()

      // The held file arrives: the same check switches to v2 at once, and no look at the database ever sees a mix.
      const wholeVersion = (snapshot: Snapshot) => {
        const whole = [v1, v2].find((version) => snapshot.version === version.pack.manifest.version && JSON.stringify(snapshot.ids) === JSON.stringify(version.ids))
        if (!whole) throw new Error(`a mixed state was visible: version ${snapshot.version} with ${snapshot.ids.length} releases`)
      }
      await watchingContent(restarted, wholeVersion, async () => {
        await release()
        await vi.waitFor(async () => expect((await storedContent(restarted)).version).toBe(v2.pack.manifest.version), { timeout: 60_000, interval: 100 })
      })

      expect(await storedContent(restarted)).toEqual({ version: v2.pack.manifest.version, complete: true, installedFiles: v2.paths, ids: v2.ids })
      expect(await countRows(restarted, [...CONTENT_STORES, ...USER_STORES, 'stagedFiles'])).toEqual({ ...v2.counts, savedItems: 1, reads: 1, stagedFiles: 0 })
      await restarted.getByRole('main').getByRole('link', { name: v2.newestTitle }).first().waitFor()
    },
    TIMEOUT,
  )
})
