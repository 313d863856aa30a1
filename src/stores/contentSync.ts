/**
 * What the interface shows about content sync: activity and progress, why the
 * last run stopped, an update waiting for the reader's yes, and the update this
 * session applied. UI state only: the sync itself runs in src/sync (in a worker),
 * and what is installed (version, date, counts) is read from IndexedDB.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ContentChange } from '@/db/database'
import type { SyncActivity, SyncStatus } from '@/sync/content-sync'
import type { SyncFailure } from '@/sync/failures'

export const useContentSyncStore = defineStore('contentSync', () => {
  const activity = ref<SyncActivity>('idle')
  const progress = ref<SyncStatus['progress']>(null)
  const failure = ref<SyncFailure | null>(null)
  const consent = ref<SyncStatus['consent']>(null)
  const change = ref<ContentChange | null>(null)
  /** False until the first run of this session has finished, whatever its outcome. */
  const settled = ref(false)
  /** Counts content switches in this session, so derived views (search results) can refresh. */
  const revision = ref(0)

  function publish(status: Partial<SyncStatus>): void {
    if (status.activity !== undefined) activity.value = status.activity
    if (status.progress !== undefined) progress.value = status.progress
    if (status.failure !== undefined) failure.value = status.failure
    if (status.consent !== undefined) consent.value = status.consent
    if (status.change !== undefined) change.value = status.change
  }

  function runFinished(contentChanged: boolean): void {
    settled.value = true
    if (contentChanged) revision.value++
  }

  function dismissChange(): void {
    change.value = null
  }

  return { activity, progress, failure, consent, change, settled, revision, publish, runFinished, dismissChange }
})
