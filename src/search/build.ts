/**
 * Builds the stored search index (layout in index-format.ts) from releases:
 * the term dictionary, postings with a field-weighted term frequency, word
 * positions for phrases, and per-document facet columns. Runs in the search
 * worker after an install, and in Node for the bench and tests.
 */
import { newestFirst } from '../content/release-order'
import { slugify } from '../content/text'
import type { Release } from '../content/types'
import { ENGINE_VERSION, INDEX_RULES } from './engine-version'
import { ByteWriter, encodeLines, MAX_DICTIONARY_SIZE, Section, SECTION_COUNT, writeSections } from './index-format'
import { forEachIndexTerm, normalizeSpelling } from './text'
import { NO_TYPE } from './types'

export const MULTI_DIMENSIONS = ['field', 'country', 'structure'] as const
export type MultiDimension = (typeof MULTI_DIMENSIONS)[number]

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

/** Assigns dictionary numbers to facet values in first-seen order; numbers are stored as Uint16. */
class Dictionary {
  readonly names: string[] = []
  private readonly numbers = new Map<string, number>()

  constructor(private readonly dimension: string) {}

  number(name: string): number {
    let value = this.numbers.get(name)
    if (value === undefined) {
      value = this.names.length
      if (value >= MAX_DICTIONARY_SIZE) {
        throw new Error(`Search index: more than ${MAX_DICTIONARY_SIZE} distinct ${this.dimension} values; facet ids are stored as Uint16 (index-format.ts).`)
      }
      this.names.push(name)
      this.numbers.set(name, value)
    }
    return value
  }
}

/**
 * The terms of one release with their weights and word positions. Positions
 * run through title, place, sources and paragraphs with a gap between each,
 * so a phrase matches within one of them only.
 */
function releaseTerms(release: Release, normalize: (word: string) => string) {
  const terms = new Map<string, { weight: number; positions: number[] }>()
  let words = 0
  let next = 0
  const add = (text: string, weight: number): void => {
    const start = next
    const count = forEachIndexTerm(text, normalize, (term, isPart, word) => {
      const known = terms.get(term)
      if (known) {
        known.weight += weight
        known.positions.push(start + word)
      } else {
        terms.set(term, { weight, positions: [start + word] })
      }
      if (isPart) words++
    })
    next = start + count + INDEX_RULES.fieldGap
  }
  const { fieldWeights } = INDEX_RULES
  add(release.title, fieldWeights.title)
  if (release.place !== null) add(release.place, fieldWeights.place)
  for (const source of release.sources) add(source.name, fieldWeights.sources)
  for (const paragraph of release.body) add(paragraph, fieldWeights.body)
  return { terms, words }
}

/** One term's postings and positions, encoded as documents arrive (in document order), so no per-posting arrays pile up. */
class TermPostings {
  readonly postings = new ByteWriter(16)
  readonly positions = new ByteWriter(16)
  count = 0
  private lastDoc = 0

  add(doc: number, weight: number, places: readonly number[]): void {
    this.postings.varint(doc - this.lastDoc)
    this.postings.varint(weight)
    this.lastDoc = doc
    this.count++
    let previous = 0
    for (let at = 0; at < places.length; at++) {
      const place = places[at] ?? 0
      // Gap << 1, low bit set when another position follows (index-format.ts, Section positions).
      this.positions.varint((place - previous) * 2 + (at < places.length - 1 ? 1 : 0))
      previous = place
    }
  }
}

/**
 * Builds the index one release at a time, newest first (the order of `newestFirst`), so a caller reading the
 * releases in chunks holds one chunk's texts at a time, never the whole newsroom's: at 100,000 releases the
 * texts alone are hundreds of megabytes, on top of the index being built.
 */
export class SearchIndexBuilder {
  private readonly ids: string[] = []
  private readonly dates: number[] = []
  private readonly types: number[] = []
  private readonly lengths: number[] = []
  private readonly typeNames = new Dictionary('type')
  private readonly multi = Object.fromEntries(
    MULTI_DIMENSIONS.map((dimension) => [dimension, { names: new Dictionary(dimension), counts: [] as number[], values: [] as number[] }]),
  ) as Record<MultiDimension, { names: Dictionary; counts: number[]; values: number[] }>
  // Vocabulary is small next to the token count: normalise each distinct word once.
  private readonly normalized = new Map<string, string>()
  private readonly normalize = (word: string): string => {
    let term = this.normalized.get(word)
    if (term === undefined) this.normalized.set(word, (term = normalizeSpelling(word)))
    return term
  }
  private readonly byTerm = new Map<string, TermPostings>()
  private previous: Release | undefined

