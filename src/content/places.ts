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

/** Country ids named in the texts (case-sensitive names and adjectives), in order of first mention. */
export function mentionedCountries(texts: readonly string[]): string[] {
  const found: string[] = []
  for (const text of texts) {
    const tokens = wordTokens(text)
    for (let index = 0; index < tokens.length; index++) {
      const patterns = MENTION_PATTERNS.get(tokens[index] ?? '')
      if (!patterns) continue
      const match = patterns.find((pattern) => pattern.tokens.every((token, offset) => tokens[index + offset] === token))
      if (!match) continue
      if (!found.includes(match.country)) found.push(match.country)
      index += match.tokens.length - 1
    }
  }
  return found
}
