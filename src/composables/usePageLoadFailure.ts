import { inject, shallowRef, type InjectionKey, type ShallowRef } from 'vue'
import type { Router } from 'vue-router'
import { installChunkRecovery } from '@/router/chunkRecovery'

/** The URL of a page whose code could not be loaded even after a reload (src/router/chunkRecovery.ts), or null. */
export const pageLoadFailureKey: InjectionKey<ShallowRef<string | null>> = Symbol('pageLoadFailure')

/** Installs the recovery of a missing page chunk on `router` (by src/startup.ts); `failure` is what App.vue shows. */
export function createPageLoadFailure(router: Router): { failure: ShallowRef<string | null>; stop(): void } {
  const failure = shallowRef<string | null>(null)
  const stop = installChunkRecovery(router, {
    giveUp: (url) => (failure.value = url),
    recovered: () => (failure.value = null),
  })
  return { failure, stop }
}

/** The page that failed to load, for the message in its place; never set where the app state is not installed. */
export function usePageLoadFailure(): ShallowRef<string | null> {
  return inject(pageLoadFailureKey, () => shallowRef<string | null>(null), true)
}
