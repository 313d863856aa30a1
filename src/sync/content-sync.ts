/**
 * When the app looks for new content, and what it tells the interface. Vue-free:
 * the Pinia store only receives the status it shows.
 *
 * Checks run on start, when the network comes back, on focus or visibility (at
 * most every 15 minutes) and hourly while open. One run at a time; a trigger
 * during a run joins it.
 */
import type { ContentChange } from '@/db/database'
import type { SyncOptions, SyncOutcome, SyncProgress } from './engine'
import type { SyncFailure } from './failures'
import { CHECK_SPACING_MS, keepSinceMonth } from './policy'
import type { SyncRunner } from './runner'

export type SyncTrigger = 'start' | 'online' | 'focus' | 'interval' | 'manual' | 'consent'

export type SyncActivity = 'idle' | 'checking' | 'installing' | 'updating'

export interface SyncStatus {
  activity: SyncActivity
  /** Releases written (first install) or files staged (update) so far. */
  progress: { done: number; total: number } | null
  /** Why the last run stopped; null after a run that succeeded. */
  failure: SyncFailure | null
  /** An update waiting for the reader's yes, with its download size. */
  consent: { bytes: number; releases: number } | null
  /** The update this session applied, for the "12 new releases" notice. */
  change: ContentChange | null
}

export interface ContentSyncDeps {
  run: SyncRunner
  publish: (status: Partial<SyncStatus>) => void
  /** A run ended; `contentChanged` when new content is in place (the search index must follow). */
  finished: (contentChanged: boolean) => void
  /** The reader's choices: how many years to keep (null: all), and whether content was removed on purpose. */
  preferences: () => Promise<{ keepYears: number | null; contentRemoved: boolean }>
  saveData: () => boolean
  now: () => Date
}

export interface ContentSync {
  check(trigger: SyncTrigger): Promise<SyncOutcome | null>
  /** Content was changed outside a sync run (removed by the reader): views and search must follow. */
  contentReplaced(): void
}

function activityOf(progress: SyncProgress): SyncActivity {
  if (progress.stage === 'checking') return 'checking'
  return progress.stage === 'installing' ? 'installing' : 'updating'
}

export function createContentSync(deps: ContentSyncDeps): ContentSync {
  let running: Promise<SyncOutcome | null> | null = null
  let lastStarted = Number.NEGATIVE_INFINITY

  async function run(trigger: SyncTrigger): Promise<SyncOutcome | null> {
    const preferences = await deps.preferences()
    // After "Remove all content", only the reader's own request downloads it again.
    if (preferences.contentRemoved && trigger !== 'manual' && trigger !== 'consent') {
      deps.finished(false)
      return null
    }
    const options: SyncOptions = {
      allowLarge: trigger === 'consent',
      saveData: deps.saveData(),
      keepSince: keepSinceMonth(preferences.keepYears, deps.now()),
      onStart: trigger === 'start',
    }
    deps.publish({ failure: null, consent: null })
    const outcome = await deps.run(options, (progress) => {
      deps.publish({ activity: activityOf(progress), progress: progress.stage === 'checking' ? null : { done: progress.done, total: progress.total } })
    })
    deps.publish({ activity: 'idle', progress: null })
    if (outcome.kind === 'failed') deps.publish({ failure: outcome.failure })
    if (outcome.kind === 'needs-consent') deps.publish({ consent: { bytes: outcome.bytes, releases: outcome.releases } })
    if (outcome.kind === 'updated' && outcome.change.newReleaseIds.length > 0) deps.publish({ change: outcome.change })
    deps.finished(outcome.kind === 'installed' || outcome.kind === 'updated')
    return outcome
  }

  return {
    contentReplaced: () => deps.finished(true),
    check(trigger) {
      if (running) return running
      const spaced = trigger === 'focus' && deps.now().getTime() - lastStarted < CHECK_SPACING_MS
      if (spaced) return Promise.resolve(null)
      lastStarted = deps.now().getTime()
      running = run(trigger)
        .catch((error: unknown): null => {
          deps.publish({ activity: 'idle', progress: null, failure: { reason: 'unexpected', message: error instanceof Error ? error.message : String(error) } })
          deps.finished(false)
          return null
        })
        .finally(() => {
          running = null
        })
      return running
    },
  }
}
