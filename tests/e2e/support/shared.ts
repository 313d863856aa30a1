/** What most browser test files share: one browser and the built site, started before their tests and closed after. */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchBrowser } from './browser'
import { serve, type Site } from './site'

/** The seed release (content/pages/2017-07-06-mongolia-verlt.txt), as the pages show it. */
export const SEED_TITLE =
  'OSCE organizes first seminar on community-policing approaches to countering violent extremism and radicalization that lead to terrorism in Mongolia'
export const SEED_PATH = '/releases/2017-07-06-osce-organizes-first-seminar-on-community-policing-approaches-to-countering-c184613d'

export interface BrowserAndSite {
  readonly browser: Browser
  /** The production build (dist/, or READER_DIST), served as `npm start` serves it. */
  readonly site: Site
}

/** Call at the top of a test file: registers the file's beforeAll and afterAll. */
export function useBrowserAndSite(): BrowserAndSite {
  let browser: Browser | undefined
  let site: Site | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
    site = await serve()
  })
  afterAll(async () => {
    await site?.close()
    await browser?.close()
  })
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The browser and the site start in beforeAll: use them inside tests and hooks.')
    return value
  }
  return {
    get browser() {
      return started(browser)
    },
    get site() {
      return started(site)
    },
  }
}
