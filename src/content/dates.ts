/** Dates as the site writes them, read into ISO `YYYY-MM-DD`, and the datelines that open release bodies. */

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

/** 1–12 for a month name or its short form (`July`, `Jul`, `Sept`), any case; 0 when it is none. */
export function monthNumber(name: string): number {
  return MONTH_NUMBER.get(name.toLowerCase().replace(/\.$/, '')) ?? 0
}

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
/** `Thursday, 6 July 2017`: the weekday adds nothing the date does not say. */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i
/** A time after the date (`6 July 2017, 14:30 CET`, `2017-07-06T10:00:00Z`): the release's date is the day. */
const TIME = /(?:[\s,T-]|,\s*|\s+-\s+|\s+at\s+)\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|UTC|GMT|CES?T|[+-]\d{2}:?\d{2}))?$/

/**
 * `6 July 2017`, `17 October, 2000`, `July 6, 2017`, `2017-07-06` or `06.07.2017`
 * (day first, as the site is European), optionally after a weekday → `2017-07-06`;
 * null when it is not a real date.
 */
export function parseDate(text: string): string | null {
  const value = text.trim().replace(WEEKDAY, '').replace(TIME, '').trim()
  let match = ISO.exec(value)
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]))
  match = DAY_MONTH_YEAR.exec(value)
  if (match) return isoDate(Number(match[3]), monthNumber(match[2] ?? ''), Number(match[1]))
  match = MONTH_DAY_YEAR.exec(value)
  if (match) return isoDate(Number(match[3]), monthNumber(match[1] ?? ''), Number(match[2]))
  match = NUMERIC.exec(value)
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]))
  return null
}

export interface Dateline {
  /** The place as written: `ULAANBAATAR`, `VIENNA/WARSAW`, `OSH, Kyrgyzstan`. */
  place: string
  /** The date as written: `6 July 2017`, `17 October, 2000`, `12 July`. */
  date: string
  /** For a span of days (`12-13 October 2017`), the last: the day the text was written by. */
  day: number
  month: number
  /** Null when the dateline gives only day and month (`VALLETTA/VIENNA, 12 July – …`). */
  year: number | null
}

/*
 * A dateline is: PLACE, then `,` or a dash, then an optional weekday, then a
 * date (or a span of days in one month, `12-13 October 2017`), then an optional
 * note in brackets (`(OSCE)`), then the end of the dateline.
 *
 * PLACE is one or more names joined by `,` or `/` (with or without spaces):
 * `VIENNA, BRUSSELS, GENEVA`, `TIRANA / BRUSSELS / GENEVA`, `OSH, Kyrgyzstan`.
 * A name is words that start with a capital letter (any script, diacritics
 * included: `PRISHTINË`, `ŠKODRA`), with dots, hyphens and apostrophes inside
 * (`WASHINGTON D.C.`, `Kamensk-Shakhtinskiy`), and the small lower-case words
 * of place names between them (`Frankfurt am Main`, `Bosnia and Herzegovina`).
 */
const WORD = "[\\p{Lu}][\\p{L}\\p{M}.'’-]*"
const CONNECTOR = '(?:and|of|upon|am|an|de|del|della|di|la|le|na|nad|pod|im|sur|on|the|i)'
const NAME = `${WORD}(?:\\s+(?:${CONNECTOR}\\s+)*${WORD})*`
const PLACE = `${NAME}(?:\\s*[,/]\\s*${NAME})*`
/** A month name or short form; checked against the calendar after the match (no `i` flag: it would make \\p{Lu} match any letter). */
const MONTH = '[A-Za-z]{3,9}\\.?'
const DASH = '[-–—‒―]'
/**
 * After a dash the text may start at once (`2018-The`); without one, the body
 * must go on with a capital letter, a digit or a quote (`2015 A good practices
 * document`), so `6 July 2017 was a day…` is not a dateline.
 */
const DATELINE = new RegExp(
  `^(?<place>${PLACE})\\s*(?:,|${DASH})\\s*(?:[MTWFS][a-z]{2,5}day,?\\s+)?` +
    `(?<date>(?:\\d{1,2}\\s*[-–]\\s*)?(?<day>\\d{1,2})\\s+(?<month>${MONTH})(?:,?\\s+(?<year>\\d{4}))?|(?<monthFirst>${MONTH})\\s+(?<dayAfter>\\d{1,2}),?\\s+(?<yearAfter>\\d{4}))(?![\\d\\p{L}])` +
    `(?:\\s*\\([^()]{1,40}\\))?\\s*(?<end>${DASH}{1,2}|[.:](?=\\s)|(?=\\s+[\\p{Lu}\\d"“«])|$)`,
  'u',
)
const TRAILING_WEEKDAY = /\s*,\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i
/** The dateline is at the very start: looking further would only cost time on long paragraphs. */
const DATELINE_SPAN = 240

/**
 * The dateline that opens a body paragraph, as written, or null:
 * `ULAANBAATAR, 6 July 2017 - A two-day…` → place `ULAANBAATAR`, date `6 July 2017`.
 * Reads every form osce.org has published (docs/content-format.md, "Datelines").
 */
export function parseDateline(paragraph: string): Dateline | null {
  const groups = DATELINE.exec(paragraph.slice(0, DATELINE_SPAN))?.groups
  if (!groups) return null
  const month = monthNumber(groups.month ?? groups.monthFirst ?? '')
  if (month === 0) return null
  const yearText = groups.year ?? groups.yearAfter
  const year = yearText ? Number(yearText) : null
  // Without a year the dateline must end in a dash: `VIENNA, 12 July the talks…` is too weak to count.
  if (year === null && !/^[-–—‒―]/.test(groups.end ?? '')) return null
  // `SARAJEVO, Monday, 3 May 2010`: the weekday reads as one more name of the place.
  const place = (groups.place ?? '').replace(TRAILING_WEEKDAY, '').trim()
  return { place, date: groups.date ?? '', day: Number(groups.day ?? groups.dayAfter), month, year }
}

/** The dateline's date as ISO, the year taken from `fallbackYear` when the dateline has none; null when not a real date. */
export function datelineDate(dateline: Dateline, fallbackYear: number | null = null): string | null {
  const year = dateline.year ?? fallbackYear
  return year === null ? null : isoDate(year, dateline.month, dateline.day)
}
