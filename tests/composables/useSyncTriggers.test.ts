import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useSyncTriggers } from '@/composables/useSyncTriggers'
import type { ContentSync, SyncTrigger } from '@/sync/content-sync'
import { CHECK_INTERVAL_MS } from '@/sync/policy'

let wrapper: VueWrapper | undefined

/** A sync that only records what asked it to check. */
function recordingSync(): { sync: ContentSync; triggers: SyncTrigger[] } {
  const triggers: SyncTrigger[] = []
  const sync: ContentSync = {
    check: async (trigger) => {
      triggers.push(trigger)
      return null
    },
    contentReplaced: () => undefined,
  }
  return { sync, triggers }
}

function mountTriggers(sync: ContentSync): void {
  wrapper = mount(defineComponent({ setup: () => (useSyncTriggers(sync), () => h('p')) }))
}

function setVisibility(state: DocumentVisibilityState): void {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state)
  document.dispatchEvent(new Event('visibilitychange'))
}

describe('useSyncTriggers', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('checks on start, when the network returns, on focus and when the page becomes visible', () => {
    const { sync, triggers } = recordingSync()
    mountTriggers(sync)
    window.dispatchEvent(new Event('online'))
    window.dispatchEvent(new Event('focus'))
    setVisibility('hidden')
    setVisibility('visible')
    expect(triggers).toEqual(['start', 'online', 'focus', 'focus'])
  })

  it('checks hourly while online, and not while offline', () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
    const { sync, triggers } = recordingSync()
    mountTriggers(sync)
    vi.advanceTimersByTime(CHECK_INTERVAL_MS - 1)
    expect(triggers).toEqual(['start'])
    vi.advanceTimersByTime(1)
    expect(triggers).toEqual(['start', 'interval'])
    onLine.mockReturnValue(false)
    vi.advanceTimersByTime(CHECK_INTERVAL_MS)
    expect(triggers).toEqual(['start', 'interval'])
  })

  it('stops listening and ticking once unmounted', () => {
    const { sync, triggers } = recordingSync()
    mountTriggers(sync)
    wrapper?.unmount()
    wrapper = undefined
    window.dispatchEvent(new Event('online'))
    window.dispatchEvent(new Event('focus'))
    setVisibility('visible')
    vi.advanceTimersByTime(CHECK_INTERVAL_MS * 2)
    expect(triggers).toEqual(['start'])
  })
})
