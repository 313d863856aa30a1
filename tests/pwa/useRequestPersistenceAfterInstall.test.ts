import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { db } from '@/db/database'
import { readSetting, writeSetting } from '@/db/settings'
import { requestPersistenceOnce, useRequestPersistenceAfterInstall } from '@/pwa/useRequestPersistenceAfterInstall'
import { beginInstall, completeInstall } from '@/db/install'
import { createSharedInstallState, installStateKey } from '@/composables/useOfflineContent'
import { stubStorage } from '../support/storageStub'

let stub: ReturnType<typeof stubStorage>

/** The watcher with a stand-in for the request, so what it asks and when is seen at once. */
function mountWatcher() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const ask = vi.fn(async () => undefined)
  const installState = createSharedInstallState()
  const wrapper = mount(defineComponent({ setup: () => useRequestPersistenceAfterInstall(ask), render: () => h('p') }), {
    global: { plugins: [pinia], provide: { [installStateKey as symbol]: installState.shared } },
  })
  return { ask, wrapper: { unmount: () => (wrapper.unmount(), installState.stop()) } }
}

describe('useRequestPersistenceAfterInstall', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
  })

  it('asks once the first install is complete, not while it runs', async () => {
    const { ask, wrapper } = mountWatcher()
    await beginInstall({ version: 'v1', contentDate: '2017-07-06', totalReleases: 1 })
    // The watcher reads the install record live: once it has seen the half-done install, nothing was asked.
    await vi.waitFor(async () => expect((await db.installState.get('content'))?.complete).toBe(false))
    await nextTick()
    expect(ask).not.toHaveBeenCalled()
    await completeInstall('2026-12-01T08:00:00.000Z')
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1))
    wrapper.unmount()
  })
})

describe('requestPersistenceOnce', () => {
  beforeEach(async () => {
    await db.settings.clear()
    stub = stubStorage()
  })
  afterEach(() => stub.restore())

  it('asks the browser and records that it asked', async () => {
    await requestPersistenceOnce()
    expect(stub.storage.persist).toHaveBeenCalledTimes(1)
    expect(await readSetting('persistenceRequested')).toBe(true)
  })

  it('does not ask again once asked, on this start or the next', async () => {
    await requestPersistenceOnce()
    await requestPersistenceOnce()
    expect(stub.storage.persist).toHaveBeenCalledTimes(1)
  })

  it('does not ask when the reader was asked before', async () => {
    await writeSetting('persistenceRequested', true)
    await requestPersistenceOnce()
    expect(stub.storage.persist).not.toHaveBeenCalled()
  })
})
