import { afterEach, describe, expect, it } from 'vitest'
import { captureInstallPrompt } from '@/pwa/useInstallPrompt'
import { fakeInstallPromptEvent } from '../support/installPromptEvent'

const captures: { stop(): void }[] = []

/** A capture as the app starts one; stopped after each test, as when the app unmounts. */
function capture() {
  const started = captureInstallPrompt()
  captures.push(started)
  return started.prompt
}

describe('captureInstallPrompt', () => {
  afterEach(() => captures.splice(0).forEach((started) => started.stop()))

  it('keeps the browser from showing its own prompt and offers install instead', async () => {
    const { canInstall, install } = capture()
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

  it('stops offering install once the app is installed by other means', () => {
    const { canInstall } = capture()
    window.dispatchEvent(fakeInstallPromptEvent())
    expect(canInstall.value).toBe(true)
    window.dispatchEvent(new Event('appinstalled'))
    expect(canInstall.value).toBe(false)
  })

  it('lets go of the window when stopped: the browser may show its own prompt again', () => {
    const started = captureInstallPrompt()
    started.stop()
    const event = fakeInstallPromptEvent()
    window.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(false)
    expect(started.prompt.canInstall.value).toBe(false)
  })
})
