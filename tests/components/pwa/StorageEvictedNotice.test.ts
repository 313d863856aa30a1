import { flushPromises, mount } from '@vue/test-utils'
import { shallowRef } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { beforeEach, describe, expect, it } from 'vitest'
import StorageEvictedNotice from '@/components/pwa/StorageEvictedNotice.vue'
import { installStateKey } from '@/composables/useOfflineContent'
import type { InstallState } from '@/db/database'
import { createAppI18n } from '@/i18n'
import { storageEvictedKey } from '@/pwa/useStorageEvictionNotice'

const Page = { template: '<p>page</p>' }

function mountNotice(evicted: boolean, installed: Partial<InstallState> | undefined) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: Page }, { path: '/settings', component: Page }] })
  const state = shallowRef(installed as InstallState | undefined)
  const flag = shallowRef(evicted)
  const wrapper = mount(StorageEvictedNotice, {
    global: {
      plugins: [createAppI18n(), router],
      provide: { [installStateKey as symbol]: { installed: state, loading: shallowRef(false) }, [storageEvictedKey as symbol]: flag },
    },
  })
  return { wrapper, router, state, flag }
}

describe('StorageEvictedNotice', () => {
  beforeEach(() => localStorage.clear())

  it('says nothing on an ordinary start', () => {
    const { wrapper } = mountNotice(false, { complete: true })
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('tells the reader what may be lost and leads to Settings → Your data, then goes away', async () => {
    localStorage.setItem('field-reader:storage-evicted', '2026-12-01T10:00:00.000Z')
    const { wrapper, router, flag } = mountNotice(true, undefined)
    const alert = wrapper.get('[role="alert"]')
    expect(alert.get('#storage-evicted-title').text()).toBe('The browser deleted this app’s offline data')
    expect(alert.text()).toContain('your saved releases, lists, reading history and settings may have been lost')
    const link = alert.get('a')
    expect(link.text()).toBe('Settings → Your data')
    expect(link.attributes('href')).toBe('/settings#settings-your-data')
    await link.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/settings#settings-your-data')
    expect(flag.value).toBe(false)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(localStorage.getItem('field-reader:storage-evicted')).toBeNull()
    wrapper.unmount()
  })

  it('notes a complete install for the next start, and not a partial one', async () => {
    const { wrapper, state } = mountNotice(false, { complete: false })
    expect(localStorage.getItem('field-reader:content-installed')).toBeNull()
    state.value = { complete: true } as InstallState
    await flushPromises()
    expect(localStorage.getItem('field-reader:content-installed')).not.toBeNull()
    wrapper.unmount()
  })
})
