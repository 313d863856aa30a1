import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db, type HistoryEntry } from '@/db/database'
import { readSetting } from '@/db/settings'
import { mountRoute, waitForText } from '../support/mountRoute'
import { compileSeed, installContent, SEED_RELEASE_ID, SEED_TITLE, variantPage } from '../support/seedContent'

let wrapper: VueWrapper | undefined

/** An entry opened at a local time, so the days hold in any time zone. */
const entry = (id: string, title: string, opened: Date): HistoryEntry => ({ releaseId: id, openedAt: opened.toISOString(), title, date: id.slice(0, 10) })
const ENTRIES = [
  entry('2019-05-14-border-training-in-chisinau-0a1b2c3d', 'Border training in Chisinau', new Date(2026, 11, 1, 0, 5)),
  entry('2018-03-02-election-observers-in-tbilisi-1a2b3c4d', 'Election observers in Tbilisi', new Date(2026, 10, 30, 23, 55)),
  entry(SEED_RELEASE_ID, SEED_TITLE, new Date(2026, 10, 29, 12, 0)),
]

/** Each day's heading with the titles under it, as the page shows them. */
const days = () =>
  (wrapper?.findAll('.history-day') ?? []).map((day) => [day.get('h2').text(), ...day.findAll('.history-entry a').map((link) => link.text())])
const button = (name: string) => wrapper?.findAll('button').find((candidate) => candidate.text() === name || candidate.attributes('aria-label') === name)

async function mountHistoryAt(now: Date): Promise<void> {
  vi.setSystemTime(now)
  wrapper = (await mountRoute('/history')).wrapper
  await waitForText(wrapper, 'Border training in Chisinau')
}

describe('HistoryView', () => {
  beforeEach(async () => {
    // Only the clock is fake: IndexedDB's own timers run.
    vi.useFakeTimers({ toFake: ['Date'] })
    await installContent()
    await db.history.bulkPut(ENTRIES)
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.useRealTimers()
  })

  it('groups by day across midnight: Today, Yesterday, then the date', async () => {
    await mountHistoryAt(new Date(2026, 11, 1, 0, 10))
    expect(days()).toEqual([
      ['Today', 'Border training in Chisinau'],
      ['Yesterday', 'Election observers in Tbilisi'],
      ['29 November 2026', SEED_TITLE],
    ])
  })

  it('moves every day along when opened after the next midnight', async () => {
    await mountHistoryAt(new Date(2026, 11, 2, 0, 1))
    expect(days()).toEqual([
      ['Yesterday', 'Border training in Chisinau'],
      ['30 November 2026', 'Election observers in Tbilisi'],
      ['29 November 2026', SEED_TITLE],
    ])
  })

  it('removes one entry by its named button and says so', async () => {
    await mountHistoryAt(new Date(2026, 11, 1, 9, 0))
    await button('Remove “Election observers in Tbilisi” from history')?.trigger('click')
    await waitForText(wrapper as VueWrapper, '“Election observers in Tbilisi” removed from history.')
    expect(days()).toEqual([
      ['Today', 'Border training in Chisinau'],
      ['29 November 2026', SEED_TITLE],
    ])
    expect(await db.history.count()).toBe(2)
    expect(document.activeElement?.textContent).toBe('History')
  })

  it('draws the newest 100 entries, and more on request', async () => {
    const many = Array.from({ length: 120 }, (_, index) => entry(`2020-01-01-release-${String(index).padStart(3, '0')}`, `Release ${index}`, new Date(2026, 10, 20, 8, index)))
    await db.history.bulkPut(many)
    await mountHistoryAt(new Date(2026, 11, 1, 9, 0))
    expect(wrapper?.findAll('.history-entry')).toHaveLength(100)
    expect(wrapper?.text()).toContain('100 of 123')
    await button('Show more')?.trigger('click')
    await vi.waitFor(() => expect(wrapper?.findAll('.history-entry')).toHaveLength(123))
    expect(button('Show more')).toBeUndefined()
  })

  it('clears all only after the reader confirms', async () => {
    await mountHistoryAt(new Date(2026, 11, 1, 9, 0))
    await button('Clear history')?.trigger('click')
    expect(wrapper?.get('.confirm-action__text').text()).toBe('Remove all 3 releases from your history?')
    await button('Cancel')?.trigger('click')
    await flushPromises()
    expect(await db.history.count()).toBe(3)
    await button('Clear history')?.trigger('click')
    await wrapper?.get('.confirm-action__yes').trigger('click')
    await waitForText(wrapper as VueWrapper, 'No history yet')
    expect(await db.history.count()).toBe(0)
    expect(wrapper?.get('[role="status"]').text()).toBe('History cleared.')
  })

  it('turns history off and on with its switch, the same setting as in Settings', async () => {
    await mountHistoryAt(new Date(2026, 11, 1, 9, 0))
    const box = wrapper?.get<HTMLInputElement>('#history-enabled')
    expect(box?.element.checked).toBe(true)
    await vi.waitFor(() => expect(box?.element.disabled).toBe(false))
    await box?.setValue(false)
    await vi.waitFor(async () => expect(await readSetting('historyEnabled')).toBe(false))
    await waitForText(wrapper as VueWrapper, 'History is off')
    await box?.setValue(true)
    await vi.waitFor(async () => expect(await readSetting('historyEnabled')).toBe(true))
    await vi.waitFor(() => expect(wrapper?.text()).not.toContain('History is off'))
  })
})

describe('opening a release', () => {
  beforeEach(async () => {
    await installContent()
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  it('puts it in the history with its title and date', async () => {
    wrapper = (await mountRoute(`/releases/${SEED_RELEASE_ID}`)).wrapper
    await waitForText(wrapper, SEED_TITLE)
    await vi.waitFor(async () => expect(await db.history.count()).toBe(1))
    const [row] = await db.history.toArray()
    expect(row && { ...row, openedAt: typeof row.openedAt }).toEqual({ releaseId: SEED_RELEASE_ID, openedAt: 'string', title: SEED_TITLE, date: '2017-07-06' })
  })

  it('records nothing while history is off', async () => {
    const other = compileSeed([variantPage(1, '2018-01-10')]).releases.find((release) => release.id !== SEED_RELEASE_ID)
    if (!other) throw new Error('the variant compiles to a second release')
    await installContent(compileSeed([variantPage(1, '2018-01-10')]))
    await db.settings.put({ key: 'historyEnabled', value: false })
    const mounted = await mountRoute(`/releases/${SEED_RELEASE_ID}`)
    wrapper = mounted.wrapper
    await waitForText(wrapper, SEED_TITLE)
    // Turned on again, the next release opened is recorded; writes are in order, so the first was looked at before it.
    await db.settings.put({ key: 'historyEnabled', value: true })
    await mounted.router.push(`/releases/${other.id}`)
    await vi.waitFor(async () => expect(await db.history.count()).toBe(1))
    expect((await db.history.toArray()).map((row) => row.releaseId)).toEqual([other.id])
  })
})
