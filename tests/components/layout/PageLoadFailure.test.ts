import { mount } from '@vue/test-utils'
import { shallowRef } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import PageLoadFailure from '@/components/layout/PageLoadFailure.vue'
import { pageLoadFailureKey } from '@/composables/usePageLoadFailure'
import { createAppI18n } from '@/i18n'

function mountFailure(url: string | null) {
  const failure = shallowRef(url)
  const wrapper = mount(PageLoadFailure, { global: { plugins: [createAppI18n()], provide: { [pageLoadFailureKey as symbol]: failure } } })
  return { wrapper, failure }
}

describe('PageLoadFailure', () => {
  afterEach(() => vi.restoreAllMocks())

  it('is absent while pages load', () => {
    const { wrapper } = mountFailure(null)
    expect(wrapper.html()).toBe('<!--v-if-->')
    wrapper.unmount()
  })

  it('takes the page\'s place with a heading, what happened, that saved data is safe, and a Reload of that page', async () => {
    const { wrapper, failure } = mountFailure(null)
    failure.value = '/countries?from=menu'
    await wrapper.vm.$nextTick()
    const alert = wrapper.get('[role="alert"]')
    expect(alert.get('h1').text()).toBe('This page could not be loaded')
    expect(alert.attributes('aria-labelledby')).toBe(alert.get('h1').attributes('id'))
    expect(alert.text()).toContain('Your saved releases and settings are safe.')
    const assign = vi.fn()
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, assign })
    await alert.get('button').trigger('click')
    expect(assign).toHaveBeenCalledWith('/countries?from=menu')
    wrapper.unmount()
  })
})
