import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import OfflineIndicator from '@/components/pwa/OfflineIndicator.vue'
import { createAppI18n } from '@/i18n'

describe('OfflineIndicator', () => {
  afterEach(() => vi.restoreAllMocks())

  it('shows an "Offline" badge in a status region while the browser is offline', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
    const wrapper = mount(OfflineIndicator, { global: { plugins: [createAppI18n()] } })
    const status = wrapper.get('[role="status"]')
    expect(status.text()).toBe('')

    onLine.mockReturnValue(false)
    window.dispatchEvent(new Event('offline'))
    await wrapper.vm.$nextTick()
    expect(status.text()).toBe('Offline')

    onLine.mockReturnValue(true)
    window.dispatchEvent(new Event('online'))
    await wrapper.vm.$nextTick()
    expect(status.text()).toBe('')
    wrapper.unmount()
  })

  it('starts offline when the page loads without a connection', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const wrapper = mount(OfflineIndicator, { global: { plugins: [createAppI18n()] } })
    expect(wrapper.get('[role="status"]').text()).toBe('Offline')
    wrapper.unmount()
  })

  it('stops following the connection once unmounted', () => {
    const remove = vi.spyOn(window, 'removeEventListener')
    const wrapper = mount(OfflineIndicator, { global: { plugins: [createAppI18n()] } })
    expect(remove).not.toHaveBeenCalledWith('offline', expect.any(Function), expect.anything())
    wrapper.unmount()
    expect(remove).toHaveBeenCalledWith('offline', expect.any(Function), expect.anything())
    expect(remove).toHaveBeenCalledWith('online', expect.any(Function), expect.anything())
  })
})
