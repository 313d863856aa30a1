/**
 * The offline search engine: a compact inverted index (the design measured as
 * "custom index" in docs/search-comparison.md) plus per-document facet columns,
 * so the worker answers queries, filters and facet counts from one buffer.
 *
 * Pure TypeScript with no DOM, Vue or Dexie: it runs in the search worker and in
 * Node tests alike. The stored layout is in index-format.ts; how text becomes
 * terms (folding, British/American spelling) is in text.ts.
 *
 * Matching, in the order a query word tries them (see `expand`):
 *   1. the word itself, and its plural/singular (`journalist` ↔ `journalists`);
 *   2. if it is the last word and the query does not end in a space, every term
 *      it begins (the reader is still typing), the 64 most frequent at most;
 *   3. only if 1–2 found nothing: terms it begins (words of 3+ letters) and
 *      terms one edit away (words of 4+ letters, same first letter).
 * Words combine with AND. Only when no release holds every word does the query
 * fall back to OR, ranked by how many of the words a release holds, then score,
 * so a release with all words always ranks above one with some. The fallback is
 * decided on the query alone, before filters, so total, hits and facets always
 * describe the same set of releases.
 *
 * Ranking is BM25 over a field-weighted term frequency (title ×3, place and
 * sources ×2, body ×1); prefix, plural and typo matches count for less than the
 * word as typed. Ties, browse mode and `sort: 'date'` use date, newest first:
 * documents are numbered in that order at build time, so date order is number order.
 */
import { newestFirst } from '../content/release-order'
import { slugify } from '../content/text'
import type { Release } from '../content/types'
import { NO_TYPE, type FacetCount, type FacetName, type SearchHit, type SearchRequest, type SearchResponse } from './types'
import {
  ByteWriter,
  decodeLines,
  encodeLines,
  readSections,
  readVarint,
  Section,
  SECTION_COUNT,
  uint16View,
  uint32View,
  writeSections,
} from './index-format'
import { boundedEditDistance, endsInWord, forEachIndexTerm, normalizeSpelling, prefixSpellingVariants, queryTerms, withinOneEdit } from './text'

const FIELD_WEIGHTS = { title: 3, place: 2, sources: 2, body: 1 } as const
/** Prefix expansions per query word; the most frequent win, rare ones add little to the ranking. */
const MAX_PREFIX_TERMS = 64
/** A word not in the index is tried as a prefix only from this length: `a` or `co` would match half the vocabulary. */
const MIN_FALLBACK_PREFIX_LENGTH = 3
/** Shorter words are not typo-corrected: one edit turns `aid` into too many words. */
const MIN_TYPO_LENGTH = 4
/** Suggestions are offered for words of this length and more; for shorter ones two edits reach almost any short word. */
const MIN_SUGGESTION_LENGTH = 4
const MAX_SUGGESTION_DISTANCE = 2
const MAX_SUGGESTIONS = 5
/** Words beyond this are ignored: coverage is counted in a Uint8Array and long pasted text should not stall the worker. */
const MAX_QUERY_WORDS = 16
/** Matches not typed as is rank below exact ones. */
const PLURAL_FACTOR = 0.9
const PREFIX_FACTOR = 0.7
const TYPO_FACTOR = 0.5
const BM25_K1 = 1.2
const BM25_B = 0.75
/** Facet values stored per document and dimension are capped: counts are stored in one byte. */
const MAX_VALUES_PER_DOCUMENT = 255

const MULTI_DIMENSIONS = ['field', 'country', 'structure'] as const
type MultiDimension = (typeof MULTI_DIMENSIONS)[number]

/** The type facet value of a release: its slug, or NO_TYPE (see SearchFilters.type). */
function typeSlug(type: string | null): string {
  const slug = type === null ? '' : slugify(type)
  return slug === '' ? NO_TYPE : slug
}

/** `2017-07-06` → 20170706: orders like the date and gives the year by division. */
function dateNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date)
  return match ? Number(match[1]) * 10000 + Number(match[2]) * 100 + Number(match[3]) : 0
}

function multiValues(release: Release, dimension: MultiDimension): string[] {
  switch (dimension) {
    case 'field':
      return release.fields
    case 'country':
      return [...release.primaryCountries, ...release.mentionedCountries]
    case 'structure':
      return release.sources.flatMap((source) => (source.structure === null ? [] : [source.structure]))
  }
}

/** Assigns dictionary numbers to facet values in first-seen order. */
class Dictionary {
  readonly names: string[] = []
  private readonly numbers = new Map<string, number>()

