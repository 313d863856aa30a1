import { afterEach, describe, expect, it } from 'vitest'
import { canRequestPersistence, estimateStorage, isStoragePersisted, requestPersistentStorage } from '@/pwa/storage'
import { STUB_QUOTA, STUB_USAGE, stubStorage } from '../support/storageStub'

let restore: (() => void) | undefined

describe('storage', () => {
  afterEach(() => {
    restore?.()
    restore = undefined
  })

  it('passes on what the browser reports', async () => {
    const stub = stubStorage({ persisted: false })
    restore = stub.restore
    expect(await estimateStorage()).toEqual({ usage: STUB_USAGE, quota: STUB_QUOTA })
    expect(await isStoragePersisted()).toBe(false)
    expect(canRequestPersistence()).toBe(true)
    expect(await requestPersistentStorage()).toBe(true)
    expect(stub.storage.persist).toHaveBeenCalledTimes(1)
    expect(await isStoragePersisted()).toBe(true)
  })

  it('answers null, without throwing, where the API is missing', async () => {
    expect('storage' in navigator).toBe(false)
    expect(await estimateStorage()).toBeNull()
    expect(await isStoragePersisted()).toBeNull()
    expect(await requestPersistentStorage()).toBeNull()
    expect(canRequestPersistence()).toBe(false)
  })

  it('answers null where the browser throws (private modes)', async () => {
    const stub = stubStorage()
    restore = stub.restore
    stub.storage.estimate.mockRejectedValue(new Error('SecurityError'))
    stub.storage.persisted.mockRejectedValue(new Error('SecurityError'))
    stub.storage.persist.mockRejectedValue(new Error('SecurityError'))
    expect(await estimateStorage()).toBeNull()
    expect(await isStoragePersisted()).toBeNull()
    expect(await requestPersistentStorage()).toBeNull()
  })
})
