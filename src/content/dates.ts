/** Dates as the site writes them, read into ISO `YYYY-MM-DD`. */

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const
const MONTH_NUMBER = new Map<string, number>()
MONTHS.forEach((name, index) => {
  MONTH_NUMBER.set(name, index + 1)
  MONTH_NUMBER.set(name.slice(0, 3), index + 1)
})
MONTH_NUMBER.set('sept', 9)

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return null
  if (!Number.isInteger(month) || month < 1 || month > 12) return null
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/
const DAY_MONTH_YEAR = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/
const MONTH_DAY_YEAR = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/
const NUMERIC = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/

/**
 * `6 July 2017`, `July 6, 2017`, `2017-07-06` or `06.07.2017` (day first, as the
 * site is European) → `2017-07-06`; null when it is not a real date.
 */
export function parseDate(text: string): string | null {
  const value = text.trim()
  let match = ISO.exec(value)
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]))
  match = DAY_MONTH_YEAR.exec(value)
  if (match) return isoDate(Number(match[3]), MONTH_NUMBER.get((match[2] ?? '').toLowerCase()) ?? 0, Number(match[1]))
  match = MONTH_DAY_YEAR.exec(value)
  if (match) return isoDate(Number(match[3]), MONTH_NUMBER.get((match[1] ?? '').toLowerCase()) ?? 0, Number(match[2]))
  match = NUMERIC.exec(value)
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]))
  return null
}

export interface Dateline {
  /** The place as written: `ULAANBAATAR`, `VIENNA/WARSAW`. */
  place: string
  /** The date as written: `6 July 2017`. */
  date: string
}

const DATELINE = /^([\p{Lu}][\p{Lu}\p{M} .'’/-]*?),\s+(\d{1,2}\s+[A-Za-z]+\.?\s+\d{4})\s*[-–—]/u

/** `ULAANBAATAR, 6 July 2017 - A two-day…` → place and date as written. */
export function parseDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph)
  if (!match) return null
  return { place: (match[1] ?? '').trim(), date: match[2] ?? '' }
}
