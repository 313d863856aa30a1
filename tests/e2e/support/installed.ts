import type { Page } from 'playwright-core'
import { installState } from './indexeddb'

/**
 * Completes a first visit the way a reader's does: the service worker controls
 * the page (in prompt mode that needs one reload) and the content install has finished.
 */
export async function completeFirstVisit(page: Page, seedTitle: string): Promise<void> {
  await page.getByRole('link', { name: seedTitle }).waitFor()
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  for (let tries = 0; !(await installState(page))?.complete; tries++) {
    if (tries > 150) throw new Error('The content install did not complete within 30 s.')
    await page.waitForTimeout(200)
  }
}