  number(name: string): number {
    let value = this.numbers.get(name)
    if (value === undefined) {
      value = this.names.length
      this.names.push(name)
      this.numbers.set(name, value)
    }
    return value
  }
}

/** Builds the stored index. Releases may come in any order; documents are numbered by date (newest first), then id. */
export function buildSearchIndex(releases: readonly Release[]): ArrayBuffer {
  const docs = [...releases].sort(newestFirst)
  const count = docs.length
  const dates = new Uint32Array(count)
  const lengths = new Uint16Array(count)
  const types = new Uint16Array(count)
  const typeNames = new Dictionary()
  const multi = Object.fromEntries(
    MULTI_DIMENSIONS.map((dimension) => [dimension, { names: new Dictionary(), counts: new Uint8Array(count), values: [] as number[] }]),
  ) as Record<MultiDimension, { names: Dictionary; counts: Uint8Array; values: number[] }>

  // Vocabulary is small next to the token count: normalise each distinct word once.
  const normalized = new Map<string, string>()
  const normalize = (word: string): string => {
    let term = normalized.get(word)
    if (term === undefined) normalized.set(word, (term = normalizeSpelling(word)))
    return term
  }

  const postingsByTerm = new Map<string, number[]>()
  for (const [doc, release] of docs.entries()) {
    dates[doc] = dateNumber(release.date)
    types[doc] = typeNames.number(typeSlug(release.type))
    for (const dimension of MULTI_DIMENSIONS) {
      const column = multi[dimension]
      const values = [...new Set(multiValues(release, dimension))].slice(0, MAX_VALUES_PER_DOCUMENT)
      column.counts[doc] = values.length
      for (const value of values) column.values.push(column.names.number(value))
    }

    const weights = new Map<string, number>()
    let words = 0
    const add = (text: string, weight: number): void => {
      forEachIndexTerm(text, normalize, (term, isPart) => {
        weights.set(term, (weights.get(term) ?? 0) + weight)
        if (isPart) words++
      })
    }
    add(release.title, FIELD_WEIGHTS.title)
    if (release.place !== null) add(release.place, FIELD_WEIGHTS.place)
    for (const source of release.sources) add(source.name, FIELD_WEIGHTS.sources)
    for (const paragraph of release.body) add(paragraph, FIELD_WEIGHTS.body)
    lengths[doc] = Math.min(words, 0xffff)
    for (const [term, weight] of weights) {
      let list = postingsByTerm.get(term)
      if (!list) postingsByTerm.set(term, (list = []))
      list.push(doc, weight)
    }
  }

  // Code-unit order (the default sort), which the binary searches at query time assume.
  const terms = [...postingsByTerm.keys()].sort()
  const termMeta = new ByteWriter()
  const suffixes: string[] = []
  const postings = new ByteWriter()
  let previous = ''
  for (const term of terms) {
    let shared = 0
    while (shared < term.length && shared < previous.length && term.charCodeAt(shared) === previous.charCodeAt(shared)) shared++
    // Never split a surrogate pair: the suffix must stay valid UTF-16 to survive the UTF-8 round trip.
    if (shared > 0 && shared < term.length && /[\uDC00-\uDFFF]/.test(term.charAt(shared))) shared--
    suffixes.push(term.slice(shared))
    previous = term
    const start = postings.length
    const list = postingsByTerm.get(term) ?? []
    postings.varint(list.length / 2)
    let last = 0
    for (let at = 0; at < list.length; at += 2) {
      const doc = list[at] ?? 0
      postings.varint(doc - last)
      postings.varint(list[at + 1] ?? 0)
      last = doc
    }
    termMeta.varint(shared)
    termMeta.varint(postings.length - start)
  }

  const sections: ArrayBufferView[] = new Array<ArrayBufferView>(SECTION_COUNT)
  sections[Section.dates] = dates
  sections[Section.lengths] = lengths
  sections[Section.types] = types
  sections[Section.fieldCounts] = multi.field.counts
  sections[Section.fieldValues] = Uint16Array.from(multi.field.values)
  sections[Section.countryCounts] = multi.country.counts
  sections[Section.countryValues] = Uint16Array.from(multi.country.values)
  sections[Section.structureCounts] = multi.structure.counts
  sections[Section.structureValues] = Uint16Array.from(multi.structure.values)
  sections[Section.ids] = encodeLines(docs.map((release) => release.id))
  sections[Section.typeNames] = encodeLines(typeNames.names)
  sections[Section.fieldNames] = encodeLines(multi.field.names.names)
  sections[Section.countryNames] = encodeLines(multi.country.names.names)
  sections[Section.structureNames] = encodeLines(multi.structure.names.names)
  sections[Section.terms] = encodeLines(suffixes)
  sections[Section.termMeta] = termMeta.result()
  sections[Section.postings] = postings.result()
  return writeSections(sections)
}

