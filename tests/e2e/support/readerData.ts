/** The reader's own rows that every fault must keep: a saved release and a read mark, made through the interface. */
import type { Page } from 'playwright-core'
import { SEED_PATH, SEED_TITLE } from './shared'

/** The content tables and the reader's tables a fault test counts before and after. */
export const STORES = ['summaries', 'nodes', 'bodyMonths', 'savedItems', 'reads'] as const

/** Opens the seed release (which marks it read) and saves it; returns when both are stored. */
export async function saveAndReadSeed(page: Page, siteUrl: string): Promise<void> {
  await page.goto(`${siteUrl}${SEED_PATH}`)
  const main = page.getByRole('main')
  await main.getByRole('button', { name: 'Mark as unread' }).waitFor()
  await main.getByRole('button', { name: `Save “${SEED_TITLE}”` }).first().click()
  await main.getByRole('button', { name: `Save “${SEED_TITLE}”`, pressed: true }).first().waitFor()
}
