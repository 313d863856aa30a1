import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { formatMoment } from '@/components/format'
import { defineComponent, h } from 'vue'
import { RouterView } from 'vue-router'
import { useAppearance } from '@/composables/useAppearance'
import { db } from '@/db/database'
import { useContentSyncStore } from '@/stores/contentSync'
import type { SyncRunner } from '@/sync/runner'
import { mountRoute, waitForText } from '../support/mountRoute'
import { sectionByHeading } from '../support/pageSections'
import { installContent } from '../support/seedContent'
import { stubStorage } from '../support/storageStub'

const NOT_PERSISTENT = 'Persistent: no — the browser may clear non-persistent storage when space runs low'

let wrapper: VueWrapper
/** The page inside an app that follows the appearance settings, as App.vue's start does. */
const APP_WITH_APPEARANCE = defineComponent({
  setup() {
    useAppearance()
    return () => h(RouterView)
  },
})
let restoreStorage: () => void = () => undefined

const facts = () => Object.fromEntries(wrapper.findAll('.offline-content__facts > div').map((row) => [row.get('dt').text(), row.get('dd').text()]))
const keepButton = () => wrapper.findAll('button').find((button) => button.text() === 'Keep content on this device')

describe('SettingsView', () => {
  beforeEach(async () => {
    await installContent()
    for (const name of ['data-theme', 'data-text-size', 'data-line-spacing']) document.documentElement.removeAttribute(name)
    document.head.querySelectorAll('meta[name="theme-color"]').forEach((meta) => meta.remove())
    localStorage.clear()
  })
  afterEach(() => {
    wrapper.unmount()
    restoreStorage()
    restoreStorage = () => undefined
  })

  it('says the installed content is available offline, with its version, date and release count', async () => {
    wrapper = (await mountRoute('/settings')).wrapper
    expect(wrapper.get('h1').text()).toBe('Settings and storage')
    await waitForText(wrapper, 'Available offline')
    const version = (await db.installState.get('content'))?.version
    expect(version).toMatch(/^[0-9a-f]{16}$/)
    expect(facts()).toEqual({ Version: version, 'Content of': '6 July 2017', Releases: '1 release', 'Last checked': formatMoment('2026-12-01T08:00:00.000Z', 'en-GB') })
  })

  it('shows install progress instead while a first install runs', async () => {
    const mounted = await mountRoute('/settings')
    wrapper = mounted.wrapper
    useContentSyncStore(mounted.pinia).publish({ activity: 'installing', progress: { done: 500, total: 2000 } })
    await waitForText(wrapper, 'Installing: 500 of 2,000 releases.')
    expect(wrapper.find('.offline-content__facts').exists()).toBe(false)
  })

  it('says when nothing is installed', async () => {
    await db.installState.clear()
    wrapper = (await mountRoute('/settings')).wrapper
    await waitForText(wrapper, 'No content is installed on this device.')
    expect(wrapper.text()).not.toContain('Available offline')
  })

  it('says a partly installed device is completed online, or after freeing space when the disk was full', async () => {
    await db.installState.update('content', { complete: false })
    const mounted = await mountRoute('/settings')
    wrapper = mounted.wrapper
    const store = useContentSyncStore(mounted.pinia)
    store.publish({ failure: { reason: 'unreachable', path: 'manifest.json' } })
    await waitForText(wrapper, 'Partly installed: the rest is downloaded the next time the app is online.')
    store.publish({ failure: { reason: 'quota', neededBytes: 5_000_000 } })
    await waitForText(wrapper, 'Partly installed: this device ran out of storage space. Free some space, or keep fewer years offline below, then retry.')
    expect(wrapper.text()).not.toContain('next time the app is online')
  })

  it('checks for updates on request and says what it found', async () => {
    const runs: unknown[] = []
    const runner: SyncRunner = async (options, onProgress) => {
      runs.push(options)
      onProgress({ stage: 'checking' })
      return { kind: 'updated', change: { at: '2026-12-01T09:00:00.000Z', fromVersion: 'a', toVersion: 'b', newReleaseIds: ['2026-11-30-a', '2026-11-30-b', '2026-11-29-c'], removedReleases: 1 } }
    }
    wrapper = (await mountRoute('/settings', undefined, { syncRunner: runner })).wrapper
    await waitForText(wrapper, 'Available offline')
    const button = wrapper.findAll('button').find((candidate) => candidate.text() === 'Check for updates')
    await button?.trigger('click')
    await waitForText(wrapper, 'Updated: 3 new, 1 removed.')
    // A check by hand never uses the manifest asked for at start-up.
    expect(runs).toEqual([{ allowLarge: false, saveData: false, keepSince: null, onStart: false }])
  })

  it('keeps fewer years on request, and removes all content only after confirmation, keeping the reader’s data', async () => {
    const runs: { keepSince: string | null }[] = []
    const runner: SyncRunner = async (options) => {
      runs.push(options)
      return { kind: 'current' }
    }
    await db.saved.put({ releaseId: '2017-07-06-x', savedAt: '2026-11-30T08:00:00Z' })
    wrapper = (await mountRoute('/settings', undefined, { syncRunner: runner })).wrapper
    await waitForText(wrapper, 'Available offline')
    await wrapper.get('select').setValue('2')
    await vi.waitFor(() => expect(runs).toHaveLength(1))
    expect(await db.settings.get('keepYears')).toEqual({ key: 'keepYears', value: 2 })
    expect(runs[0]?.keepSince).toMatch(/^\d{4}-\d{2}$/)

    await wrapper.findAll('button').find((candidate) => candidate.text() === 'Remove all content…')?.trigger('click')
    expect(wrapper.get('#remove-question').text()).toBe('Remove all releases and menus from this device? Your saved releases, read marks and settings are kept.')
    expect(await db.summaries.count()).toBe(1)
    await wrapper.findAll('button').find((candidate) => candidate.text() === 'Remove content')?.trigger('click')
    await waitForText(wrapper, 'All content was removed from this device.')
    // Focus moves once the removal has finished.
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Download the content again'))
    expect(await db.summaries.count()).toBe(0)
    expect(await db.nodes.count()).toBe(0)
    expect(await db.saved.count()).toBe(1)
  })

  it('shows storage used and quota, and keeps the content on request', async () => {
    const stub = stubStorage({ persisted: false, persistGrants: true })
    restoreStorage = stub.restore
    wrapper = (await mountRoute('/settings')).wrapper
    const storage = sectionByHeading(wrapper, 'Storage')
    await waitForText(wrapper, NOT_PERSISTENT)
    expect(storage.get('.storage__use').text()).toBe('Used: 50.0 MB of 1.0 GB (4.9%)')
    expect(stub.storage.persist).not.toHaveBeenCalled()

    const button = keepButton()
    if (!button) throw new Error('no Keep content button')
    await button.trigger('click')
    await waitForText(wrapper, 'Persistent: yes')
    expect(stub.storage.persist).toHaveBeenCalledTimes(1)
    expect(storage.get('[role="status"]').text()).toBe('Done: the browser will keep the content unless you delete it.')
    expect(wrapper.text()).not.toContain(NOT_PERSISTENT)
  })

  it('says so when the browser declines to keep the content', async () => {
    const stub = stubStorage({ persisted: false, persistGrants: false })
    restoreStorage = stub.restore
    wrapper = (await mountRoute('/settings')).wrapper
    await waitForText(wrapper, NOT_PERSISTENT)
    await keepButton()?.trigger('click')
    await waitForText(wrapper, 'The browser declined.')
    expect(sectionByHeading(wrapper, 'Storage').get('[role="status"]').text()).toBe(
      'The browser declined. It may agree later, for example once the app is installed or used more often.',
    )
    expect(wrapper.text()).toContain(NOT_PERSISTENT)
  })

  it('offers no button where the browser has no storage API', async () => {
    wrapper = (await mountRoute('/settings')).wrapper
    await waitForText(wrapper, 'This browser does not say how much storage is used.')
    expect(wrapper.text()).toContain('Persistent: unknown — this browser does not say')
    expect(keepButton()).toBeUndefined()
  })

  it('stores the chosen text size and line spacing, mirrors them, and applies them to the whole page', async () => {
    wrapper = (await mountRoute('/settings', APP_WITH_APPEARANCE)).wrapper
    const reading = sectionByHeading(wrapper, 'Reading')
    const [sizes, spacings] = reading.findAll('fieldset')
    expect(reading.findAll('fieldset legend').map((legend) => legend.text())).toEqual(['Text size', 'Line spacing'])
    expect(sizes?.findAll('label').map((label) => label.text())).toEqual(['Small', 'Normal', 'Large', 'Larger', 'Very large', 'Largest (double)'])
    expect(spacings?.findAll('label').map((label) => label.text())).toEqual(['Normal', 'Wide', 'Wider'])
    const sizeRadios = sizes?.findAll<HTMLInputElement>('input[type="radio"]') ?? []
    const spacingRadios = spacings?.findAll<HTMLInputElement>('input[type="radio"]') ?? []
    await vi.waitFor(() => expect(sizeRadios[1]?.element.checked).toBe(true))
    expect(spacingRadios[0]?.element.checked).toBe(true)
    await vi.waitFor(() => expect(document.documentElement.dataset.textSize).toBe('normal'))

    await sizeRadios[5]?.setValue(true)
    await spacingRadios[1]?.setValue(true)
    await vi.waitFor(async () => expect((await db.settings.get('textSize'))?.value).toBe('xx-large'))
    await vi.waitFor(async () => expect((await db.settings.get('lineSpacing'))?.value).toBe('relaxed'))
    await vi.waitFor(() => expect([document.documentElement.dataset.textSize, document.documentElement.dataset.lineSpacing]).toEqual(['xx-large', 'relaxed']))
    expect(JSON.parse(localStorage.getItem('appearance') ?? 'null')).toEqual({ theme: 'system', textSize: 'xx-large', lineSpacing: 'relaxed' })
    await flushPromises()
    expect(sizeRadios[5]?.element.checked).toBe(true)
    expect(spacingRadios[1]?.element.checked).toBe(true)
  })

  it('stores the chosen theme in its own section, mirrors it, and applies it with its colour to the browser bar', async () => {
    document.head.insertAdjacentHTML('beforeend', '<meta name="theme-color" content="#0b4f8a"><meta name="theme-color" content="#1b3550">')
    wrapper = (await mountRoute('/settings', APP_WITH_APPEARANCE)).wrapper
    const appearance = sectionByHeading(wrapper, 'Appearance')
    expect(appearance.get('fieldset legend').text()).toBe('Theme')
    expect(appearance.findAll('label').map((label) => label.text())).toEqual(['System', 'Light', 'Dark', 'Sepia', 'Black (OLED)'])
    const radios = appearance.findAll<HTMLInputElement>('input[type="radio"]')
    await vi.waitFor(() => expect(radios[0]?.element.checked).toBe(true))
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('system'))

    await radios[4]?.setValue(true)
    await vi.waitFor(async () => expect((await db.settings.get('theme'))?.value).toBe('black'))
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('black'))
    expect(JSON.parse(localStorage.getItem('appearance') ?? 'null')).toEqual({ theme: 'black', textSize: 'normal', lineSpacing: 'normal' })
    expect([...document.querySelectorAll('meta[name="theme-color"]')].map((meta) => meta.getAttribute('content'))).toEqual(['#000000', '#000000'])

    await radios[0]?.setValue(true)
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('system'))
    expect([...document.querySelectorAll('meta[name="theme-color"]')].map((meta) => meta.getAttribute('content'))).toEqual(['#0b4f8a', '#1b3550'])
  })
})
