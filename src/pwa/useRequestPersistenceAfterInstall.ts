import { watch } from 'vue'
import { readSetting, writeSetting } from '@/db/settings'
import { useOfflineContent } from '@/composables/useOfflineContent'
import { requestPersistentStorage } from './storage'

/**
 * Asks the browser to keep the site's data, unless that was asked before.
 * Recorded whatever the answer: asking again on every start would nag
 * (Firefox shows a prompt); the Settings page lets the reader ask again.
 */
export async function requestPersistenceOnce(): Promise<void> {
  // A one-off check before a write, not something shown, so not a live query.
  if (await readSetting('persistenceRequested')) return
  await requestPersistentStorage()
  await writeSetting('persistenceRequested', true)
}

/**
 * Once content is installed, asks the browser to keep it: without persistence,
 * a browser short of space may silently delete the whole offline library.
 * `ask` is asked at most once at a time; it remembers by itself not to ask again.
 */
export function useRequestPersistenceAfterInstall(ask: () => Promise<void> = requestPersistenceOnce): void {
  // Read from the database: complete content, whether installed in this session or before.
  const { available } = useOfflineContent()
  let asking: Promise<void> | null = null
  watch(
    () => available.value !== null,
    (ready) => {
      if (!ready || asking) return
      asking = ask()
        .catch(() => undefined)
        .finally(() => {
          asking = null
        })
    },
    { immediate: true },
  )
}
