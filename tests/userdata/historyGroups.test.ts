import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '@/db/database'
import { groupHistoryByDay, localDay } from '@/userdata/historyGroups'

/** An entry opened at a local time (the runtime's time zone), so the test holds in any zone. */
const openedAt = (id: string, year: number, month: number, day: number, hour: number, minute = 0): HistoryEntry => ({
  releaseId: id,
  openedAt: new Date(year, month - 1, day, hour, minute).toISOString(),
  title: `Release ${id}`,
  date: '2026-11-01',
})

describe('groupHistoryByDay', () => {
  it('groups by the local day: Today, Yesterday, then earlier days, newest first', () => {
    const entries = [
      openedAt('a', 2026, 11, 28, 9),
      openedAt('b', 2026, 12, 1, 0, 5),
      openedAt('c', 2026, 11, 30, 23, 55),
      openedAt('d', 2026, 12, 1, 8, 30),
      openedAt('e', 2026, 11, 30, 0, 0),
      openedAt('f', 2026, 11, 29, 23, 59),
    ]
    const days = groupHistoryByDay(entries, new Date(2026, 11, 1, 9, 0))
    expect(days.map((day) => [day.kind, day.day, day.entries.map((entry) => entry.releaseId)])).toEqual([
      ['today', '2026-12-01', ['d', 'b']],
      ['yesterday', '2026-11-30', ['c', 'e']],
      ['earlier', '2026-11-29', ['f']],
      ['earlier', '2026-11-28', ['a']],
    ])
  })

  it('moves the days along at midnight: what was today is yesterday one minute later', () => {
    const entries = [openedAt('late', 2026, 12, 1, 23, 50), openedAt('early', 2026, 12, 1, 0, 10)]
    expect(groupHistoryByDay(entries, new Date(2026, 11, 1, 23, 59)).map((day) => [day.kind, day.entries.length])).toEqual([['today', 2]])
    expect(groupHistoryByDay(entries, new Date(2026, 11, 2, 0, 1)).map((day) => [day.kind, day.day])).toEqual([['yesterday', '2026-12-01']])
    expect(groupHistoryByDay(entries, new Date(2026, 11, 3, 0, 1)).map((day) => [day.kind, day.day])).toEqual([['earlier', '2026-12-01']])
  })

  it('finds yesterday across a month and a year boundary', () => {
    const entries = [openedAt('eve', 2026, 12, 31, 22)]
    expect(groupHistoryByDay(entries, new Date(2027, 0, 1, 7)).map((day) => [day.kind, day.day])).toEqual([['yesterday', '2026-12-31']])
    expect(localDay(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01')
  })

  it('has no days for no entries', () => {
    expect(groupHistoryByDay([], new Date(2026, 11, 1))).toEqual([])
  })
})
