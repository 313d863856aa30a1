import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import InstallStatus from '@/components/layout/InstallStatus.vue'
import { formatCount } from '@/components/format'
import { useContentInstallStore } from '@/stores/contentInstall'

function mountStatus() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useContentInstallStore()
  const wrapper = mount(InstallStatus, { global: { plugins: [pinia] } })
  return { store, wrapper }
}

describe('InstallStatus', () => {
  beforeEach(() => {
    vi.restoreAllMocks()
  })

  it('shows install progress with formatted counts in a status region', async () => {
    const { store, wrapper } = mountStatus()
    store.phase = 'installing'
    store.installedReleases = 4200
    store.totalReleases = 20000
    await wrapper.vm.$nextTick()
    const status = wrapper.get('[role="status"]')
    expect(status.text()).toBe(`Installing releases: ${formatCount(4200)} of ${formatCount(20000)}`)
    const progress = status.get('progress')
    expect(progress.attributes('value')).toBe('4200')
    expect(progress.attributes('max')).toBe('20000')
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('shows the failure with a Retry button that starts the install again', async () => {
    const { store, wrapper } = mountStatus()
    const start = vi.spyOn(store, 'start').mockResolvedValue()
    store.phase = 'failed'
    store.failure = 'Could not download the content (HTTP 503).'
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[role="alert"]').text()).toContain('Could not download the content (HTTP 503).')
    expect(wrapper.find('progress').exists()).toBe(false)
    await wrapper.get('button').trigger('click')
    // No arguments: the click event must not become start()'s batch size.
    expect(start).toHaveBeenCalledWith()
  })

  it('shows nothing once the content is ready', async () => {
    const { store, wrapper } = mountStatus()
    store.phase = 'ready'
    store.installedReleases = 20000
    store.totalReleases = 20000
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toBe('')
    expect(wrapper.find('progress').exists()).toBe(false)
    expect(wrapper.find('button').exists()).toBe(false)
  })
})
