/**
 * The offline search engine: a compact inverted index (built by build.ts, laid
 * out as in index-format.ts) plus per-document facet columns, so the worker
 * answers queries, filters and facet counts from one buffer.
 *
 * Pure TypeScript with no DOM, Vue or Dexie: it runs in the search worker and in
 * Node tests alike. How text becomes terms is in text.ts; the query syntax
 * (phrases, exclusions) in query.ts. Queries arrive in Latin letters: the
 * worker rewrites Cyrillic ones first (cyrillic.ts, loaded on the first one).
 *
 * A search runs in named steps (`search` below):
 *   1. expand words: each query word becomes the index terms it stands for:
 *      - the word itself and its plural/singular (`journalist` ↔ `journalists`);
 *      - while the reader is typing it, every term it begins (the most frequent 64);
 *      - typo corrections, by word length as Elasticsearch's AUTO fuzziness:
 *        none for 1–2 letters, one edit for 3–5, two from 6; a swap of two
 *        neighbours is one edit, and the first letter may be wrong too. They are
 *        tried when the word matches nothing as typed (then terms it begins count
 *        too), or when it is rare and a much more frequent term is within reach
 *        (a release with a typo must not hide the hundreds without it);
 *   2. score: BM25 per document over a field-weighted term frequency (title ×3,
 *      place and sources ×2, body ×1), with how many words it holds, and how many
 *      of those it holds as typed or as a prefix rather than through a typo;
 *   3. constrain: phrases must be there, word for word in order (word positions
 *      are stored per posting); excluded words and phrases must not; releases no
 *      longer installed (see `hideAbsent`) never count;
 *   4. filter and count facets: a facet counts the matches of the query and every
 *      other filter, so the reader sees where the matches are;
 *   5. rank: releases with every word first (AND; OR only when no release holds
 *      them all, decided before filters so total, hits and facets describe one
 *      set), then those matching more words without a typo (exact and prefix
 *      matches above fuzzy ones), then BM25; ties, browse mode and `sort: 'date'`
 *      use date, newest first: documents are numbered in that order at build time;
 *   6. suggest: when nothing matches, index terms close to the words that found nothing.
 */
import { ENGINE_VERSION } from './engine-version'
import { decodeLines, readSections, readVarint, Section, uint16View, uint32View } from './index-format'
import { MAX_QUERY_WORDS, parseQuery, type ParsedQuery, type QueryWord } from './query'
import { phraseDocuments } from './phrases'
import { TermDictionary } from './term-dictionary'
import { prefixSpellingVariants, textTerms } from './text'
import { MULTI_DIMENSIONS, type MultiDimension } from './build'
import type { FacetCount, FacetName, SearchFilters, SearchHit, SearchNeighbours, SearchRequest, SearchResponse } from './types'

export { buildSearchIndex, SearchIndexBuilder } from './build'

/** Prefix expansions per query word; the most frequent win, rare ones add little to the ranking. */
const MAX_PREFIX_TERMS = 64
/** Typo corrections per query word, the closest and most frequent first. */
const MAX_FUZZY_TERMS = 16
/** A word not in the index is tried as a prefix only from this length: `a` or `co` would match half the vocabulary. */
const MIN_FALLBACK_PREFIX_LENGTH = 3
/** A word in this few releases or fewer may be a typo that made it into a release… */
const RARE_WORD_DOCUMENTS = 2
/** …and is corrected too when a term within reach is in this many times more releases. */
const CORRECTION_FREQUENCY_RATIO = 10
/** Suggestions are offered for words of this length and more; for shorter ones two edits reach almost any short word. */
const MIN_SUGGESTION_LENGTH = 4
const MAX_SUGGESTION_DISTANCE = 2
const MAX_SUGGESTIONS = 5
/** Matches not typed as is rank below exact ones; a typo match counts less for each edit. */
const PLURAL_FACTOR = 0.9
const PREFIX_FACTOR = 0.7
const TYPO_FACTORS = [1, 0.5, 0.35] as const
const BM25_K1 = 1.2
const BM25_B = 0.75

/** Edits allowed for a word of this length: Elasticsearch's AUTO fuzziness (0 for 1–2 letters, 1 for 3–5, 2 from 6). */
export function allowedEdits(length: number): 0 | 1 | 2 {
  return length <= 2 ? 0 : length <= 5 ? 1 : 2
}

