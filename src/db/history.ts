/**
 * The reader's history: releases they opened, one row per release (the latest
 * opening), with the title and date it had, so an entry still reads after the
 * release has left the content. User data: no content update touches it.
 */
import type { ReleaseSummary } from './database'
import { db, type HistoryEntry } from './database'
import { readSetting } from './settings'

/** Every entry, newest opening first. */
export async function readHistory(): Promise<HistoryEntry[]> {
  return db.history.orderBy('openedAt').reverse().toArray()
}

/**
 * Notes that the reader opened `release` at `openedAt` (ISO), unless they
 * turned history off; opening it again moves it to the top. Returns whether it was recorded.
 */
export async function recordOpened(release: Pick<ReleaseSummary, 'id' | 'title' | 'date'>, openedAt: string): Promise<boolean> {
  return db.transaction('rw', db.history, db.settings, async () => {
    if (!(await readSetting('historyEnabled'))) return false
    await db.history.put({ releaseId: release.id, openedAt, title: release.title, date: release.date })
    return true
  })
}

export async function removeFromHistory(releaseId: string): Promise<void> {
  await db.transaction('rw', db.history, async () => {
    await db.history.delete(releaseId)
  })
}

export async function clearHistory(): Promise<void> {
  await db.transaction('rw', db.history, async () => {
    await db.history.clear()
  })
}
