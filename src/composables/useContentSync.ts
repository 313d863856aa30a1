import type { InjectionKey } from 'vue'
import type { ContentSync } from '@/sync/content-sync'
import { injectAppState } from './injectAppState'

export const contentSyncKey: InjectionKey<ContentSync> = Symbol('contentSync')

/** The app's content sync (src/startup.ts creates it): for "Check for updates", Retry and the reader's content choices. */
export function useContentSync(): ContentSync {
  return injectAppState(contentSyncKey, 'useContentSync')
}
