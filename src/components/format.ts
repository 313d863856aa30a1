/** Dates are calendar days, not instants: format them in UTC so no time zone shifts the day. */
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const numberFormat = new Intl.NumberFormat(undefined)

export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  if (!year || !month || !day) return isoDate
  return dayFormat.format(new Date(Date.UTC(year, month - 1, day)))
}

export function formatCount(value: number): string {
  return numberFormat.format(value)
}

const MB = 1024 * 1024
const GB = 1024 * MB
const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** Storage sizes in binary units, as browsers and operating systems report them: "50.0 MB", "1.0 GB". */
export function formatBytes(bytes: number): string {
  return bytes >= GB ? `${oneDecimal.format(bytes / GB)} GB` : `${oneDecimal.format(bytes / MB)} MB`
}

/** A share such as 0.049 as "4.9%"; a share too small to show is not rounded down to nothing. */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0) return percentFormat.format(0)
  const share = part / whole
  return share > 0 && share < 0.0005 ? `less than ${percentFormat.format(0.001)}` : percentFormat.format(share)
}

const momentFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })

/** An instant (an ISO timestamp), in the reader's time zone: "1 December 2026, 09:30". */
export function formatMoment(isoTimestamp: string): string {
  const moment = new Date(isoTimestamp)
  return Number.isNaN(moment.getTime()) ? isoTimestamp : momentFormat.format(moment)
}