export interface SearchIndex {
  readonly documentCount: number
  search(request: SearchRequest): Omit<SearchResponse, 'tookMs'>
  /** The releases before and after `id` in the whole ranked result of `request` (not only its window), or null when it is not in it. */
  neighbours(request: SearchRequest, id: string): SearchNeighbours | null
  /** Up to `limit` completions of the last word of `text`, most frequent first, as whole queries (`border manag` → `border management`). */
  complete(text: string, limit: number): string[]
  /**
   * Answers only about the releases in `present` from now on (null: all again).
   * An index kept while content changes under it must not count releases that
   * an update removed.
   */
  hideAbsent(present: ReadonlySet<string> | null): void
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
  /** Reached only through a typo correction. */
  fuzzy: boolean
}

/** What step 2 (score) and 3 (constrain) leave per document. */
interface Matches {
  /** How many query words a document holds, in any form. */
  coverage: Uint8Array
  /** How many it holds as typed, as a plural or as a prefix (not only through a typo). */
  exactCoverage: Uint8Array
  scores: Float64Array
  /** Documents a phrase or an exclusion rules out, or hidden as no longer installed. */
  rejected: Uint8Array
  /** Words a document must hold: all of them, 1 in the OR fallback, 0 in browse mode. */
  required: number
}

/** What step 4 leaves. */
interface Filtered {
  results: number[]
  facets: Record<FacetName, FacetCount[]>
  years: FacetCount[]
}

/** A filter with no value selected. */
const NOT_FILTERED = -2
/** A filter value no document has (Array.indexOf's "not found"): nothing passes it. */
const UNKNOWN_VALUE = -1
/** Filter bits: a document's mask says which filters it fails. */
const FAILS = { type: 1, field: 2, country: 4, structure: 8, years: 16 } as const
/** `seen` marks in step 2 before a document was reached by any word. */
const NO_WORD_YET = -1

class LoadedIndex implements SearchIndex {
  readonly documentCount: number
  private readonly ids: string[]
  private readonly dates: Uint32Array
  private readonly lengths: Uint16Array
  private readonly types: Uint16Array
  private readonly typeNames: string[]
  private readonly columns: Record<MultiDimension, MultiColumn>
  private readonly dictionary: TermDictionary
  private readonly termOffsets: Uint32Array
  private readonly positionOffsets: Uint32Array
  private readonly postings: Uint8Array
  private readonly positions: Uint8Array
  private readonly averageLength: number
  private hidden: Uint8Array | null = null

  constructor(buffer: ArrayBuffer) {
    const sections = readSections(buffer, ENGINE_VERSION)
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
    // Undo the front coding (see Section.terms) and sum the lengths into offsets: one pass, no postings parse.
    const terms = decodeLines(section(Section.terms))
    this.termOffsets = new Uint32Array(terms.length + 1)
    this.positionOffsets = new Uint32Array(terms.length + 1)
    const meta = section(Section.termMeta)
    const cursor = { at: 0 }
    let previous = ''
    for (let term = 0; term < terms.length; term++) {
      const shared = readVarint(meta, cursor)
      previous = shared === 0 ? (terms[term] ?? '') : previous.slice(0, shared) + (terms[term] ?? '')
      terms[term] = previous
      this.termOffsets[term + 1] = (this.termOffsets[term] ?? 0) + readVarint(meta, cursor)
      this.positionOffsets[term + 1] = (this.positionOffsets[term] ?? 0) + readVarint(meta, cursor)
    }
    this.dictionary = new TermDictionary(terms)
    this.postings = section(Section.postings)
    this.positions = section(Section.positions)
    if (
      this.ids.length !== this.documentCount ||
      this.lengths.length !== this.documentCount ||
      cursor.at !== meta.byteLength ||
      (this.termOffsets[terms.length] ?? 0) !== this.postings.byteLength ||
      (this.positionOffsets[terms.length] ?? 0) !== this.positions.byteLength
    ) {
      throw new Error('Search index: sections disagree on their counts.')
    }
    let total = 0
    for (const length of this.lengths) total += length
    this.averageLength = this.documentCount > 0 && total > 0 ? total / this.documentCount : 1
  }

  hideAbsent(present: ReadonlySet<string> | null): void {
    if (present === null) {
      this.hidden = null
      return
    }
    this.hidden = new Uint8Array(this.documentCount)
    for (const [doc, id] of this.ids.entries()) if (!present.has(id)) this.hidden[doc] = 1
  }

