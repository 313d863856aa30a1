import { effectScope, onScopeDispose, shallowRef, watch, type ShallowRef, type WatchSource } from 'vue'
import { observeQuery, type LiveSubscription } from '@/db/live'

export interface LiveQueryResult<T> {
  /** Latest result; undefined until the first one arrives. */
  data: ShallowRef<T | undefined>
  error: ShallowRef<unknown>
  loading: ShallowRef<boolean>
}

/**
 * The one way components read IndexedDB: the query reruns whenever the tables it
 * read change, and whenever `source` changes (e.g. the route's slug).
 * Results are frozen: they are read-only snapshots, not state to edit.
 */
export function useLiveQuery<T>(query: () => Promise<T>, source?: WatchSource): LiveQueryResult<T> {
  const data = shallowRef<T | undefined>()
  const error = shallowRef<unknown>(null)
  const loading = shallowRef(true)
  let subscription: LiveSubscription | null = null

  const subscribe = () => {
    subscription?.unsubscribe()
    loading.value = true
    subscription = observeQuery(
      query,
      (value) => {
        data.value = (value && typeof value === 'object' ? Object.freeze(value) : value) as T
        error.value = null
        loading.value = false
      },
      (failure) => {
        error.value = failure
        loading.value = false
      },
    )
  }

  if (source) watch(source, subscribe, { immediate: true })
  else subscribe()
  onScopeDispose(() => subscription?.unsubscribe())
  return { data, error, loading }
}

/**
 * A live query for state the whole app shares (src/startup.ts): run in a detached scope, so the
 * subscription lives as long as the app, not as the first component that asked; `stop` ends it.
 */
export function createSharedLiveQuery<T>(query: () => Promise<T>): { result: LiveQueryResult<T>; stop(): void } {
  const scope = effectScope(true)
  const result = scope.run(() => useLiveQuery(query))
  if (!result) throw new Error('Shared live query scope failed to start')
  return { result, stop: () => scope.stop() }
}
