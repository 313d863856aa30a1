/** Launches the machine's Chromium (never a downloaded one) with the flags that work offline and headless. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((path): path is string => !!path)
  const found = candidates.find((path) => existsSync(path))
  if (!found) throw new Error('Chromium not found. Install it (apt-get install -y chromium) or set CHROME_PATH.')
  return found
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS })
}

/** A persistent profile (service workers and installability need one); removed on close. */
export async function launchPersistentContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'field-reader-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  })
  // Chromium's helper processes can still be writing the profile when 'close' fires: retry, and never
  // throw from the event handler (that is an uncaught error that fails the whole run).
  context.on('close', () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
    } catch {
      // A leftover folder in the system temp directory is harmless.
    }
  })
  return context
}
