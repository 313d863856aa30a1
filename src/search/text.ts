/**
 * How text becomes search terms. One module serves indexing, querying and
 * highlighting, so the three always agree on what a "word" is.
 *
 * A term is a word (letters, digits and any combining marks left after folding),
 * folded by `fold` (lower case, no diacritics: `Türkiye` → `turkiye`), then put
 * through `normalizeSpelling`.
 *
 * Spelling: we do NOT stem. Stemming (Porter and the like) merges words readers
 * keep apart (`police`/`policy`, `organ`/`organization`) and makes highlights
 * guessy; prefix matching on the word being typed and the plural variants tried
 * at query time (engine.ts) cover most of what stemming would give. What we DO
 * fold is British/American spelling, because OSCE releases mix both and a reader
 * cannot know which one a release used: `-isation/-ization`, `-ise/-ize`,
 * `-yse/-yze`, `-our/-or`, `-tre/-ter`, `defence/defense`, `programme/program`,
 * `dialogue/dialog`. Every form is mapped to the American one, at index and
 * query time alike, so `radicalisation` finds `radicalization` and back.
 * A rule only fires on a long enough stem, so short words (`rise`, `tour`,
 * `metre`) stay as they are; a false fold (`otherwise` → `otherwize`) is harmless
 * because both sides fold the same way.
 */
import { fold } from '../content/text'

/** A word: a letter or digit, then letters, digits and combining marks (left by NFD text that fold did not strip). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu
/** Words joined by hyphens (`co-operation`): also indexed joined, so `cooperation` finds them. */
const COMPOUND = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-‐‑][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)+/gu

const SPELLING_RULES: readonly (readonly [RegExp, string])[] = [
  [/^(.{3,})isation(s?)$/, '$1ization$2'],
  [/^(.{3,})is(e|es|ed|ing|er|ers)$/, '$1iz$2'],
  [/^(.{2,})ys(e|es|ed|ing|er|ers)$/, '$1yz$2'],
  [/^(.{3,})our(s|ed|ing|able|ably|ite|ites|ful)?$/, '$1or$2'],
  [/^(.{3,})tre(s?)$/, '$1ter$2'],
  [/^(def|off|lic|pret)ence(s?)$/, '$1ense$2'],
  [/^programme(s?)$/, 'program$1'],
  [/^(.{3,})logue(s?)$/, '$1log$2'],
]

/** Words usually end in a letter: a cheap test that skips the rules for most words and all numbers. */
const MIN_RULE_LENGTH = 5

/** The American spelling of a folded word (see the module comment); other words unchanged. */
export function normalizeSpelling(word: string): string {
  if (word.length < MIN_RULE_LENGTH) return word
  for (const [pattern, replacement] of SPELLING_RULES) {
    if (pattern.test(word)) return word.replace(pattern, replacement)
  }
  return word
}

/**
 * Extra forms of a word still being typed, for the spelling rules that a prefix
 * cannot trigger yet: `organis` and `organisa` must also look up `organiz…`.
 */
export function prefixSpellingVariants(prefix: string): string[] {
  const variants: string[] = []
  const ise = /^(.{3,})is(|a|at|ati|atio|i|in)$/.exec(prefix)
  if (ise) variants.push(`${ise[1] ?? ''}iz${ise[2] ?? ''}`)
  const yse = /^(.{2,})ys(|i|in)$/.exec(prefix)
  if (yse) variants.push(`${yse[1] ?? ''}yz${yse[2] ?? ''}`)
  return variants
}

/** One word of original text folded to its term. */
export function termOf(word: string): string {
  return normalizeSpelling(fold(word))
}

/** The terms of a piece of query text in order (repeats kept: a phrase may repeat a word). */
export function textTerms(text: string): string[] {
  return (fold(text).match(WORD) ?? []).map(normalizeSpelling)
}

/**
 * What the text rules do, as a string: the rule tables and the result of folding
 * a probe of every kind of character the rules treat specially. Part of the
 * engine version (engine-version.ts), so a change to any rule (here or in
 * `fold`) makes stored indexes rebuild.
 */
export function textRulesFingerprint(): string {
  const probe = 'Łódź Chişinău Chișinău Türkiye ÆØÅ ß đ Ħ “quoted” ‘single’ – — co‐operation co-operation ﬁ Ⅻ ½ ２０２４ İstanbul Ωmega'
  const rules = SPELLING_RULES.map(([pattern, replacement]) => `${pattern.source}→${replacement}`)
  return JSON.stringify([WORD.source, COMPOUND.source, HYPHENS, MIN_RULE_LENGTH, rules, fold(probe), textTerms(probe)])
}

/** Whether text holds Cyrillic letters: such a query is first rewritten in Latin letters (cyrillic.ts, loaded only then). */
export function hasCyrillic(text: string): boolean {
  return /\p{Script=Cyrillic}/u.test(text)
}

/** Whether the query ends inside a word, i.e. the reader may still be typing its last word. */
export function endsInWord(query: string): boolean {
  return /[\p{L}\p{N}\p{M}]$/u.test(query)
}

/**
 * Calls `visit` for every term of `text` in order (repeats included), then for
 * the joined form of every hyphenated compound. `isPart` is false for the joined
 * forms, which add weight but do not count toward the document's length.
 * `word` is the word's number in the text (a joined form gets its first part's),
 * for phrase positions. Returns how many words the text has.
 */
export function forEachIndexTerm(text: string, normalize: (word: string) => string, visit: (term: string, isPart: boolean, word: number) => void): number {
  const folded = fold(text)
  // Compounds are assembled from the word matches (words joined by one hyphen)
  // rather than by a second regex pass: that pass was half of the build time.
  let compound = ''
  let parts = 0
  let previousEnd = -1
  let words = 0
  for (const match of folded.matchAll(WORD)) {
    const word = match[0]
    visit(normalize(word), true, words)
    if (parts > 0 && match.index === previousEnd + 1 && HYPHENS.includes(folded.charAt(previousEnd))) {
      compound += word
      parts++
    } else {
      if (parts > 1) visit(normalize(compound), false, words - parts)
      compound = word
      parts = 1
    }
    previousEnd = match.index + word.length
    words++
  }
  if (parts > 1) visit(normalize(compound), false, words - parts)
  return words
}

const HYPHENS = '-‐‑'

export interface WordSpan {
  /** Offset in the original text. */
  start: number
  end: number
  /** The word's term, as the index holds it. */
  term: string
}

/** Words of original text with their positions, for highlighting; each part of a compound is its own word. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = []
  for (const match of text.matchAll(WORD)) {
    spans.push({ start: match.index, end: match.index + match[0].length, term: termOf(match[0]) })
  }
  return spans
}

/** Hyphenated compounds of original text with their positions and joined term. */
export function compoundSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = []
  for (const match of text.matchAll(COMPOUND)) {
    spans.push({ start: match.index, end: match.index + match[0].length, term: termOf(match[0].replace(/[-‐‑]/g, '')) })
  }
  return spans
}

/**
 * Optimal-string-alignment distance between `a` and `b`, or `limit + 1` as soon
 * as it must exceed `limit`: suggestions only need "≤ 2", so rows stop early.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const width = b.length + 1
  let before = new Array<number>(width).fill(0)
  let previous = Array.from({ length: width }, (_, j) => j)
  let current = new Array<number>(width).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    ;[before, previous, current] = [previous, current, before]
  }
  const distance = previous[b.length] ?? limit + 1
  return distance > limit ? limit + 1 : distance
}