export interface SearchIndex {
  readonly documentCount: number
  search(request: SearchRequest): Omit<SearchResponse, 'tookMs'>
}

export function openSearchIndex(buffer: ArrayBuffer): SearchIndex {
  return new LoadedIndex(buffer)
}

/** One multi-valued facet column: document d's values are values[starts[d] … starts[d + 1]). */
interface MultiColumn {
  names: string[]
  starts: Uint32Array
  values: Uint16Array
}

/** An index term a query word stands for, and how much a match on it counts. */
interface Expansion {
  term: number
  factor: number
}

/** Filter bits: a document's mask says which filters it fails. */
const FAILS = { type: 1, field: 2, country: 4, structure: 8, years: 16 } as const

class LoadedIndex implements SearchIndex {
  readonly documentCount: number
  private readonly ids: string[]
  private readonly dates: Uint32Array
  private readonly lengths: Uint16Array
  private readonly types: Uint16Array
  private readonly typeNames: string[]
  private readonly columns: Record<MultiDimension, MultiColumn>
  private readonly terms: string[]
  private readonly termOffsets: Uint32Array
  private readonly postings: Uint8Array
  private readonly averageLength: number

  constructor(buffer: ArrayBuffer) {
    const sections = readSections(buffer)
    const section = (index: number): Uint8Array => sections[index] ?? new Uint8Array(0)
    this.dates = uint32View(section(Section.dates))
    this.documentCount = this.dates.length
    this.lengths = uint16View(section(Section.lengths))
    this.types = uint16View(section(Section.types))
    this.typeNames = decodeLines(section(Section.typeNames))
    this.ids = decodeLines(section(Section.ids))
    const column = (counts: number, values: number, names: number): MultiColumn => {
      // Counts are stored; starts are their running sum, computed once here (a pass over one byte per document).
      const countBytes = section(counts)
      const starts = new Uint32Array(this.documentCount + 1)
      for (let doc = 0; doc < this.documentCount; doc++) starts[doc + 1] = (starts[doc] ?? 0) + (countBytes[doc] ?? 0)
      return { names: decodeLines(section(names)), starts, values: uint16View(section(values)) }
    }
    this.columns = {
      field: column(Section.fieldCounts, Section.fieldValues, Section.fieldNames),
      country: column(Section.countryCounts, Section.countryValues, Section.countryNames),
      structure: column(Section.structureCounts, Section.structureValues, Section.structureNames),
    }
    // Undo the front coding (see Section.terms) and sum postings lengths into offsets: one pass, no postings parse.
    this.terms = decodeLines(section(Section.terms))
    this.termOffsets = new Uint32Array(this.terms.length + 1)
    const meta = section(Section.termMeta)
    const cursor = { at: 0 }
    let previous = ''
    for (let term = 0; term < this.terms.length; term++) {
      const shared = readVarint(meta, cursor)
      previous = shared === 0 ? (this.terms[term] ?? '') : previous.slice(0, shared) + (this.terms[term] ?? '')
      this.terms[term] = previous
      this.termOffsets[term + 1] = (this.termOffsets[term] ?? 0) + readVarint(meta, cursor)
    }
    this.postings = section(Section.postings)
    if (
      this.ids.length !== this.documentCount ||
      this.lengths.length !== this.documentCount ||
      cursor.at !== meta.byteLength ||
      (this.termOffsets[this.terms.length] ?? 0) !== this.postings.byteLength
    ) {
      throw new Error('Search index: sections disagree on their counts.')
    }
    let total = 0
    for (const length of this.lengths) total += length
    this.averageLength = this.documentCount > 0 && total > 0 ? total / this.documentCount : 1
  }

