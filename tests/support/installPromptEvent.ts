/** A stand-in for Chromium's `beforeinstallprompt` event, which happy-dom does not know. */
import { vi } from 'vitest'

export function fakeInstallPromptEvent(outcome: 'accepted' | 'dismissed' = 'accepted') {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: vi.fn(async () => undefined),
    userChoice: Promise.resolve({ outcome, platform: 'web' }),
  })
  return event
}
