import { liveQuery } from 'dexie'

export interface LiveSubscription {
  unsubscribe(): void
}

/**
 * Runs `query` now and again whenever the tables it read change. Wrapped here so
 * that only src/db imports Dexie.
 */
export function observeQuery<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): LiveSubscription {
  return liveQuery(query).subscribe({ next: onValue, error: onError })
}
