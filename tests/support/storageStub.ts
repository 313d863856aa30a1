/** A fake `navigator.storage` (happy-dom has none), removed again by the returned function. */
import { vi } from 'vitest'

export const STUB_USAGE = 52_428_800
export const STUB_QUOTA = 1_073_741_824

export function stubStorage(options: { persisted?: boolean; persistGrants?: boolean } = {}) {
  let persisted = options.persisted ?? false
  const storage = {
    estimate: vi.fn(async () => ({ usage: STUB_USAGE, quota: STUB_QUOTA })),
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      // Like a browser: granting makes persisted() say so from then on.
      if (options.persistGrants ?? true) persisted = true
      return persisted
    }),
  }
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true })
  const restore = () => {
    Reflect.deleteProperty(navigator, 'storage')
  }
  return { storage, restore }
}
