import type { Page } from 'playwright-core'
import { vi } from 'vitest'
import { installState } from './indexeddb'

/** Waits until the app has recorded its content install as complete (read with plain IndexedDB). Works in hooks too. */
export async function waitUntilInstalled(page: Page, timeout = 60_000): Promise<void> {
  await vi.waitFor(
    async () => {
      if (!(await installState(page))?.complete) throw new Error(`the content install did not complete within ${timeout / 1000} s`)
    },
    { timeout, interval: 200 },
  )
}

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
  await waitUntilInstalled(page, 30_000)
}
