/**
 * The reader's choices about what content the device keeps: how many years,
 * none at all, or all of it again. Each choice is stored as a setting (user
 * data) and then carried out by a sync run.
 */
import { removeAllContent } from '@/db/install'
import { writeSetting } from '@/db/settings'
import type { ContentSync } from './content-sync'

export async function keepYears(sync: ContentSync, years: number | null): Promise<void> {
  await writeSetting('keepYears', years)
  await sync.check('manual')
}

/** Deletes all content and its search index; saved lists, read marks and settings stay. */
export async function removeContent(sync: ContentSync): Promise<void> {
  await writeSetting('contentRemoved', true)
  await removeAllContent()
  sync.contentReplaced()
}

export async function downloadContentAgain(sync: ContentSync): Promise<void> {
  await writeSetting('contentRemoved', false)
  await sync.check('manual')
}
