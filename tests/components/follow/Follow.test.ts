/** Following on screen: the Follow button of node pages and the home page's "For you". */
import type { VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { compileContent } from '@/content/compile'
import { db } from '@/db/database'
import { putFollow } from '@/db/follows'
import { markRead } from '@/db/reads'
import { mountRoute, waitForText } from '../../support/mountRoute'
import { installContent, variantPage } from '../../support/seedContent'

/** Three releases from Ulaanbaatar (Mongolia) and one from Bishkek (Kyrgyzstan). */
const DATES = ['2018-01-10', '2018-02-10', '2018-03-10', '2018-04-10']
let wrapper: VueWrapper | undefined
let ids: string[] = []

beforeEach(async () => {
  const pages = DATES.map((date, index) => variantPage(index, date))
  const last = pages[3] ?? { file: '', text: '' }
  await installContent(compileContent([...pages.slice(0, 3), { file: last.file, text: last.text.replace('ULAANBAATAR', 'BISHKEK') }]))
  ids = (await db.summaries.orderBy('id').keys()).map(String)
})
afterEach(() => wrapper?.unmount())

const followButton = (within: VueWrapper) => within.find('button.follow-button')
const shortTitles = (within: VueWrapper) =>
  within.findAll('.for-you article h3').map((heading) => heading.text().replace(/^OSCE organizes seminar number (\d+) on .*$/, '#$1'))

describe('the Follow button', () => {
  it('follows and unfollows a country, its state pressed or not', async () => {
    wrapper = (await mountRoute('/countries/mongolia')).wrapper
    await vi.waitFor(() => expect(followButton(wrapper as VueWrapper).exists()).toBe(true))
    expect(followButton(wrapper).text()).toBe('Follow')
    expect(followButton(wrapper).attributes('aria-pressed')).toBe('false')
    await followButton(wrapper).trigger('click')
    await vi.waitFor(() => expect(followButton(wrapper as VueWrapper).attributes('aria-pressed')).toBe('true'))
    expect(followButton(wrapper).text()).toBe('Following')
    expect((await db.follows.toArray()).map((follow) => follow.nodeId)).toEqual(['mongolia'])
    await followButton(wrapper).trigger('click')
    await vi.waitFor(() => expect(followButton(wrapper as VueWrapper).attributes('aria-pressed')).toBe('false'))
    expect(await db.follows.count()).toBe(0)
  })

  it('is on structure, field operation, field and topic pages, not on group pages', async () => {
    for (const [path, id] of [['/structures/odihr', 'odihr'], ['/structures/mission-to-moldova', 'mission-to-moldova'], ['/fields/human-rights', 'human-rights']]) {
      await putFollow(id ?? '')
      wrapper = (await mountRoute(path ?? '')).wrapper
      await vi.waitFor(() => expect(followButton(wrapper as VueWrapper).attributes('aria-pressed')).toBe('true'))
      wrapper.unmount()
    }
    wrapper = (await mountRoute('/countries/participating-states')).wrapper
    await waitForText(wrapper, 'Albania')
    expect(followButton(wrapper).exists()).toBe(false)
  })
})

describe('For you', () => {
  it('with nothing followed, suggests following a country or a field operation, and follows the one chosen', async () => {
    wrapper = (await mountRoute('/')).wrapper
    await waitForText(wrapper, 'For you')
    const section = wrapper.get('section.for-you')
    expect(section.text()).toContain('Follow the places and offices you work with, and their new releases show here.')
    expect(section.get('a').attributes('href')).toBe('/countries')
    const options = section.findAll('option').map((option) => option.text())
    expect(options.slice(0, 4)).toEqual(['Choose one…', 'Centre in Ashgabat', 'Mission in Kosovo', 'Mission to Bosnia and Herzegovina'])
    expect(options).toContain('Mission to Moldova')
    await section.get('select').setValue('mission-to-moldova')
    await section.get('form').trigger('submit')
    await waitForText(wrapper, 'Mission to Moldova0 unread')
    expect((await db.follows.toArray()).map((follow) => follow.nodeId)).toEqual(['mission-to-moldova'])
    expect(wrapper.get('section.for-you').text()).toContain('Nothing unread in what you follow.')
    // The button it was on is gone: the focus is on the section's heading.
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('For you'))
  })

  it('lists each followed item with its unread count, and the newest unread releases across them', async () => {
    await putFollow('mongolia', '2026-12-01T08:00:00.000Z')
    await putFollow('kyrgyzstan', '2026-12-01T09:00:00.000Z')
    await markRead(ids[1] ?? '')
    wrapper = (await mountRoute('/')).wrapper
    await waitForText(wrapper, 'Mongolia2 unread')
    const links = wrapper.findAll('.for-you li a')
    expect(links.map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['Mongolia', '/countries/mongolia'],
      ['Kyrgyzstan', '/countries/kyrgyzstan'],
    ])
    expect(wrapper.findAll('.for-you li').map((item) => item.text())).toEqual(['Mongolia2 unread', 'Kyrgyzstan1 unread'])
    expect(shortTitles(wrapper)).toEqual(['#3', '#2', '#0'])
    expect(wrapper.findAll('.for-you .release-item__unread')).toHaveLength(3)
    // No update has brought any of them: none is marked new.
    expect(wrapper.findAll('.for-you .for-you__new')).toHaveLength(0)
    // For you comes first, the latest releases under it.
    expect(wrapper.findAll('h1, h2').map((heading) => heading.text()).slice(0, 2)).toEqual(['For you', 'Latest releases'])

    await markRead(ids[3] ?? '')
    await waitForText(wrapper, 'Kyrgyzstan0 unread')
    expect(shortTitles(wrapper)).toEqual(['#2', '#0'])
  })

  it('marks the releases the last content update brought as new, in words', async () => {
    await putFollow('kyrgyzstan')
    await db.installState.update('content', { lastChange: { at: '2026-12-01T06:00:00.000Z', fromVersion: 'a', toVersion: 'b', newReleaseIds: [ids[3] ?? ''], removedReleases: 0 } })
    wrapper = (await mountRoute('/')).wrapper
    await waitForText(wrapper, 'Kyrgyzstan1 unread')
    expect(wrapper.findAll('.for-you article').map((row) => row.find('.for-you__new').text())).toEqual(['New'])
  })
})
