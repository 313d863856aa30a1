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
