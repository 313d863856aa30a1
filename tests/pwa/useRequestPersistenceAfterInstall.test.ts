import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { db } from '@/db/database'
import { writeSetting } from '@/db/settings'
import { useRequestPersistenceAfterInstall } from '@/pwa/useRequestPersistenceAfterInstall'
import { useContentInstallStore } from '@/stores/contentInstall'
import { stubStorage } from '../support/storageStub'

let stub: ReturnType<typeof stubStorage>

function mountWatcher() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useContentInstallStore()
  const wrapper = mount(defineComponent({ setup: () => useRequestPersistenceAfterInstall(), render: () => h('p') }), { global: { plugins: [pinia] } })
  return { store, wrapper }
}

const requestedSetting = async () => (await db.settings.get('persistenceRequested'))?.value

describe('useRequestPersistenceAfterInstall', () => {
  beforeEach(async () => {
    await db.settings.clear()
    stub = stubStorage()
  })
  afterEach(() => stub.restore())

  it('asks for persistent storage once the first install is ready, and records that it asked', async () => {
    const { store, wrapper } = mountWatcher()
    await nextTick()
    expect(stub.storage.persist).not.toHaveBeenCalled()
    store.hasContent = true
    store.phase = 'installing'
    await nextTick()
    expect(stub.storage.persist).not.toHaveBeenCalled()
    store.phase = 'ready'
    await vi.waitFor(async () => expect(await requestedSetting()).toBe(true))
    expect(stub.storage.persist).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  it('does not ask again on a later ready, nor on the next start', async () => {
    const { store, wrapper } = mountWatcher()
    store.hasContent = true
    store.phase = 'ready'
    await vi.waitFor(async () => expect(await requestedSetting()).toBe(true))
    store.phase = 'installing'
    await nextTick()
    store.phase = 'ready'
    await nextTick()
    wrapper.unmount()
    // The next start of the app: content is ready at once.
    const next = mountWatcher()
    next.store.hasContent = true
    next.store.phase = 'ready'
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(stub.storage.persist).toHaveBeenCalledTimes(1)
    next.wrapper.unmount()
  })

  it('does not ask when the install ends without content', async () => {
    await writeSetting('persistenceRequested', false)
    const { store, wrapper } = mountWatcher()
    store.phase = 'ready'
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(stub.storage.persist).not.toHaveBeenCalled()
    expect(await requestedSetting()).toBe(false)
    wrapper.unmount()
  })
})
