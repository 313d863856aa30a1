import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { db } from '@/db/database'
import { readSetting, writeSetting } from '@/db/settings'
import { requestPersistenceOnce, useRequestPersistenceAfterInstall } from '@/pwa/useRequestPersistenceAfterInstall'
import { useContentInstallStore } from '@/stores/contentInstall'
import { stubStorage } from '../support/storageStub'

let stub: ReturnType<typeof stubStorage>

/** The watcher with a stand-in for the request, so what it asks and when is seen at once. */
function mountWatcher() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useContentInstallStore()
  const ask = vi.fn(async () => undefined)
  const wrapper = mount(defineComponent({ setup: () => useRequestPersistenceAfterInstall(ask), render: () => h('p') }), { global: { plugins: [pinia] } })
  return { store, ask, wrapper }
}

describe('useRequestPersistenceAfterInstall', () => {
  it('asks once the first install is ready, not while it runs', async () => {
    const { store, ask, wrapper } = mountWatcher()
    await nextTick()
    expect(ask).not.toHaveBeenCalled()
    store.hasContent = true
    store.phase = 'installing'
    await nextTick()
    expect(ask).not.toHaveBeenCalled()
    store.phase = 'ready'
    await nextTick()
    expect(ask).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  it('does not ask when the install ends without content', async () => {
    const { store, ask, wrapper } = mountWatcher()
    store.phase = 'ready'
    await nextTick()
    expect(ask).not.toHaveBeenCalled()
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
