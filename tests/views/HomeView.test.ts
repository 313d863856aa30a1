import type { VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { useContentSyncStore } from '@/stores/contentSync'
import { mountRoute, waitForText } from '../support/mountRoute'
import { installContent, SEED_RELEASE_ID, SEED_TITLE } from '../support/seedContent'

let wrapper: VueWrapper | undefined

describe('HomeView', () => {
  beforeEach(async () => {
    await installContent()
  })
  afterEach(() => wrapper?.unmount())

  it('lists the seed release with its type, date, place and fields', async () => {
    wrapper = (await mountRoute('/')).wrapper
    await waitForText(wrapper, 'Countering terrorism · Human rights')
    expect(wrapper.get('h1').text()).toBe('Latest releases')
    const items = wrapper.findAll('article')
    expect(items).toHaveLength(1)
    const item = items[0]
    const link = item?.get('h2 a')
    expect(link?.text()).toBe(SEED_TITLE)
    expect(link?.attributes('href')).toBe(`/releases/${SEED_RELEASE_ID}?from=latest`)
    const meta = item?.get('.release-meta')
    expect(meta?.text()).toContain('Press release')
    expect(meta?.get('time').text()).toBe('6 July 2017')
    expect(meta?.get('time').attributes('datetime')).toBe('2017-07-06')
    expect(meta?.text()).toContain('Ulaanbaatar')
    expect(item?.get('.release-item__fields').text()).toBe('Countering terrorism · Human rights')
  })

  it('says releases are on their way, not that there are none, while the first install runs', async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
    const mounted = await mountRoute('/')
    wrapper = mounted.wrapper
    useContentSyncStore(mounted.pinia).publish({ activity: 'installing', progress: { done: 0, total: 20 } })
    await waitForText(wrapper, 'Releases are being installed.')
    expect(wrapper.text()).not.toContain('There are no releases.')
  })

  it('says there are no releases once an install is complete and empty', async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
    const mounted = await mountRoute('/')
    wrapper = mounted.wrapper
    useContentSyncStore(mounted.pinia).runFinished(false)
    await waitForText(wrapper, 'There are no releases.')
    expect(wrapper.text()).not.toContain('being installed')
  })

  it('says why no release is installed after a first install failed: no connection, or no space on the device', async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
    const mounted = await mountRoute('/')
    wrapper = mounted.wrapper
    const store = useContentSyncStore(mounted.pinia)
    store.publish({ failure: { reason: 'unreachable', path: 'manifest.json' } })
    store.runFinished(false)
    await waitForText(wrapper, 'No releases are installed yet. Connect to the internet and retry.')
    store.publish({ failure: { reason: 'quota', neededBytes: 5_000_000 } })
    await waitForText(wrapper, 'No releases are installed yet: this device is out of storage space. Free some space, or keep fewer years offline in Settings, then retry.')
    expect(wrapper.text()).not.toContain('Connect to the internet')
  })

  it('says where to get the content back after the reader removed it', async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
    await db.settings.put({ key: 'contentRemoved', value: true })
    const mounted = await mountRoute('/')
    wrapper = mounted.wrapper
    useContentSyncStore(mounted.pinia).runFinished(false)
    await waitForText(wrapper, 'The content was removed from this device. Download it again in Settings.')
    expect(wrapper.text()).not.toContain('There are no releases.')
  })
})