  search(request: SearchRequest): Omit<SearchResponse, 'tookMs'> {
    const { query, groups, matches, filtered, ranked } = this.run(request)
    const hits: SearchHit[] = ranked.slice(0, Math.max(0, request.limit)).map((doc) => ({ id: this.ids[doc] ?? '', score: matches.scores[doc] ?? 0 }))
    const unmatched = query.words.filter((_, index) => (groups[index]?.length ?? 0) === 0).map((word) => word.term)
    return {
      total: ranked.length,
      hits,
      matchedTerms: [...new Set(groups.flatMap((expansions) => expansions.map(({ term }) => this.dictionary.term(term))))],
      facets: filtered.facets,
      years: filtered.years,
      suggestions: ranked.length === 0 ? this.suggest(unmatched) : [],
    }
  }

  neighbours(request: SearchRequest, id: string): SearchNeighbours | null {
    const doc = this.ids.indexOf(id)
    const { ranked } = this.run(request)
    const at = doc < 0 ? -1 : ranked.indexOf(doc)
    if (at < 0) return null
    const idAt = (position: number) => (position >= 0 && position < ranked.length ? (this.ids[ranked[position] ?? -1] ?? null) : null)
    return { previous: idAt(at - 1), next: idAt(at + 1) }
  }

  /** Steps 1–5 for a request: everything it matches, in the order shown. */
  private run(request: SearchRequest) {
    const query = parseQuery(request.q)
    const groups = this.expandWords(query.words)
    const matches = this.score(groups)
    this.constrain(query, matches)
    const filtered = this.filterAndCountFacets(matches, request.filters)
    const ranked = this.rank(filtered.results, matches, query.words.length > 0 && request.sort === 'relevance')
    return { query, groups, matches, filtered, ranked }
  }

  // ---- 1. expand words ------------------------------------------------------

  /** The index terms each query word stands for; a compound that matches nothing joined is tried as its parts. */
  private expandWords(words: readonly QueryWord[]): Expansion[][] {
    const groups: Expansion[][] = []
    for (const word of words) {
      const joined = this.expand(word.term, word)
      if (joined.length > 0 || word.parts.length === 0) {
        groups.push(joined)
        continue
      }
      // Every part must then be there, as separate words (still within MAX_QUERY_WORDS in all).
      for (const [index, part] of word.parts.entries()) {
        const last = index === word.parts.length - 1
        if (groups.length < MAX_QUERY_WORDS) groups.push(this.expand(part, { ...word, parts: [], typing: word.typing && last }))
      }
    }
    return groups.slice(0, MAX_QUERY_WORDS)
  }

  private expand(word: string, { exact, typing }: QueryWord): Expansion[] {
    const expansions = new Map<number, Expansion>()
    const add = (term: number, factor: number, fuzzy = false): void => {
      const known = expansions.get(term)
      if (term >= 0 && (!known || known.factor < factor)) expansions.set(term, { term, factor, fuzzy })
    }
    add(this.dictionary.find(word), 1)
    if (exact) return [...expansions.values()]
    for (const form of pluralForms(word)) add(this.dictionary.find(form), PLURAL_FACTOR)
    const ownDocuments = [...expansions.keys()].reduce((sum, term) => sum + this.documentFrequency(term), 0)
    const addPrefixes = (): void => {
      const taken = new Set(expansions.keys())
      for (const prefix of [word, ...prefixSpellingVariants(word)]) {
        for (const term of this.prefixTerms(prefix, taken)) add(term, PREFIX_FACTOR)
      }
    }
    if (typing) addPrefixes()
    if (expansions.size === 0) {
      if (word.length >= MIN_FALLBACK_PREFIX_LENGTH) addPrefixes()
      for (const { term, distance } of this.corrections(word, typing, 0)) add(term, TYPO_FACTORS[distance] ?? 0, true)
    } else if (ownDocuments <= RARE_WORD_DOCUMENTS) {
      for (const { term, distance } of this.corrections(word, typing, ownDocuments * CORRECTION_FREQUENCY_RATIO)) add(term, TYPO_FACTORS[distance] ?? 0, true)
    }
    return [...expansions.values()]
  }

