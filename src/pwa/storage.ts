/**
 * The StorageManager API, typed and made safe: older browsers (and some private
 * modes) lack it or throw, and the app must work without it. `null` means "the
 * browser cannot tell", never "no".
 */

export interface StorageUse {
  /** Bytes this origin uses (IndexedDB, caches, …). */
  usage: number
  /** Bytes this origin may use before the browser refuses writes or evicts. */
  quota: number
}

function manager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null
}

export async function estimateStorage(): Promise<StorageUse | null> {
  const storage = manager()
  if (!storage || typeof storage.estimate !== 'function') return null
  try {
    const { usage, quota } = await storage.estimate()
    return typeof usage === 'number' && typeof quota === 'number' ? { usage, quota } : null
  } catch {
    return null
  }
}

export async function isStoragePersisted(): Promise<boolean | null> {
  const storage = manager()
  if (!storage || typeof storage.persisted !== 'function') return null
  try {
    return await storage.persisted()
  } catch {
    return null
  }
}

export function canRequestPersistence(): boolean {
  return typeof manager()?.persist === 'function'
}

/** Asks the browser not to evict this origin's data; true when it agreed. */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = manager()
  if (!storage || typeof storage.persist !== 'function') return null
  try {
    return await storage.persist()
  } catch {
    return null
  }
}
