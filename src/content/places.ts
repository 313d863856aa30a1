/**
 * Finding countries in text: datelines through a gazetteer of cities, and
 * mentions through country names and adjectives. Both are token lookups in
 * maps built once, so linking stays linear in the text's length.
 */
import { COUNTRIES } from './data/countries'
import { PLACE_OVERLAY } from './data/place-overlay'
import { byProminence, oneEditApart, type Gazetteer, type GazetteerEntry } from './gazetteer'
import { fold, nameKey, properCase, wordTokens } from './text'

/** A place a name can mean. Hand-kept places carry the spelling to show. */
interface Candidate extends GazetteerEntry {
  /** From the overlay or countries.ts: shown as spelled there, and preferred over GeoNames namesakes. */
  curated: boolean
}

/**
 * Hand-kept places: the overlay first (it fixes spellings: `Priština`), then the
 * cities of countries.ts. Every name and alias of one place maps to the same
 * object, so `PRISHTINË/PRIŠTINA` is seen as one place written twice.
 */
const CURATED = new Map<string, Candidate[]>()
function addCurated(key: string, candidate: Candidate): void {
  const list = CURATED.get(key) ?? []
  if (!list.some((known) => known.country === candidate.country)) list.push(candidate)
  CURATED.set(key, list)
}
for (const place of PLACE_OVERLAY) {
  const candidate: Candidate = { name: place.name, country: place.country, population: 0, capital: false, curated: true }
  for (const name of [place.name, ...place.aliases]) addCurated(nameKey(name), candidate)
}
for (const country of COUNTRIES) {
  country.cities.forEach((city, index) => {
    // countries.ts lists the capital first.
    addCurated(nameKey(city), { name: city, country: country.id, population: 0, capital: index === 0, curated: true })
  })
}

const COUNTRY_BY_KEY = new Map<string, { id: string; name: string }>()
for (const country of COUNTRIES) {
  for (const name of [country.name, ...country.aliases]) {
    const key = nameKey(name)
    if (!COUNTRY_BY_KEY.has(key)) COUNTRY_BY_KEY.set(key, { id: country.id, name: country.name })
  }
}

export interface ResolvedPlace {
  /** Proper-case place, `Ulaanbaatar`, `Vienna/Warsaw`, `Osh, Kyrgyzstan`, `Priština`. */
  place: string
  /** Country ids of each part that the gazetteer knows, in order, without repeats. */
  countries: string[]
}

interface Part {
  written: string
  /** The separator before it: `/` or `,`; empty for the first part. */
  separator: string
  key: string
  country: { id: string; name: string } | undefined
  candidates: readonly Candidate[]
  /** The chosen meaning; undefined when no place of that name is known. */
  chosen?: Candidate
  /** Read as a near miss of a well-known place (`YERAVAN`): shown as written. */
  misspelled?: boolean
}

const SEPARATOR = /\s*([,/])\s*/
const NON_ASCII_LETTER = /[^\u0000-\u007f]/
const INITIALS = /(^|\s)((?:\p{L}\.){2,})/gu

/**
 * Reads written places (datelines, `- Place:` values) into a shown form and the
 * countries they are in. Without a gazetteer it knows only the hand-kept places
 * (countries.ts and the overlay); the build passes the GeoNames gazetteer.
 * Rules: docs/content-format.md, "Places".
 */
export class PlaceResolver {
  private readonly cache = new Map<string, readonly Candidate[]>()

  constructor(private readonly gazetteer: Gazetteer | null = null) {}

  /**
   * `ULAANBAATAR` → Ulaanbaatar in Mongolia; `VIENNA/WARSAW` → Austria, Poland;
   * `OSH, Kyrgyzstan` → Kyrgyzstan. `hints` are countries the release is known
   * to concern (host countries of its field-operation sources): they settle
   * names that several countries have, after a country named in the place itself.
   */
  resolve(written: string, hints: readonly string[] = []): ResolvedPlace {
    const parts = this.parts(written)
    parts.forEach((part, index) => {
      // A country name stands for the country, not for a namesake village.
      if (part.country) return
      const qualifier = parts[index + 1]?.separator === ',' ? parts[index + 1]?.country : undefined
      const preferred = qualifier ? [qualifier.id, ...hints] : hints
      part.chosen = choose(part.candidates, preferred)
    })
    const countries: string[] = []
    const add = (country: string | undefined) => {
      if (country && !countries.includes(country)) countries.push(country)
    }
    const shown: string[] = []
    parts.forEach((part, index) => {
      const previous = parts[index - 1]
      if (part.country && index > 0) {
        // `OSH, Kyrgyzstan`: a country after a place names where it is, unless the place is
        // known only elsewhere (`ATLANTA, Georgia` names a state of the same name).
        const qualified = previous?.chosen
        if (!qualified || qualified.country === part.country.id || part.separator === '/') add(part.country.id)
        shown.push(`${part.separator === '/' ? '/' : ', '}${displayCountry(part)}`)
        return
      }
      add(part.country?.id ?? part.chosen?.country)
      // The same place written twice (`PRISHTINË/PRIŠTINA`) is one place.
      if (previous && part.separator === '/' && samePlace(previous.chosen, part.chosen)) return
      const text = part.country ? displayCountry(part) : displayPlace(part)
      shown.push(index === 0 ? text : `${part.separator === '/' ? '/' : ', '}${text}`)
    })
    return { place: shown.join(''), countries }
  }

