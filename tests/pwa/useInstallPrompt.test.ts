import { afterEach, describe, expect, it } from 'vitest'
import { effectScope } from 'vue'
import { resetInstallPromptForTests, useInstallPrompt } from '@/pwa/useInstallPrompt'
import { fakeInstallPromptEvent } from '../support/installPromptEvent'

function usePrompt() {
  const scope = effectScope()
  const prompt = scope.run(useInstallPrompt)
  if (!prompt) throw new Error('no prompt')
  return prompt
}

describe('useInstallPrompt', () => {
  afterEach(() => resetInstallPromptForTests())

  it('keeps the browser from showing its own prompt and offers install instead', async () => {
    const { canInstall, install } = usePrompt()
    expect(canInstall.value).toBe(false)
    expect(await install()).toBeNull()
    const event = fakeInstallPromptEvent('accepted')
    window.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    expect(canInstall.value).toBe(true)
    expect(await install()).toBe('accepted')
    expect(event.prompt).toHaveBeenCalledTimes(1)
    // An event prompts only once.
    expect(canInstall.value).toBe(false)
  })

  it('shares one captured event between all users', () => {
    const first = usePrompt()
    window.dispatchEvent(fakeInstallPromptEvent())
    expect(usePrompt().canInstall.value).toBe(true)
    expect(first.canInstall.value).toBe(true)
  })

  it('stops offering install once the app is installed by other means', () => {
    const { canInstall } = usePrompt()
    window.dispatchEvent(fakeInstallPromptEvent())
    expect(canInstall.value).toBe(true)
    window.dispatchEvent(new Event('appinstalled'))
    expect(canInstall.value).toBe(false)
  })
})
