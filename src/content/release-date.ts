/**
 * The one rule for a release's date, shared by the compiler (which orders menu
 * versions by it) and the linker (which stores it): the `- Date:` value when
 * there is one, else the body's dateline.
 */
import { datelineDate, parseDate, parseDateline, type Dateline } from './dates'
import type { RawRelease } from './parse-page'

export interface DateProblem {
  code: 'no-date' | 'invalid-date' | 'invalid-dateline-date'
  line: number
  message: string
  fix: string
}

export interface ReleaseDate {
  /** ISO `YYYY-MM-DD`, or null when the release has no usable date. */
  date: string | null
  /** The first paragraph's dateline, read whether or not it gives the date (it gives the place too). */
  dateline: Dateline | null
  problem: DateProblem | null
}

const DATE_FIX = 'Write it as "6 July 2017" or "2017-07-06".'

export function releaseDate(raw: RawRelease): ReleaseDate {
  const firstParagraph = raw.body[0]
  const dateline = firstParagraph ? parseDateline(firstParagraph.text) : null
  const dateField = raw.metadata.find((field) => field.label.text.toLowerCase() === 'date')
  if (dateField?.value) {
    const date = parseDate(dateField.value.text)
    if (date) return { date, dateline, problem: null }
    return { date: null, dateline, problem: { code: 'invalid-date', line: dateField.value.line, message: `Date "${dateField.value.text}" is not a real date.`, fix: DATE_FIX } }
  }
  if (dateline && firstParagraph) {
    if (dateline.year === null) {
      return {
        date: null,
        dateline,
        problem: {
          code: 'no-date',
          line: firstParagraph.line,
          message: `The dateline date "${dateline.date}" has no year and the "- Date:" value is missing.`,
          fix: `Add the date on the line after "- Date:" (e.g. "- ${dateline.date} 2017"), or add the year to the dateline.`,
        },
      }
    }
    const date = datelineDate(dateline)
    if (date) return { date, dateline, problem: null }
    return {
      date: null,
      dateline,
      problem: {
        code: 'invalid-dateline-date',
        line: firstParagraph.line,
        message: `Dateline date "${dateline.date}" is not a real date.`,
        fix: 'Correct the dateline, e.g. "VIENNA, 6 July 2017 - …", or add a "- Date:" value.',
      },
    }
  }
  return {
    date: null,
    dateline,
    problem: {
      code: 'no-date',
      line: dateField?.label.line ?? raw.title?.line ?? raw.line,
      message: 'The release has no date: the "- Date:" value is missing and the body has no dateline.',
      fix: 'Add the date on the line after "- Date:" (e.g. "- 6 July 2017"), or start the body with a dateline "PLACE, 6 July 2017 - ".',
    },
  }
}
