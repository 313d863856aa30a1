/**
 * A Chromium the test can kill as a crash or a power cut would: SIGKILL to the browser and every process it
 * started, with no chance to flush or close anything, then a new start on the same profile. Playwright's own
 * launch hides the browser's process, so the machine's Chromium is started here and reached over CDP.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from './browser'

export interface KillableChromium {
  /** The profile's own context (service workers, IndexedDB and the HTTP cache live on disk in the profile). */
  readonly context: BrowserContext
  /** Kills the browser and all its processes at once, and returns when none of them is left. */
  kill(): Promise<void>
}

const DEVTOOLS_LISTENING = /DevTools listening on (ws:\/\/\S+)/

/** A profile folder of its own; `remove` once no browser uses it any more. */
export function createProfile(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'field-reader-killable-'))
  return { path, remove: () => rmSync(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }) }
}

/** Starts Chromium on `profile` (headless, a 1280 × 900 window) and connects to it. */
export async function launchKillable(profile: string): Promise<KillableChromium> {
  const args = [...CHROMIUM_ARGS, '--headless=new', '--disable-breakpad', '--hide-scrollbars', '--window-size=1280,900', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank']
  // A process group of its own: one signal reaches the browser and every process it forked (zygote, renderers, GPU, utilities).
  const child = spawn(chromiumPath(), args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] })
  let browser: Browser
  try {
    browser = await chromium.connectOverCDP(await devToolsEndpoint(child))
  } catch (error) {
    await killGroup(child, profile)
    throw error
  }
  const context = browser.contexts()[0]
  if (!context) {
    await killGroup(child, profile)
    throw new Error('Chromium started without its default context: cannot use the profile.')
  }
  return { context, kill: () => killGroup(child, profile) }
}

/** The browser's DevTools address, which Chromium prints on stderr once it listens. */
function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!child.stderr) return reject(new Error('Chromium was started without a stderr pipe'))
    const lines = createInterface({ input: child.stderr })
    const output: string[] = []
    const exited = (code: number | null) => reject(new Error(`Chromium exited (code ${code}) before DevTools listened:\n${output.join('\n')}`))
    child.once('exit', exited)
    child.once('error', reject)
    lines.on('line', (line) => {
      const endpoint = DEVTOOLS_LISTENING.exec(line)?.[1]
      if (!endpoint) {
        // Kept (bounded) to explain a start that fails; the pipe is read to its end so Chromium never blocks on it.
        if (output.length < 50) output.push(line)
        return
      }
      child.off('exit', exited)
      resolve(endpoint)
    })
  })
}

/** Processes whose command line names this profile: the browser and everything it started. */
function processesOf(profile: string): number[] {
  const flag = `--user-data-dir=${profile}`
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(flag)
      } catch {
        return false // ended while listed
      }
    })
    .map(Number)
}

async function killGroup(child: ChildProcess, profile: string): Promise<void> {
  if (child.pid === undefined) return
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((done) => child.once('exit', () => done()))
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    // The group is already gone.
  }
  await exited
  // A process that left the group (none is expected) would keep the profile locked: the next start would hand its
  // window to it and exit. Kill any left by id, and wait until the kernel has reaped them all.
  for (const giveUp = Date.now() + 10_000; ; await new Promise((next) => setTimeout(next, 50))) {
    const left = processesOf(profile)
    if (left.length === 0) return
    if (Date.now() > giveUp) throw new Error(`Chromium processes ${left.join(', ')} of ${profile} are still running`)
    for (const pid of left) {
      try {
        process.kill(pid, 'SIGKILL')
      } catch {
        // ended meanwhile
      }
    }
  }
}
