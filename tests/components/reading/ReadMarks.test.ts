/** Read marks on screen: unread rows, the release page's mark, a list's unread count and "Mark all as read". */
import type { DOMWrapper, VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { compileContent } from '@/content/compile'
import { db } from '@/db/database'
import { markRead } from '@/db/reads'
import { mountRoute, waitForText } from '../../support/mountRoute'
import { sectionByHeading } from '../../support/pageSections'
import { installContent, variantPage } from '../../support/seedContent'

const DATES = ['2018-01-10', '2018-02-10', '2018-03-10']
let wrapper: VueWrapper | undefined
let ids: string[] = []

beforeEach(async () => {
  await installContent(compileContent(DATES.map((date, index) => variantPage(index, date))))
  ids = (await db.summaries.orderBy('id').keys()).map(String)
})
afterEach(() => wrapper?.unmount())

/** Each row's title and whether it is marked unread (the dot, and the word the link is described by). */
function rows(within: VueWrapper | DOMWrapper<Element>): [string, boolean][] {
  return within.findAll('article').map((row) => {
    const link = row.get('a')
    const describedBy = link.attributes('aria-describedby')
    const word = describedBy ? row.find(`[id="${describedBy}"]`).text() : ''
    const dot = row.find('.release-item__unread').exists()
    if (dot !== (word === 'Unread')) throw new Error(`row "${link.text()}": dot ${dot}, description "${word}"`)
    return [link.text().replace('OSCE organizes seminar number ', '#'), dot]
  })
}

describe('unread rows', () => {
  it('mark the unread releases of a list, and follow the marks as they change', async () => {
    await markRead(ids[1] ?? '')
    wrapper = (await mountRoute('/')).wrapper
    await vi.waitFor(() => expect(rows(wrapper as VueWrapper).map(([, unread]) => unread)).toEqual([true, false, true]))
    expect(rows(wrapper).map(([title]) => title.slice(0, 2))).toEqual(['#2', '#1', '#0'])
    await markRead(ids[2] ?? '')
    await vi.waitFor(() => expect(rows(wrapper as VueWrapper).map(([, unread]) => unread)).toEqual([false, false, true]))
  })

  it('keep the release title as the heading: the word is outside it', async () => {
    wrapper = (await mountRoute('/')).wrapper
    await vi.waitFor(() => expect(wrapper?.findAll('.release-item__unread')).toHaveLength(3))
    expect(wrapper.findAll('article h2').map((heading) => heading.text().slice(0, 29))).toEqual([
      'OSCE organizes seminar number',
      'OSCE organizes seminar number',
      'OSCE organizes seminar number',
    ])
  })
})

describe('a release page', () => {
  it('marks the release read when opened, and offers to mark it unread and read again', async () => {
    const mounted = await mountRoute(`/releases/${ids[0]}`)
    wrapper = mounted.wrapper
    await waitForText(wrapper, 'Mark as unread')
    expect(await db.reads.toCollection().primaryKeys()).toEqual([ids[0]])
    await wrapper.get('button.read-toggle').trigger('click')
    await waitForText(wrapper, 'Mark as read')
    expect(await db.reads.count()).toBe(0)
    expect(await db.readNodes.count()).toBe(0)
    await wrapper.get('button.read-toggle').trigger('click')
    await waitForText(wrapper, 'Mark as unread')
    expect(await db.reads.toCollection().primaryKeys()).toEqual([ids[0]])
  })
})

describe('a list page', () => {
  it('gives its unread count and marks all of its releases read', async () => {
    await markRead(ids[0] ?? '')
    wrapper = (await mountRoute('/countries/mongolia')).wrapper
    await waitForText(wrapper, 'Releases from Mongolia (3) · 2 unread')
    const section = sectionByHeading(wrapper, 'Releases from Mongolia')
    const button = section.findAll('button').find((candidate) => candidate.text() === 'Mark all as read')
    await button?.trigger('click')
    await waitForText(wrapper, '2 releases marked as read.')
    expect(await db.reads.count()).toBe(3)
    // The counts follow the marks (a live query, a moment after the write); the button stays where the focus is, but does nothing more.
    await vi.waitFor(() => expect(sectionByHeading(wrapper as VueWrapper, 'Releases from Mongolia').get('h2').text()).toBe('Releases from Mongolia (3)'))
    await vi.waitFor(() => expect(button?.attributes('aria-disabled')).toBe('true'))
    await vi.waitFor(() => expect(rows(sectionByHeading(wrapper as VueWrapper, 'Releases from Mongolia')).map(([, unread]) => unread)).toEqual([false, false, false]))
  })

  it('offers no "Mark all as read" when nothing is unread', async () => {
    for (const id of ids) await markRead(id)
    wrapper = (await mountRoute('/countries/mongolia')).wrapper
    await waitForText(wrapper, 'Releases from Mongolia (3)')
    await vi.waitFor(() => expect(wrapper?.findAll('article')).toHaveLength(3))
    expect(wrapper.text()).not.toContain('Mark all as read')
    expect(wrapper.text()).not.toContain('unread')
  })

  it('marks all of the latest releases read from the home page', async () => {
    wrapper = (await mountRoute('/')).wrapper
    await waitForText(wrapper, 'Mark all as read')
    await wrapper.findAll('button').find((candidate) => candidate.text() === 'Mark all as read')?.trigger('click')
    await waitForText(wrapper, '3 releases marked as read.')
    expect(await db.readNodes.count()).toBe(3)
  })
})
