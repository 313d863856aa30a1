import { describe, expect, it } from 'vitest'
import { SYNC_LOCK_NAME, withSyncLock } from '@/sync/lock'

/** A lock manager like the browser's: one holder per name, the others wait in order. */
function fakeLocks() {
  const queues = new Map<string, Promise<unknown>>()
  const names: string[] = []
  return {
    names,
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      names.push(name)
      const previous = queues.get(name) ?? Promise.resolve()
      const result = previous.then(callback, callback)
      queues.set(name, result.catch(() => undefined))
      return result
    },
  }
}

describe('one sync at a time', () => {
  it('runs a second sync only after the first has finished, under one named lock', async () => {
    const locks = fakeLocks()
    const events: string[] = []
    let release: () => void = () => undefined
    const first = withSyncLock(async () => {
      events.push('first starts')
      await new Promise<void>((resolve) => (release = resolve))
      events.push('first ends')
      return 'first'
    }, locks)
    const second = withSyncLock(async () => {
      events.push('second starts')
      return 'second'
    }, locks)
    await Promise.resolve()
    expect(events).toEqual(['first starts'])
    release()
    expect(await Promise.all([first, second])).toEqual(['first', 'second'])
    expect(events).toEqual(['first starts', 'first ends', 'second starts'])
    expect(locks.names).toEqual([SYNC_LOCK_NAME, SYNC_LOCK_NAME])
  })

  it('runs at once where the browser has no Web Locks', async () => {
    expect(await withSyncLock(async () => 'ran', undefined)).toBe('ran')
  })
})
