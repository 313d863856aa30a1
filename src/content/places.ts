/**
 * Finding countries in text: datelines through a gazetteer of cities, and
 * mentions through country names and adjectives. Both are token lookups in
 * maps built once, so linking stays linear in the text's length.
 */
import { COUNTRIES } from './data/countries'
import { nameKey, properCase, wordTokens } from './text'

interface Place {
  country: string
  /** How the place is spelled when shown. */
  spelling: string
}

const PLACES = new Map<string, Place>()
for (const country of COUNTRIES) {
  for (const city of country.cities) {
    const key = nameKey(city)
    // Variants of one city fold to one key; the first listed spelling is the one shown.
    if (!PLACES.has(key)) PLACES.set(key, { country: country.id, spelling: city })
  }
  for (const name of [country.name, ...country.aliases]) {
    const key = nameKey(name)
    if (!PLACES.has(key)) PLACES.set(key, { country: country.id, spelling: name })
  }
}

export interface ResolvedPlace {
  /** Proper-case place, `Ulaanbaatar`, `Vienna/Warsaw`. */
  place: string
  /** Country ids of each part that the gazetteer knows, in order, without repeats. */
  countries: string[]
}

/** `ULAANBAATAR` → Ulaanbaatar in Mongolia; `VIENNA/WARSAW` → Vienna/Warsaw in Austria, Poland. */
export function resolvePlace(written: string): ResolvedPlace {
  const parts = written.split('/').map((part) => part.trim()).filter(Boolean)
  const countries: string[] = []
  const shown = parts.map((part) => {
    const known = PLACES.get(nameKey(part))
    if (!known) return part === part.toUpperCase() ? properCase(part) : part
    if (!countries.includes(known.country)) countries.push(known.country)
    return known.spelling
  })
  return { place: shown.join('/'), countries }
}

interface NamePattern {
  tokens: string[]
  country: string
}

/** First token of each name or adjective → the full token sequences starting with it. */
const MENTION_PATTERNS = new Map<string, NamePattern[]>()
for (const country of COUNTRIES) {
  for (const name of [country.name, ...country.aliases, ...country.adjectives]) {
    const tokens = wordTokens(name)
    // `The Netherlands` is written `the Netherlands` in running text: match from the name proper.
    if (tokens[0] === 'The' || tokens[0] === 'the') tokens.shift()
    const first = tokens[0]
    if (!first) continue
    const patterns = MENTION_PATTERNS.get(first) ?? []
    patterns.push({ tokens, country: country.id })
    // Longest first, so `United States of America` wins over `United States`.
    patterns.sort((a, b) => b.tokens.length - a.tokens.length)
    MENTION_PATTERNS.set(first, patterns)
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** 1 for each UTF-16 code unit that is part of a word (`[\p{L}\p{N}]`). */
const WORD_UNIT = new Uint8Array(0x10000)
for (let unit = 0; unit < 0x10000; unit++) if (LETTER_OR_DIGIT.test(String.fromCharCode(unit))) WORD_UNIT[unit] = 1
/** First code units of every pattern's first token: other words cannot start a mention. */
const FIRST_UNITS = new Uint8Array(0x10000)
for (const token of MENTION_PATTERNS.keys()) FIRST_UNITS[token.charCodeAt(0)] = 1

/**
 * Country ids named in the texts (case-sensitive names and adjectives), in order
 * of first mention. A character-code scan that slices only words that can start
 * a name: this runs over every body at build time and is the compiler's hottest loop.
 */
export function mentionedCountries(texts: readonly string[]): string[] {
  const found: string[] = []
  for (const text of texts) {
    const length = text.length
    const wordEnd = (start: number) => {
      let end = start + 1
      while (end < length && WORD_UNIT[text.charCodeAt(end)] === 1) end++
      return end
    }
    const wordStart = (from: number) => {
      let start = from
      while (start < length && WORD_UNIT[text.charCodeAt(start)] !== 1) start++
      return start
    }
    for (let start = wordStart(0); start < length; ) {
      let end = wordEnd(start)
      const patterns = FIRST_UNITS[text.charCodeAt(start)] === 1 ? MENTION_PATTERNS.get(text.slice(start, end)) : undefined
      for (const pattern of patterns ?? []) {
        let at = end
        let index = 1
        for (; index < pattern.tokens.length; index++) {
          const next = wordStart(at)
          if (next >= length) break
          at = wordEnd(next)
          if (text.slice(next, at) !== pattern.tokens[index]) break
        }
        if (index < pattern.tokens.length) continue
        if (!found.includes(pattern.country)) found.push(pattern.country)
        end = at
        break
      }
      start = wordStart(end)
    }
  }
  return found
}
