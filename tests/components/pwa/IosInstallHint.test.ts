import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import IosInstallHint from '@/components/pwa/IosInstallHint.vue'
import { useSetting } from '@/composables/useSetting'
import { db } from '@/db/database'
import { writeSetting } from '@/db/settings'
import { waitForText } from '../../support/mountRoute'
import { createAppI18n } from '@/i18n'

const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
const HINT = 'Install this app: tap Share, then Add to Home Screen.'

let wrapper: VueWrapper | undefined

/**
 * Waits until the hint has read its setting, so "not shown" is not merely "not
 * read yet": a reader subscribed after the hint has the value once the hint has
 * (IndexedDB answers the reads in the order they were made).
 */
async function settle(): Promise<void> {
  const scope = effectScope()
  const setting = scope.run(() => useSetting('iosInstallHintDismissed'))
  await vi.waitFor(() => expect(setting?.value.value).toBeDefined())
  scope.stop()
  await flushPromises()
}

describe('IosInstallHint', () => {
  beforeEach(async () => {
    await db.settings.clear()
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.restoreAllMocks()
  })

  it('tells an iPhone reader how to install, until dismissed for good', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE_UA)
    wrapper = mount(IosInstallHint, { global: { plugins: [createAppI18n()] }, attachTo: document.body })
    await waitForText(wrapper, HINT)
    expect(wrapper.get('aside p').text()).toBe(HINT)
    expect(wrapper.get('aside button').text()).toBe('Dismiss')
    await wrapper.get('button').trigger('click')
    await vi.waitFor(() => expect(wrapper?.find('aside').exists()).toBe(false))
    expect((await db.settings.get('iosInstallHintDismissed'))?.value).toBe(true)

    // The next visit: it does not come back.
    wrapper.unmount()
    wrapper = mount(IosInstallHint, { global: { plugins: [createAppI18n()] } })
    await settle()
    expect(wrapper.text()).toBe('')
  })

  it('stays hidden when dismissed before', async () => {
    await writeSetting('iosInstallHintDismissed', true)
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE_UA)
    wrapper = mount(IosInstallHint, { global: { plugins: [createAppI18n()] } })
    // Not even while the setting is being read.
    expect(wrapper.find('aside').exists()).toBe(false)
    await settle()
    expect(wrapper.find('aside').exists()).toBe(false)
  })

  it('is not shown outside iOS', async () => {
    wrapper = mount(IosInstallHint, { global: { plugins: [createAppI18n()] } })
    await settle()
    expect(wrapper.find('aside').exists()).toBe(false)
  })
})
