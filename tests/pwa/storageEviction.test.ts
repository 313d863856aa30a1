import { beforeEach, describe, expect, it } from 'vitest'
import { checkStorageEviction, dismissStorageEvictionNotice, rememberContentInstalled } from '@/pwa/storageEviction'

const INSTALLED = 'field-reader:content-installed'
const NOTICE = 'field-reader:storage-evicted'
const has = (record: boolean) => async () => record
const when = new Date('2026-12-01T10:00:00Z')

describe('storage eviction check', () => {
  beforeEach(() => localStorage.clear())

  it('a first visit (nothing installed before) is not an eviction', async () => {
    expect(await checkStorageEviction(has(false), when)).toBe(false)
    expect(localStorage.getItem(NOTICE)).toBeNull()
  })

  it('an installed app that finds its install record starts quietly, half-way updates included', async () => {
    rememberContentInstalled(when)
    expect(await checkStorageEviction(has(true), when)).toBe(false)
    expect(localStorage.getItem(INSTALLED)).toBe('2026-12-01T10:00:00.000Z')
  })

  it('an installed app without an install record was evicted: the notice stays until dismissed, the marker waits for the reinstall', async () => {
    rememberContentInstalled(when)
    expect(await checkStorageEviction(has(false), when)).toBe(true)
    expect(localStorage.getItem(INSTALLED)).toBeNull()
    // A reload before the reader has read it (the reinstall may have written its record meanwhile).
    expect(await checkStorageEviction(has(true), when)).toBe(true)
    dismissStorageEvictionNotice()
    expect(await checkStorageEviction(has(false), when)).toBe(false)
  })

  it('a database that cannot be read is not reported as evicted', async () => {
    rememberContentInstalled(when)
    expect(await checkStorageEviction(() => Promise.reject(new Error('UnknownError')), when)).toBe(false)
    expect(localStorage.getItem(INSTALLED)).not.toBeNull()
  })
})
