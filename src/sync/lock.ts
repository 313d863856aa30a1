/**
 * One sync at a time across every tab and worker of the origin. Two tabs that
 * find the same update would otherwise both stage it, and the second switch
 * would find its staged files already taken. With the Web Locks API the second
 * run waits, then sees the content current. Where the API is missing, runs go ahead.
 */

export const SYNC_LOCK_NAME = 'osce-field-reader-content-sync'

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>
}

function lockManager(): LockManagerLike | undefined {
  return (globalThis.navigator as (Navigator & { locks?: LockManagerLike }) | undefined)?.locks
}

export function withSyncLock<T>(run: () => Promise<T>, locks: LockManagerLike | undefined = lockManager()): Promise<T> {
  return locks ? locks.request(SYNC_LOCK_NAME, run) : run()
}
