/**
 * The words of "Copy citation" and of a share, pure so they are tested alone.
 * Citation (OSCE style): sources, “title”, content type, place, date. link —
 * the parts a release lacks are left out; the date is in the interface language,
 * the rest in English as the release is.
 */
import type { ReleaseSummary } from '@/db/database'

export interface CitationWords {
  /** The title in the interface language's quotation marks. */
  quote: (title: string) => string
  /** The interface language, for joining several sources ("A and B"). */
  locale: string
  formatDay: (isoDate: string) => string
}

export function citationOf(release: ReleaseSummary, link: string, words: CitationWords): string {
  const sources = new Intl.ListFormat(words.locale, { type: 'conjunction' }).format(release.sources.map((source) => source.name))
  const parts = [sources, words.quote(release.title), release.type, release.place, words.formatDay(release.date)]
  const reference = parts.filter((part) => part).join(', ')
  // A date such as Russian "6 июля 2017 г." already ends with a full stop.
  return `${reference}${reference.endsWith('.') ? '' : '.'} ${link}`
}

const SUMMARY_LENGTH = 200
// "ULAANBAATAR, 6 July 2017 - " repeats what the share already says (place, date).
const DATELINE = /^[\p{Lu}][\p{Lu}\s/.'-]*,\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+[-–—]\s+/u

/**
 * One line for a share: the first paragraph without its dateline, up to about 200
 * characters: whole sentences if the first fits, else cut at a word with "…".
 */
export function oneLineSummary(body: readonly string[]): string {
  const first = (body.find((paragraph) => paragraph.trim()) ?? '').replace(DATELINE, '').replace(/\s+/gu, ' ').trim()
  if (first.length <= SUMMARY_LENGTH) return first
  const cut = first.slice(0, SUMMARY_LENGTH + 1)
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '))
  if (sentenceEnd > 0) return cut.slice(0, sentenceEnd + 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, SUMMARY_LENGTH)).replace(/[\s,;:–—-]+$/u, '')}…`
}
