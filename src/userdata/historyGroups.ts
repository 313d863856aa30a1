/**
 * History grouped by the day it was opened in the reader's own time zone:
 * Today, Yesterday, then each earlier day. Pure (no Vue, no database), so the
 * grouping is tested with any clock.
 */
import type { HistoryEntry } from '@/db/database'

export type HistoryDayKind = 'today' | 'yesterday' | 'earlier'

export interface HistoryDay {
  kind: HistoryDayKind
  /** The local calendar day, `YYYY-MM-DD`. */
  day: string
  /** Newest opening first. */
  entries: HistoryEntry[]
}

const pad = (value: number) => value.toString().padStart(2, '0')

/** The calendar day of `moment` where the reader is (the runtime's time zone), `YYYY-MM-DD`. */
export function localDay(moment: Date): string {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`
}

/** The local day before `moment`'s, by the calendar (a day of 23 or 25 hours included). */
function dayBefore(moment: Date): string {
  return localDay(new Date(moment.getFullYear(), moment.getMonth(), moment.getDate() - 1))
}

/** `entries` (any order) in days, newest day first, each newest first; `now` decides which day is today. */
export function groupHistoryByDay(entries: readonly HistoryEntry[], now: Date): HistoryDay[] {
  const today = localDay(now)
  const yesterday = dayBefore(now)
  const newestFirst = [...entries].sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt))
  const days: HistoryDay[] = []
  for (const entry of newestFirst) {
    const day = localDay(new Date(entry.openedAt))
    const last = days.at(-1)
    if (last?.day === day) last.entries.push(entry)
    else days.push({ kind: day === today ? 'today' : day === yesterday ? 'yesterday' : 'earlier', day, entries: [entry] })
  }
  return days
}