  private parts(written: string): Part[] {
    const pieces = written.split(SEPARATOR)
    const parts: Part[] = []
    for (let index = 0; index < pieces.length; index += 2) {
      const text = (pieces[index] ?? '').trim()
      if (!text) continue
      const key = nameKey(text)
      const part: Part = { written: text, separator: index === 0 ? '' : (pieces[index - 1] ?? ''), key, country: COUNTRY_BY_KEY.get(key), candidates: this.candidates(key) }
      if (part.candidates.length === 0 && !part.country) {
        part.candidates = this.nearMisses(key)
        part.misspelled = part.candidates.length > 0
      }
      parts.push(part)
    }
    return parts
  }

  /** Hand-kept places first, then GeoNames places of other countries, most prominent first. */
  private candidates(key: string): readonly Candidate[] {
    const cached = this.cache.get(key)
    if (cached) return cached
    const curated = CURATED.get(key) ?? []
    const found: Candidate[] = [...curated]
    for (const entry of this.gazetteer?.lookup(key) ?? []) {
      const same = found.find((candidate) => candidate.country === entry.country)
      if (same?.curated) {
        // A hand-kept place keeps its spelling but learns how big it is, for ambiguity.
        if (same.population === 0) found[found.indexOf(same)] = { ...same, population: entry.population, capital: same.capital || entry.capital }
      } else if (!same) found.push({ ...entry, curated: false })
    }
    this.cache.set(key, found)
    return found
  }

  /** A name one letter off a well-known place's, when all such places are in one country (`YERAVAN` → Yerevan). */
  private nearMisses(key: string): readonly Candidate[] {
    if (key.length < 5) return []
    const cacheKey = `~${key}`
    const cached = this.cache.get(cacheKey)
    if (cached) return cached
    const keys = new Set(this.gazetteer?.nearMisses(key) ?? [])
    for (const curatedKey of CURATED.keys()) if (oneLetterOff(key, curatedKey)) keys.add(curatedKey)
    const found = [...keys].flatMap((near) => this.candidates(near).filter((candidate) => candidate.curated || candidate.capital || candidate.population >= 100_000))
    const countries = new Set(found.map((candidate) => candidate.country))
    const result = countries.size === 1 ? found.slice(0, 1) : []
    this.cache.set(cacheKey, result)
    return result
  }
}

function oneLetterOff(a: string, b: string): boolean {
  return a !== b && oneEditApart(a, b)
}

/** One place, however it was found (each lookup may copy a hand-kept place to add its population). */
function samePlace(a: Candidate | undefined, b: Candidate | undefined): boolean {
  return !!a && !!b && a.country === b.country && a.name === b.name
}

/**
 * The meaning of an ambiguous name: a candidate in a preferred country (the
 * country named after the place, then the hints, in order), else the most
 * prominent: hand-kept over GeoNames, then capitals, then bigger population.
 */
function choose(candidates: readonly Candidate[], preferred: readonly string[]): Candidate | undefined {
  for (const country of preferred) {
    const inCountry = candidates.find((candidate) => candidate.country === country)
    if (inCountry) return inCountry
  }
  let best: Candidate | undefined
  for (const candidate of candidates) {
    if (!best || Number(candidate.curated) - Number(best.curated) > 0 || (candidate.curated === best.curated && byProminence(candidate, best) < 0)) best = candidate
  }
  return best
}

function displayCountry(part: Part): string {
  return fold(part.written) === fold(part.country?.name ?? '') ? (part.country?.name ?? part.written) : displayCase(part.written)
}

/**
 * How a place is shown: the hand-kept spelling; else what was written when it
 * has letters beyond ASCII (`PRIŠTINA` keeps its Š); else the gazetteer's name
 * when it is the same name (`ZURICH` → `Zürich`); else the written form in proper case.
 */
function displayPlace(part: Part): string {
  const chosen = part.chosen
  if (!chosen || part.misspelled) return displayCase(part.written)
  if (chosen.curated) return chosen.name
  if (NON_ASCII_LETTER.test(part.written)) return displayCase(part.written)
  return nameKey(chosen.name) === part.key ? chosen.name : displayCase(part.written)
}

/** `NEW YORK CITY` → `New York City`, `WASHINGTON D.C.` → `Washington D.C.`; mixed case is kept as written. */
function displayCase(text: string): string {
  if (text !== text.toUpperCase()) return text
  return properCase(text).replace(INITIALS, (_, space: string, initials: string) => `${space}${initials.toUpperCase()}`)
}

/** The hand-kept places only; the compiler uses a PlaceResolver with the full gazetteer. */
export const HAND_KEPT_PLACES = new PlaceResolver()

export function resolvePlace(written: string, hints: readonly string[] = []): ResolvedPlace {
  return HAND_KEPT_PLACES.resolve(written, hints)
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
