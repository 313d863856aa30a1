import { watch } from 'vue'
import { readSetting, writeSetting } from '@/db/settings'
import { useContentInstallStore } from '@/stores/contentInstall'
import { requestPersistentStorage } from './storage'

let asking: Promise<void> | null = null

async function askOnce(): Promise<void> {
  // A one-off check before a write, not something shown, so not a live query.
  if (await readSetting('persistenceRequested')) return
  await requestPersistentStorage()
  // Recorded whatever the answer: asking again on every start would nag
  // (Firefox shows a prompt); the Settings page lets the reader ask again.
  await writeSetting('persistenceRequested', true)
}

/**
 * Once content is installed, asks the browser to keep it: without persistence,
 * a browser short of space may silently delete the whole offline library.
 * Asked once in the app's life, not on every start or update.
 */
export function useRequestPersistenceAfterInstall(): void {
  const store = useContentInstallStore()
  watch(
    () => store.phase === 'ready' && store.hasContent,
    (ready) => {
      if (!ready || asking) return
      asking = askOnce()
        .catch(() => undefined)
        .finally(() => {
          asking = null
        })
    },
    { immediate: true },
  )
}
