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

/** A word that starts with a capital: only those can begin a country name or adjective. */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu
/** The next word after a position, skipping what separates words. */
const NEXT_WORD = /[^\p{L}\p{N}]+([\p{L}\p{N}]+)/uy

/** Whether `tokens` (after the first) follow `from` in `text`; returns where the match ends, or -1. */
function followingTokensEnd(text: string, from: number, tokens: readonly string[]): number {
  let position = from
  for (let index = 1; index < tokens.length; index++) {
    NEXT_WORD.lastIndex = position
    const next = NEXT_WORD.exec(text)
    if (!next || next[1] !== tokens[index]) return -1
    position = NEXT_WORD.lastIndex
  }
  return position
}

/**
 * Country ids named in the texts (case-sensitive names and adjectives), in order
 * of first mention. Scans capitalised words only and allocates no token arrays:
 * this runs over every body at build time and is the compiler's hottest loop.
 */
export function mentionedCountries(texts: readonly string[]): string[] {
  const found: string[] = []
  for (const text of texts) {
    CAPITALISED_WORD.lastIndex = 0
    for (let word = CAPITALISED_WORD.exec(text); word; word = CAPITALISED_WORD.exec(text)) {
      const patterns = MENTION_PATTERNS.get(word[0])
      if (!patterns) continue
      for (const pattern of patterns) {
        const end = followingTokensEnd(text, CAPITALISED_WORD.lastIndex, pattern.tokens)
        if (end < 0) continue
        if (!found.includes(pattern.country)) found.push(pattern.country)
        CAPITALISED_WORD.lastIndex = end
        break
      }
    }
  }
  return found
}