  /** First term index whose term is ≥ `key`. */
  private lowerBound(key: string): number {
    let low = 0
    let high = this.terms.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.terms[middle] ?? '') < key) low = middle + 1
      else high = middle
    }
    return low
  }

  private find(term: string): number {
    const at = this.lowerBound(term)
    return this.terms[at] === term ? at : -1
  }

  private documentFrequency(term: number): number {
    return readVarint(this.postings, { at: this.termOffsets[term] ?? 0 })
  }

  /** Terms starting with `prefix` (other than `skip`), the most frequent first, at most MAX_PREFIX_TERMS. */
  private prefixTerms(prefix: string, skip: ReadonlySet<number>): number[] {
    const range: number[] = []
    const end = this.lowerBound(`${prefix}\uffff`)
    for (let term = this.lowerBound(prefix); term < end; term++) if (!skip.has(term)) range.push(term)
    if (range.length > MAX_PREFIX_TERMS) {
      const frequency = new Map(range.map((term) => [term, this.documentFrequency(term)]))
      range.sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0) || a - b)
      range.length = MAX_PREFIX_TERMS
    }
    return range
  }

  /** The index terms a query word stands for (see the module comment for the order they are tried in). */
  private expand(word: string, typing: boolean): Expansion[] {
    const expansions = new Map<number, number>()
    const add = (term: number, factor: number): void => {
      if (term >= 0 && (expansions.get(term) ?? 0) < factor) expansions.set(term, factor)
    }
    add(this.find(word), 1)
    for (const form of pluralForms(word)) add(this.find(form), PLURAL_FACTOR)
    const addPrefixes = (): void => {
      const taken = new Set(expansions.keys())
      for (const prefix of [word, ...prefixSpellingVariants(word)]) {
        for (const term of this.prefixTerms(prefix, taken)) add(term, PREFIX_FACTOR)
      }
    }
    if (typing) addPrefixes()
    if (expansions.size === 0) {
      if (word.length >= MIN_FALLBACK_PREFIX_LENGTH) addPrefixes()
      if (word.length >= MIN_TYPO_LENGTH) {
        // Same first letter only: a typo there is rare, and it keeps the scan to one letter's terms.
        const first = word.charAt(0)
        const end = this.lowerBound(`${first}\uffff`)
        for (let term = this.lowerBound(first); term < end; term++) {
          if (withinOneEdit(word, this.terms[term] ?? '')) add(term, TYPO_FACTOR)
        }
      }
    }
    return [...expansions].map(([term, factor]) => ({ term, factor }))
  }

  search(request: SearchRequest): Omit<SearchResponse, 'tookMs'> {
    const words = queryTerms(request.q).slice(0, MAX_QUERY_WORDS)
    const n = this.documentCount
    const typing = endsInWord(request.q)
    const groups = words.map((word, index) => this.expand(word, typing && index === words.length - 1))

    // Coverage: how many query words a document holds; score: its BM25 sum. Browse mode (no words) matches all.
    const coverage = new Uint8Array(n)
    const scores = new Float64Array(n)
    let required = 0
    if (words.length > 0) {
      const seen = new Int8Array(n).fill(-1)
      for (const [group, expansions] of groups.entries()) {
        for (const { term, factor } of expansions) {
          const state = { at: this.termOffsets[term] ?? 0 }
          const df = readVarint(this.postings, state)
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
          let doc = 0
          for (let posting = 0; posting < df; posting++) {
            doc += readVarint(this.postings, state)
            const weight = readVarint(this.postings, state)
            if (seen[doc] !== group) {
              seen[doc] = group
              coverage[doc] = (coverage[doc] ?? 0) + 1
            }
            const norm = 1 - BM25_B + (BM25_B * (this.lengths[doc] ?? 0)) / this.averageLength
            scores[doc] = (scores[doc] ?? 0) + (factor * idf * weight * (BM25_K1 + 1)) / (weight + BM25_K1 * norm)
          }
        }
      }
      // AND; OR (any word) only when no document holds them all.
      required = coverage.includes(words.length) ? words.length : 1
    }

    const filters = request.filters
    const typeFilter = filters.type === undefined ? -2 : this.typeNames.indexOf(filters.type)
    const multiFilters = MULTI_DIMENSIONS.map((dimension) => {
      const value = filters[dimension]
      return { dimension, bit: FAILS[dimension], wanted: value === undefined ? -2 : this.columns[dimension].names.indexOf(value) }
    })
    const from = filters.from ?? -Infinity
    const to = filters.to ?? Infinity

    const typeCounts = new Uint32Array(this.typeNames.length)
    const multiCounts = {
      field: new Uint32Array(this.columns.field.names.length),
      country: new Uint32Array(this.columns.country.names.length),
      structure: new Uint32Array(this.columns.structure.names.length),
    }
    const yearCounts = new Map<number, number>()
    const results: number[] = []
    for (let doc = 0; doc < n; doc++) {
      if ((coverage[doc] ?? 0) < required) continue
      let fails = 0
      const type = this.types[doc] ?? 0
      if (typeFilter !== -2 && type !== typeFilter) fails |= FAILS.type
      for (const { dimension, bit, wanted } of multiFilters) {
        if (wanted !== -2 && !this.hasValue(dimension, doc, wanted)) fails |= bit
      }
      const year = Math.floor((this.dates[doc] ?? 0) / 10000)
      if (year < from || year > to) fails |= FAILS.years
      // A facet counts the documents that pass every filter except its own: mask 0, or only its own bit.
      if (fails === 0) results.push(doc)
      if ((fails & ~FAILS.type) === 0) typeCounts[type] = (typeCounts[type] ?? 0) + 1
      for (const dimension of MULTI_DIMENSIONS) {
        if ((fails & ~FAILS[dimension]) === 0) this.countValues(dimension, doc, multiCounts[dimension])
      }
      if ((fails & ~FAILS.years) === 0) yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1)
    }

    if (words.length > 0 && request.sort === 'relevance') {
      results.sort((a, b) => (coverage[b] ?? 0) - (coverage[a] ?? 0) || (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)
    }
    // Otherwise results are already in document order, which is date order (newest first, then id).
    const hits: SearchHit[] = results.slice(0, Math.max(0, request.limit)).map((doc) => ({ id: this.ids[doc] ?? '', score: scores[doc] ?? 0 }))

    const matchedTerms = [...new Set(groups.flatMap((expansions) => expansions.map(({ term }) => this.terms[term] ?? '')))]
    const unmatchedWords = words.filter((_, index) => (groups[index]?.length ?? 0) === 0)
    return {
      total: results.length,
      hits,
      matchedTerms,
      facets: {
        type: facetList(this.typeNames, typeCounts, filters.type),
        field: facetList(this.columns.field.names, multiCounts.field, filters.field),
        country: facetList(this.columns.country.names, multiCounts.country, filters.country),
        structure: facetList(this.columns.structure.names, multiCounts.structure, filters.structure),
      } satisfies Record<FacetName, FacetCount[]>,
      years: [...yearCounts]
        .sort(([a], [b]) => a - b)
        .map(([year, count]) => ({ value: String(year), count })),
      suggestions: results.length === 0 ? this.suggest(unmatchedWords) : [],
    }
  }

  private hasValue(dimension: MultiDimension, doc: number, wanted: number): boolean {
    const { starts, values } = this.columns[dimension]
    const end = starts[doc + 1] ?? 0
    for (let at = starts[doc] ?? 0; at < end; at++) if (values[at] === wanted) return true
    return false
  }

  private countValues(dimension: MultiDimension, doc: number, counts: Uint32Array): void {
    const { starts, values } = this.columns[dimension]
    const end = starts[doc + 1] ?? 0
    for (let at = starts[doc] ?? 0; at < end; at++) {
      const value = values[at] ?? 0
      counts[value] = (counts[value] ?? 0) + 1
    }
  }

  /** Index terms within two edits of words that matched nothing: the most frequent first. */
  private suggest(words: readonly string[]): string[] {
    const candidates = new Map<string, { frequency: number; distance: number }>()
    for (const word of words) {
      if (word.length < MIN_SUGGESTION_LENGTH) continue
      for (const [index, term] of this.terms.entries()) {
        if (Math.abs(term.length - word.length) > MAX_SUGGESTION_DISTANCE) continue
        const distance = boundedEditDistance(word, term, MAX_SUGGESTION_DISTANCE)
        if (distance > MAX_SUGGESTION_DISTANCE) continue
        const known = candidates.get(term)
        if (!known || distance < known.distance) candidates.set(term, { frequency: this.documentFrequency(index), distance })
      }
    }
    return [...candidates]
      .sort(([termA, a], [termB, b]) => b.frequency - a.frequency || a.distance - b.distance || (termA < termB ? -1 : termA > termB ? 1 : 0))
      .slice(0, MAX_SUGGESTIONS)
      .map(([term]) => term)
  }
}

/** Singular and plural forms worth trying for an English word: `journalist` ↔ `journalists`, `policy` ↔ `policies`. */
function pluralForms(word: string): string[] {
  if (word.length < 3 || /\d/.test(word)) return []
  const forms = [`${word}s`, `${word}es`]
  if (word.endsWith('y')) forms.push(`${word.slice(0, -1)}ies`)
  if (word.length >= 4 && word.endsWith('s')) forms.push(word.slice(0, -1))
  if (word.length >= 5 && word.endsWith('es')) forms.push(word.slice(0, -2))
  if (word.length >= 5 && word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`)
  return forms
}

/** Values with a count, most frequent first, and the selected value always (see SearchResponse.facets). */
function facetList(names: readonly string[], counts: Uint32Array, selected: string | undefined): FacetCount[] {
  const list: FacetCount[] = []
  for (const [index, value] of names.entries()) {
    const count = counts[index] ?? 0
    if (count > 0 || value === selected) list.push({ value, count })
  }
  if (selected !== undefined && !names.includes(selected)) list.push({ value: selected, count: 0 })
  return list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
}