  /** Terms within the word's edit budget (as a start of the term while it is typed) in at least `minDocuments` releases. */
  private corrections(word: string, typing: boolean, minDocuments: number): { term: number; distance: number }[] {
    const budget = allowedEdits(word.length)
    if (budget === 0) return []
    const found: { term: number; distance: number; frequency: number }[] = []
    this.dictionary.forEachWithin(word, budget, typing, (term, distance) => {
      const frequency = this.documentFrequency(term)
      if (distance > 0 && frequency >= minDocuments) found.push({ term, distance, frequency })
    })
    return found.sort((a, b) => a.distance - b.distance || b.frequency - a.frequency || a.term - b.term).slice(0, MAX_FUZZY_TERMS)
  }

  /** Terms starting with `prefix` (other than `skip`), the most frequent first, at most `limit`. */
  private prefixTerms(prefix: string, skip: ReadonlySet<number>, limit = MAX_PREFIX_TERMS): number[] {
    const range: number[] = []
    const [start, end] = this.dictionary.prefixRange(prefix)
    for (let term = start; term < end; term++) if (!skip.has(term)) range.push(term)
    if (range.length > limit) {
      const frequency = new Map(range.map((term) => [term, this.documentFrequency(term)]))
      range.sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0) || a - b)
      range.length = limit
    }
    return range
  }

  private documentFrequency(term: number): number {
    return readVarint(this.postings, { at: this.termOffsets[term] ?? 0 })
  }

  /** Calls `visit` for each posting of a term, in document order. */
  private forEachPosting(term: number, visit: (doc: number, weight: number) => void): void {
    const cursor = { at: this.termOffsets[term] ?? 0 }
    const count = readVarint(this.postings, cursor)
    let doc = 0
    for (let posting = 0; posting < count; posting++) {
      doc += readVarint(this.postings, cursor)
      visit(doc, readVarint(this.postings, cursor))
    }
  }

  // ---- 2. score -------------------------------------------------------------

  private score(groups: readonly Expansion[][]): Matches {
    const n = this.documentCount
    const matches: Matches = {
      coverage: new Uint8Array(n),
      exactCoverage: new Uint8Array(n),
      scores: new Float64Array(n),
      rejected: this.hidden ? Uint8Array.from(this.hidden) : new Uint8Array(n),
      required: 0,
    }
    const { coverage, exactCoverage, scores } = matches
    // Which word last reached each document, so a word counts once however many of its terms a document holds.
    const seen = new Int8Array(n).fill(NO_WORD_YET)
    const seenExact = new Int8Array(n).fill(NO_WORD_YET)
    for (const [group, expansions] of groups.entries()) {
      for (const { term, factor, fuzzy } of expansions) {
        const df = this.documentFrequency(term)
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
        // The hot loop of every query: postings read inline, not through forEachPosting's callback.
        const cursor = { at: this.termOffsets[term] ?? 0 }
        readVarint(this.postings, cursor)
        let doc = 0
        for (let posting = 0; posting < df; posting++) {
          doc += readVarint(this.postings, cursor)
          const weight = readVarint(this.postings, cursor)
          if (seen[doc] !== group) {
            seen[doc] = group
            coverage[doc] = (coverage[doc] ?? 0) + 1
          }
          if (!fuzzy && seenExact[doc] !== group) {
            seenExact[doc] = group
            exactCoverage[doc] = (exactCoverage[doc] ?? 0) + 1
          }
          const norm = 1 - BM25_B + (BM25_B * (this.lengths[doc] ?? 0)) / this.averageLength
          scores[doc] = (scores[doc] ?? 0) + (factor * idf * weight * (BM25_K1 + 1)) / (weight + BM25_K1 * norm)
        }
      }
    }
    return matches
  }

  // ---- 3. constrain: phrases, exclusions, then AND or OR ---------------------

  private constrain(query: ParsedQuery, matches: Matches): void {
    const { rejected, coverage } = matches
    for (const phrase of query.phrases) {
      const holding = this.phraseDocuments(phrase)
      for (let doc = 0; doc < this.documentCount; doc++) if (holding[doc] === 0) rejected[doc] = 1
    }
    for (const excluded of query.excluded) {
      if (excluded.length > 1) {
        const holding = this.phraseDocuments(excluded)
        for (let doc = 0; doc < this.documentCount; doc++) if (holding[doc] === 1) rejected[doc] = 1
        continue
      }
      const word = excluded[0] ?? ''
      for (const form of [word, ...pluralForms(word)]) {
        const term = this.dictionary.find(form)
        if (term >= 0) this.forEachPosting(term, (doc) => (rejected[doc] = 1))
      }
    }
    const words = query.words.length
    if (words === 0) return
    // AND; OR (any word) only when no document holds them all.
    let everyWord = false
    for (let doc = 0; doc < this.documentCount && !everyWord; doc++) everyWord = coverage[doc] === words && rejected[doc] === 0
    matches.required = everyWord ? words : 1
  }

  /** Documents holding the words next to each other, in order (1 per such document). */
  private phraseDocuments(phrase: readonly string[]): Uint8Array {
    const terms = phrase.map((word) => this.dictionary.find(word))
    if (terms.some((term) => term < 0)) return new Uint8Array(this.documentCount)
    const postings = terms.map((term) => ({ postingsAt: this.termOffsets[term] ?? 0, positionsAt: this.positionOffsets[term] ?? 0 }))
    return phraseDocuments(this.documentCount, this.postings, this.positions, postings)
  }

  // ---- 4. filter and count facets -------------------------------------------

  private filterAndCountFacets(matches: Matches, filters: SearchFilters): Filtered {
    const { coverage, rejected, required } = matches
    const typeFilter = filters.type === undefined ? NOT_FILTERED : this.typeNames.indexOf(filters.type)
    const multiFilters = MULTI_DIMENSIONS.map((dimension) => {
      const value = filters[dimension]
      return { dimension, bit: FAILS[dimension], wanted: value === undefined ? NOT_FILTERED : this.columns[dimension].names.indexOf(value) }
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
    for (let doc = 0; doc < this.documentCount; doc++) {
      if ((coverage[doc] ?? 0) < required || rejected[doc] === 1) continue
      let fails = 0
      const type = this.types[doc] ?? 0
      if (typeFilter !== NOT_FILTERED && type !== typeFilter) fails |= FAILS.type
      for (const { dimension, bit, wanted } of multiFilters) {
        // UNKNOWN_VALUE never equals a stored value, so hasValue fails it.
        if (wanted !== NOT_FILTERED && (wanted === UNKNOWN_VALUE || !this.hasValue(dimension, doc, wanted))) fails |= bit
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
    return {
      results,
      facets: {
        type: facetList(this.typeNames, typeCounts, filters.type),
        field: facetList(this.columns.field.names, multiCounts.field, filters.field),
        country: facetList(this.columns.country.names, multiCounts.country, filters.country),
        structure: facetList(this.columns.structure.names, multiCounts.structure, filters.structure),
      },
      years: [...yearCounts].sort(([a], [b]) => a - b).map(([year, count]) => ({ value: String(year), count })),
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

  // ---- 5. rank ----------------------------------------------------------------

  /** By relevance: more words, then more words without a typo, then BM25, then date. Otherwise the results stay in date order. */
  private rank(results: number[], { coverage, exactCoverage, scores }: Matches, byRelevance: boolean): number[] {
    if (!byRelevance) return results
    return results.sort(
      (a, b) =>
        (coverage[b] ?? 0) - (coverage[a] ?? 0) || (exactCoverage[b] ?? 0) - (exactCoverage[a] ?? 0) || (scores[b] ?? 0) - (scores[a] ?? 0) || a - b,
    )
  }

  // ---- 6. suggest -------------------------------------------------------------

  /** Index terms within two edits of words that matched nothing: the most frequent first. */
  private suggest(words: readonly string[]): string[] {
    const candidates = new Map<string, { frequency: number; distance: number }>()
    for (const word of words) {
      if (word.length < MIN_SUGGESTION_LENGTH) continue
      this.dictionary.forEachWithin(word, MAX_SUGGESTION_DISTANCE, false, (index, distance) => {
        const term = this.dictionary.term(index)
        const known = candidates.get(term)
        if (!known || distance < known.distance) candidates.set(term, { frequency: this.documentFrequency(index), distance })
      })
    }
    return [...candidates]
      .sort(([termA, a], [termB, b]) => b.frequency - a.frequency || a.distance - b.distance || compareText(termA, termB))
      .slice(0, MAX_SUGGESTIONS)
      .map(([term]) => term)
  }

  complete(text: string, limit: number): string[] {
    const words = textTerms(text)
    const last = words.at(-1)
    if (last === undefined || !/[\p{L}\p{N}]$/u.test(text)) return []
    const before = text.slice(0, text.toLowerCase().lastIndexOf(last.charAt(0))).trimEnd()
    return this.prefixTerms(last, new Set(), limit).map((term) => `${before ? `${before} ` : ''}${this.dictionary.term(term)}`)
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
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
  return list.sort((a, b) => b.count - a.count || compareText(a.value, b.value))
}
