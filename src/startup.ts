/**
 * What the app starts, in one place.
 *
 * - `createAppState()` (installed by main.ts): the state the whole app shares,
 *   made afresh for each app, so every test mounts with its own: the menu tree
 *   read live from IndexedDB, the search results cache, and the browser's
 *   install prompt, captured from the first moment.
 * - `useAppStartup()` (called by App.vue): the work that runs while the app is
 *   open: bring the content up to date (and retry when the connection comes
 *   back), apply the reader's text size, ask once for persistent storage.
 */
import { onBeforeUnmount, onMounted, type App, type Plugin } from 'vue'
import { createSearchCache, searchCacheKey } from '@/composables/useSearch'
import { createSharedTaxonomy, taxonomyKey } from '@/composables/useTaxonomy'
import { useTextSize } from '@/composables/useTextSize'
import { captureInstallPrompt, installPromptKey } from '@/pwa/useInstallPrompt'
import { useRequestPersistenceAfterInstall } from '@/pwa/useRequestPersistenceAfterInstall'
import { useContentInstallStore } from '@/stores/contentInstall'

export function createAppState(): Plugin {
  return {
    install(app: App) {
      const taxonomy = createSharedTaxonomy()
      const installPrompt = captureInstallPrompt()
      app.provide(taxonomyKey, taxonomy.shared)
      app.provide(searchCacheKey, createSearchCache())
      app.provide(installPromptKey, installPrompt.prompt)
      app.onUnmount(() => {
        taxonomy.stop()
        installPrompt.stop()
      })
    },
  }
}

export function useAppStartup(): void {
  const store = useContentInstallStore()
  const retryWhenOnline = () => {
    if (store.phase === 'failed') void store.start()
  }
  onMounted(() => {
    void store.start()
    window.addEventListener('online', retryWhenOnline)
  })
  onBeforeUnmount(() => window.removeEventListener('online', retryWhenOnline))
  useTextSize()
  useRequestPersistenceAfterInstall()
}
