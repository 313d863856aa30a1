import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { db } from '@/db/database'
import { writeSetting } from '@/db/settings'
import { useInstallPrompt, type InstallPrompt } from '@/pwa/useInstallPrompt'
import { createAppState, useAppStartup } from '@/startup'
import type { SyncRunner } from '@/sync/runner'
import { fakeInstallPromptEvent } from './support/installPromptEvent'
import { installContent } from './support/seedContent'
import { stubStorage } from './support/storageStub'

const mounted: VueWrapper[] = []
const upToDate: SyncRunner = vi.fn(async () => ({ kind: 'current' as const }))

/** A component that runs `setup`, and what it returned. */
function probe<T>(setup: () => T) {
  const ran: { result?: T } = {}
  const component = defineComponent({
    setup() {
      ran.result = setup()
      return () => h('p')
    },
  })
  return { component, ran }
}

/** `setup` run in an app of its own (Pinia, app state). */
function mountApp<T>(setup: () => T): { wrapper: VueWrapper; result: T } {
  const { component, ran } = probe(setup)
  const wrapper = mount(component, { global: { plugins: [createPinia(), createAppState({ syncRunner: upToDate })] } })
  mounted.push(wrapper)
  if (!('result' in ran)) throw new Error('setup did not run')
  return { wrapper, result: ran.result as T }
}

describe('app state', () => {
  afterEach(() => mounted.splice(0).forEach((wrapper) => wrapper.unmount()))

  it('is made afresh for each app, and lets go of the window when its app unmounts', () => {
    const first = mountApp(useInstallPrompt)
    window.dispatchEvent(fakeInstallPromptEvent())
    expect(first.result.canInstall.value).toBe(true)
    // A second app (a test, a reload) starts with nothing captured.
    const second: InstallPrompt = mountApp(useInstallPrompt).result
    expect(second.canInstall.value).toBe(false)

    mounted.splice(0).forEach((wrapper) => wrapper.unmount())
    const unheard = fakeInstallPromptEvent()
    window.dispatchEvent(unheard)
    expect(unheard.defaultPrevented).toBe(false)
  })

  it('tells a component outside the app what it lacks', () => {
    expect(() => mount(probe(useInstallPrompt).component)).toThrow(
      'useInstallPrompt() needs the app state: install appState from src/startup.ts in the app',
    )
  })
})

describe('useAppStartup', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
    for (const name of ['data-theme', 'data-text-size', 'data-line-spacing']) document.documentElement.removeAttribute(name)
    localStorage.clear()
  })
  afterEach(() => mounted.splice(0).forEach((wrapper) => wrapper.unmount()))

  it('checks for content, and applies the stored appearance to the page and its mirror', async () => {
    await writeSetting('textSize', 'larger')
    await writeSetting('theme', 'dark')
    vi.mocked(upToDate).mockClear()
    mountApp(useAppStartup)
    await vi.waitFor(() => expect(document.documentElement.dataset.textSize).toBe('larger'))
    expect([document.documentElement.dataset.theme, document.documentElement.dataset.lineSpacing]).toEqual(['dark', 'normal'])
    expect(JSON.parse(localStorage.getItem('appearance') ?? 'null')).toEqual({ theme: 'dark', textSize: 'larger', lineSpacing: 'normal' })
    await vi.waitFor(() => expect(upToDate).toHaveBeenCalledTimes(1))
  })

  it('asks for persistent storage once content is installed', async () => {
    const { storage, restore } = stubStorage()
    try {
      await installContent()
      mountApp(useAppStartup)
      await vi.waitFor(async () => expect((await db.settings.get('persistenceRequested'))?.value).toBe(true))
      expect(storage.persist).toHaveBeenCalledTimes(1)
    } finally {
      restore()
    }
  })
})