  /** Adds the next release; each must come after the one before in `newestFirst` order. */
  add(release: Release): void {
    if (this.previous && newestFirst(this.previous, release) >= 0) {
      throw new Error(`Search index: ${release.id} came after ${this.previous.id}; releases must be added newest first (newestFirst).`)
    }
    this.previous = release
    const doc = this.ids.length
    this.ids.push(release.id)
    this.dates.push(dateNumber(release.date))
    this.types.push(this.typeNames.number(typeSlug(release.type)))
    for (const dimension of MULTI_DIMENSIONS) {
      const column = this.multi[dimension]
      const values = [...new Set(multiValues(release, dimension))].slice(0, INDEX_RULES.maxValuesPerDocument)
      column.counts.push(values.length)
      for (const value of values) column.values.push(column.names.number(value))
    }
    const { terms, words } = releaseTerms(release, this.normalize)
    this.lengths.push(Math.min(words, 0xffff))
    for (const [term, { weight, positions }] of terms) {
      let entry = this.byTerm.get(term)
      if (!entry) this.byTerm.set(term, (entry = new TermPostings()))
      entry.add(doc, weight, positions)
    }
  }

  /** How many releases were added. */
  get count(): number {
    return this.ids.length
  }

  /** The stored index of every release added. */
  finish(): ArrayBuffer {
    return writeIndex(this.byTerm, {
      dates: Uint32Array.from(this.dates),
      lengths: Uint16Array.from(this.lengths),
      types: Uint16Array.from(this.types),
      typeNames: this.typeNames,
      multi: this.multi,
      ids: this.ids,
    })
  }
}

/** Builds the stored index. Releases may come in any order; documents are numbered by date (newest first), then id. */
export function buildSearchIndex(releases: readonly Release[]): ArrayBuffer {
  const builder = new SearchIndexBuilder()
  for (const release of [...releases].sort(newestFirst)) builder.add(release)
  return builder.finish()
}

interface Columns {
  dates: Uint32Array
  lengths: Uint16Array
  types: Uint16Array
  typeNames: Dictionary
  multi: Record<MultiDimension, { names: Dictionary; counts: readonly number[]; values: readonly number[] }>
  ids: readonly string[]
}

function writeIndex(byTerm: ReadonlyMap<string, TermPostings>, { dates, lengths, types, typeNames, multi, ids }: Columns): ArrayBuffer {
  // Code-unit order (the default sort), which the binary searches at query time assume.
  const terms = [...byTerm.keys()].sort()
  const termMeta = new ByteWriter()
  const suffixes: string[] = []
  const postings = new ByteWriter()
  const positions = new ByteWriter()
  let previous = ''
  for (const term of terms) {
    let shared = 0
    while (shared < term.length && shared < previous.length && term.charCodeAt(shared) === previous.charCodeAt(shared)) shared++
    // Never split a surrogate pair: the suffix must stay valid UTF-16 to survive the UTF-8 round trip.
    if (shared > 0 && shared < term.length && /[\uDC00-\uDFFF]/.test(term.charAt(shared))) shared--
    suffixes.push(term.slice(shared))
    previous = term
    const entry = byTerm.get(term)
    if (!entry) continue
    const postingsStart = postings.length
    const positionsStart = positions.length
    postings.varint(entry.count)
    postings.append(entry.postings.result())
    positions.append(entry.positions.result())
    termMeta.varint(shared)
    termMeta.varint(postings.length - postingsStart)
    termMeta.varint(positions.length - positionsStart)
  }

  const sections = new Array<ArrayBufferView>(SECTION_COUNT)
  sections[Section.dates] = dates
  sections[Section.lengths] = lengths
  sections[Section.types] = types
  sections[Section.fieldCounts] = Uint8Array.from(multi.field.counts)
  sections[Section.fieldValues] = Uint16Array.from(multi.field.values)
  sections[Section.countryCounts] = Uint8Array.from(multi.country.counts)
  sections[Section.countryValues] = Uint16Array.from(multi.country.values)
  sections[Section.structureCounts] = Uint8Array.from(multi.structure.counts)
  sections[Section.structureValues] = Uint16Array.from(multi.structure.values)
  sections[Section.ids] = encodeLines(ids)
  sections[Section.typeNames] = encodeLines(typeNames.names)
  sections[Section.fieldNames] = encodeLines(multi.field.names.names)
  sections[Section.countryNames] = encodeLines(multi.country.names.names)
  sections[Section.structureNames] = encodeLines(multi.structure.names.names)
  sections[Section.terms] = encodeLines(suffixes)
  sections[Section.termMeta] = termMeta.result()
  sections[Section.postings] = postings.result()
  sections[Section.positions] = positions.result()
  return writeSections(sections, ENGINE_VERSION)
}
