/**
 * Visits, for "new since last visit": releases that content updates added after
 * the reader was last in the app. A visit starts when the app starts or is
 * returned to after VISIT_GAP_MS away; a reload or a quick look at another app
 * goes on with the same visit, so the group does not vanish under the reader.
 */
import { db, type ContentChange, type ReleaseSummary } from './database'
import { getReleaseSummaries } from './content'
import { readSetting } from './settings'

/** Away longer than this, and coming back is a new visit. */
export const VISIT_GAP_MS = 30 * 60 * 1000

export interface VisitState {
  lastActiveAt: string | null
  newSince: string | null
}

/**
 * The visit state when the reader is in the app at `now`: after a gap, what is
 * new is counted from when they were last here. A first visit has no "since"
 * (everything is new; an update during it is announced by the update notice alone).
 */
export function visitAt(state: VisitState, now: Date): VisitState {
  const at = now.toISOString()
  if (state.lastActiveAt === null) return { lastActiveAt: at, newSince: null }
  const away = now.getTime() - Date.parse(state.lastActiveAt)
  return { lastActiveAt: at, newSince: away > VISIT_GAP_MS ? state.lastActiveAt : state.newSince }
}

/** The reader is in the app at `now` (it started, or they came back to it). */
export async function beginVisit(now: Date): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const next = visitAt({ lastActiveAt: await readSetting('lastActiveAt'), newSince: await readSetting('newSince') }, now)
    await db.settings.bulkPut([
      { key: 'lastActiveAt', value: next.lastActiveAt },
      { key: 'newSince', value: next.newSince },
    ])
  })
}

/** The reader is leaving the app at `now` (it is hidden): the time the next visit counts from. */
export async function markLeaving(now: Date): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: 'lastActiveAt', value: now.toISOString() })
  })
}

export interface NewSinceVisit {
  /** ISO timestamp the group counts from. */
  since: string
  /** Time of the newest content change in the group: dismissing marks the group seen up to it. */
  newestChangeAt: string
  /** Releases added since, still in the content, newest first. */
  releases: ReleaseSummary[]
}

/** Releases added by content changes after `since` and after what was dismissed; null when there are none. */
export async function readNewSinceVisit(): Promise<NewSinceVisit | null> {
  const [since, seenUntil] = await Promise.all([readSetting('newSince'), readSetting('newSeenUntil')])
  if (since === null) return null
  const from = seenUntil !== null && seenUntil > since ? seenUntil : since
  const changes: ContentChange[] = await db.contentChanges.where('at').above(from).toArray()
  const newest = changes.at(-1)
  if (!newest) return null
  const ids = [...new Set(changes.flatMap((change) => change.newReleaseIds))].sort().reverse()
  const releases = await getReleaseSummaries(ids)
  return releases.length > 0 ? { since, newestChangeAt: newest.at, releases } : null
}

/** The reader dismissed the new releases of content changes up to `changeAt` (later ones will show). */
export async function markNewReleasesSeen(changeAt: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const seen = await readSetting('newSeenUntil')
    if (seen === null || changeAt > seen) await db.settings.put({ key: 'newSeenUntil', value: changeAt })
  })
}
