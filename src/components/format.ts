/**
 * Days, counts, sizes and shares, formatted with Intl in the given language (the
 * interface's: components use them through useFormat in src/i18n, never with the
 * device's default). Formatters are made once per language and kept.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = cache.get(key)
  if (!format) {
    format = make()
    cache.set(key, format)
  }
  return format as T
}

/** Dates are calendar days, not instants: format them in UTC so no time zone shifts the day. */
const dayFormat = (locale: string) =>
  cached(`day:${locale}`, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }))
const numberFormat = (locale: string) => cached(`number:${locale}`, () => new Intl.NumberFormat(locale))
const sizeFormat = (locale: string, unit: 'megabyte' | 'gigabyte') =>
  cached(`${unit}:${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, minimumFractionDigits: 1, maximumFractionDigits: 1 }))
const percentFormat = (locale: string) =>
  cached(`percent:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }))
const momentFormat = (locale: string) =>
  cached(`moment:${locale}`, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }))

/** `2017-07-06` as "6 July 2017" (en-GB) or "6 июля 2017 г." (ru). */
export function formatDay(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  if (!year || !month || !day) return isoDate
  return dayFormat(locale).format(new Date(Date.UTC(year, month - 1, day)))
}

export function formatCount(value: number, locale: string): string {
  return numberFormat(locale).format(value)
}

const MB = 1024 * 1024
const GB = 1024 * MB

/** Storage sizes in binary units, as browsers and operating systems report them: "50.0 MB", "1,0 ГБ". */
export function formatBytes(bytes: number, locale: string): string {
  return bytes >= GB ? sizeFormat(locale, 'gigabyte').format(bytes / GB) : sizeFormat(locale, 'megabyte').format(bytes / MB)
}

/**
 * A share such as 0.049 as "4.9%"; a share too small to show is not rounded down
 * to nothing: `lessThan` words "less than 0.1%" in the interface language.
 */
export function formatShare(part: number, whole: number, locale: string, lessThan: (share: string) => string): string {
  if (whole <= 0) return percentFormat(locale).format(0)
  const share = part / whole
  return share > 0 && share < 0.0005 ? lessThan(percentFormat(locale).format(0.001)) : percentFormat(locale).format(share)
}

/** An instant (an ISO timestamp), in the reader's time zone: "1 December 2026, 09:30". */
export function formatMoment(isoTimestamp: string, locale: string): string {
  const moment = new Date(isoTimestamp)
  return Number.isNaN(moment.getTime()) ? isoTimestamp : momentFormat(locale).format(moment)
}
