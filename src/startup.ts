/**
 * What the app starts, in one place.
 *
 * - `createAppState()` (installed by main.ts): the state the whole app shares,
 *   made afresh for each app, so every test mounts with its own: the menu tree
 *   read live from IndexedDB, the install record, the search results cache, and the browser's
 *   install prompt, captured from the first moment; and the interface language
 *   (vue-i18n, src/i18n), English unless main.ts passes one it has switched,
 *   with the fixed page titles shown in it.
 *   It also creates the content sync (src/sync), whose runs happen in a worker.
 * - `useAppStartup()` (called by App.vue): the work that runs while the app is
 *   open: keep the content fresh (on start, when the network returns, on focus
 *   and hourly), follow the reader's appearance (theme, text size, line
 *   spacing) and language, ask once for persistent storage, note the reader's
 *   visits (for "new since last visit").
 */
import { getActivePinia } from 'pinia'
import type { App, Plugin } from 'vue'
import { useAppearance } from '@/composables/useAppearance'
import type { Router } from 'vue-router'
import { contentSyncKey, useContentSync } from '@/composables/useContentSync'
import { createSearchCache, searchCacheKey } from '@/composables/searchCache'
import { useSyncTriggers } from '@/composables/useSyncTriggers'
import { useVisitTracking } from '@/composables/useVisits'
import { createSharedInstallState, installStateKey } from '@/composables/useOfflineContent'
import { createSharedTaxonomy, taxonomyKey } from '@/composables/useTaxonomy'
import { createPageLoadFailure, pageLoadFailureKey } from '@/composables/usePageLoadFailure'
import { showFixedPageTitles } from '@/composables/usePageTitle'
import { createAppI18n, loadPageMessagesIfEnglish, type AppI18n } from '@/i18n'
import { PATHS } from '@/router/paths'
import { useInterfaceLanguage } from '@/i18n/useInterfaceLanguage'
import { captureInstallPrompt, installPromptKey } from '@/pwa/useInstallPrompt'
import { useRequestPersistenceAfterInstall } from '@/pwa/useRequestPersistenceAfterInstall'
import { installResumePoint, type LaunchInfo } from '@/pwa/resumePoint'
import { readSetting } from '@/db/settings'
import { readInstallState } from '@/db/install-state'
import { createStorageEvictionCheck, storageEvictedKey } from '@/pwa/useStorageEvictionNotice'
import { loadSearchClient } from '@/search/loadSearchClient'
import { useContentSyncStore } from '@/stores/contentSync'
import { createContentSync, type ContentSync } from '@/sync/content-sync'
import { createSyncRunner, type SyncRunner } from '@/sync/runner'

/** `navigator.connection` is not in TypeScript's DOM types (Chromium only). */
const saveData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true

/** The browser's next idle moment, at most a few seconds away; at once where there is no requestIdleCallback (Safari). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 3000 })
  else setTimeout(work, 0)
}

function createAppContentSync(runner: SyncRunner): ContentSync {
  const store = useContentSyncStore(getActivePinia())
  return createContentSync({
    run: runner,
    publish: store.publish,
    finished(contentChanged) {
      store.runFinished(contentChanged)
      // The index is rebuilt in the search worker, in the background, not on the first search; once the page has
      // rendered the new content, so that loading the worker does not compete with a first visit's first page.
      if (contentChanged) whenIdle(() => loadSearchClient().then((client) => client.refresh()).catch((error: unknown) => console.warn('Search index rebuild failed; the next search retries it.', error)))
    },
    preferences: async () => ({ keepYears: await readSetting('keepYears'), contentRemoved: await readSetting('contentRemoved') }),
    saveData,
    now: () => new Date(),
  })
}

export interface AppStateOptions {
  /** Where sync runs happen; the sync worker by default. */
  syncRunner?: SyncRunner
  /** The interface language; a fresh English one by default. */
  i18n?: AppI18n
  /** How this page was opened, for reopening the installed app where it was left (src/pwa/resumePoint.ts). */
  launch?: LaunchInfo
}

export function createAppState(options: AppStateOptions = {}): Plugin {
  return {
    install(app: App) {
      const i18n = options.i18n ?? createAppI18n()
      app.use(i18n)
      // The router is installed before the app state (main.ts and the test mounts).
      const router = app.config.globalProperties.$router as Router | undefined
      const stopTitles = router ? showFixedPageTitles(router, (key) => i18n.global.t(key)) : () => undefined
      // English pages beyond the home page bring their words along the first time one opens (src/i18n/messageParts.ts).
      const stopPageMessages = router?.beforeEach(async (to) => {
        if (to.path !== PATHS.home) await loadPageMessagesIfEnglish(i18n.global)
      })
      const stopResume = router ? installResumePoint(router, options.launch) : () => undefined
      // A page whose code a new deploy removed: one reload, then a message in its place (src/router/chunkRecovery.ts).
      const pageLoad = router ? createPageLoadFailure(router) : null
      if (pageLoad) app.provide(pageLoadFailureKey, pageLoad.failure)
      // Before the sync can write an install record: a database deleted behind the app's back has none (src/pwa/storageEviction.ts).
      app.provide(storageEvictedKey, createStorageEvictionCheck(async () => (await readInstallState()) !== undefined))
      // Needs Pinia installed first (main.ts and the test mounts do so).
      app.provide(contentSyncKey, createAppContentSync(options.syncRunner ?? createSyncRunner()))
      const taxonomy = createSharedTaxonomy()
      const installState = createSharedInstallState()
      const installPrompt = captureInstallPrompt()
      app.provide(taxonomyKey, taxonomy.shared)
      app.provide(installStateKey, installState.shared)
      app.provide(searchCacheKey, createSearchCache())
      app.provide(installPromptKey, installPrompt.prompt)
      app.onUnmount(() => {
        stopTitles()
        stopPageMessages?.()
        stopResume()
        pageLoad?.stop()
        taxonomy.stop()
        installState.stop()
        installPrompt.stop()
      })
    },
  }
}

export function useAppStartup(): void {
  useSyncTriggers(useContentSync())
  // public/appearance.js showed the mirror before the first paint; from here the settings table, its source.
  useAppearance()
  useInterfaceLanguage().follow()
  useRequestPersistenceAfterInstall()
  // Before the start's sync can apply an update: what it brings is new since this visit began.
  useVisitTracking()
  // No formatter is made here ahead of the first list: the sync worker loads ICU's data for the whole process
  // (src/sync/sync.worker.ts). Made on the main thread at start, it raced the worker and cost up to 70 ms.
}
