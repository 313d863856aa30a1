/**
 * Cyrillic queries over English releases. A reader may type a place or a
 * country in Russian: `Бишкек`, `Молдова`, `Кыргызстан`. Before the query is
 * parsed, every run of Cyrillic words is rewritten in Latin letters:
 * - a country name (ISO 3166 names in Russian from i18n-iso-countries, plus the
 *   browser's own Russian region names) becomes the English name (Intl.DisplayNames):
 *   `Молдавия` → `Moldova`, `Северная Македония` → `North Macedonia`;
 * - any other word is transliterated (the `transliteration` package):
 *   `Бишкек` → `Bishkek`, `Кыргызстан` → `Kyrgyzstan`, `Улан-Батор` → `Ulan-Bator`,
 *   and typo tolerance covers the rest (`Ulan-Bator` is two edits from `Ulaanbaatar`).
 * Quotes and minus signs around the words are kept, so phrases and exclusions
 * work in Cyrillic too. A query without Cyrillic letters is returned unchanged.
 *
 * Only the Russian country list is imported, and only here. This module and
 * its tables (about 200 KB) are loaded by the search worker on the first
 * Cyrillic query (`toLatin` below), never in the first route's bundle.
 */
import ruCountries from 'i18n-iso-countries/langs/ru.json'
import { transliterate } from 'transliteration'
import { hasCyrillic } from './text'

/** Cyrillic words (hyphens inside a word kept) separated by spaces: one run may hold a several-word country name. */
const CYRILLIC_RUN = /[\p{Script=Cyrillic}\p{M}]+(?:-[\p{Script=Cyrillic}\p{M}]+)*(?:\s+[\p{Script=Cyrillic}\p{M}]+(?:-[\p{Script=Cyrillic}\p{M}]+)*)*/gu
/** The longest country name in words (`Соединённые Штаты Америки`). */
const MAX_NAME_WORDS = 4

/** Lower case and `ё` as `е`, which Russian writers use interchangeably. */
function russianKey(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim()
}

let countryNames: Map<string, string> | undefined

/** Russian country name (as russianKey) → English name, built on the first Cyrillic query. */
function englishCountryNames(): Map<string, string> {
  if (countryNames) return countryNames
  countryNames = new Map()
  const english = new Intl.DisplayNames(['en'], { type: 'region' })
  const russian = new Intl.DisplayNames(['ru'], { type: 'region' })
  for (const [code, names] of Object.entries(ruCountries.countries as Record<string, string | string[]>)) {
    const englishName = safeName(english, code)
    if (englishName === null) continue
    for (const name of [...(typeof names === 'string' ? [names] : names), safeName(russian, code) ?? '']) {
      if (name !== '') countryNames.set(russianKey(name), englishName)
    }
  }
  return countryNames
}

/** A region's display name, or null where the code is not a region this runtime knows. */
function safeName(names: Intl.DisplayNames, code: string): string | null {
  try {
    const name = names.of(code)
    return name === undefined || name === code ? null : name
  } catch {
    return null
  }
}

/** One run of Cyrillic words in Latin letters: the longest country names first, then word by word. */
function latinRun(run: string): string {
  const words = run.split(/\s+/)
  const names = englishCountryNames()
  const out: string[] = []
  let at = 0
  while (at < words.length) {
    let length = Math.min(MAX_NAME_WORDS, words.length - at)
    let english: string | undefined
    for (; length > 0; length--) {
      english = names.get(russianKey(words.slice(at, at + length).join(' ')))
      if (english !== undefined) break
    }
    if (english !== undefined && length > 0) {
      out.push(english)
      at += length
    } else {
      out.push(transliterate(words[at] ?? ''))
      at++
    }
  }
  return out.join(' ')
}

/** The query with its Cyrillic words in Latin letters (see the module comment). */
export function latinQuery(query: string): string {
  if (!hasCyrillic(query)) return query
  return query.replace(CYRILLIC_RUN, latinRun)
}
