import { inject, type InjectionKey } from 'vue'

/** One piece of the state the whole app shares (src/startup.ts provides it), or a clear error where it is missing. */
export function injectAppState<T>(key: InjectionKey<T>, user: string): T {
  const value = inject(key, null)
  if (value === null) throw new Error(`${user} needs the app state: install appState from src/startup.ts in the app (tests: tests/support/appState.ts).`)
  return value
}
