/**
 * Candidate (c) of the search bench: a compact inverted index of our own, to see
 * what the libraries' generality costs in bytes and load time.
 *
 * Stored form, one ArrayBuffer (IndexedDB stores it as is, no JSON):
 *   header   Uint32 × 4: document count, term count, terms byte length, postings byte length
 *   offsets  Uint32 × (terms + 1): where each term's postings start in `postings`
 *   lengths  Uint16 × documents: tokens per document, for BM25 length normalisation
 *   terms    UTF-8, sorted, joined by "\n": prefix search is a binary search
 *   postings per term: varint document frequency, then (varint doc delta, varint weight) pairs
 * Loading is a TextDecoder pass, one split and typed-array views: no parse of
 * the postings at all, which is what makes it fast after a cold start.
 *
 * Weight is the field-weighted term frequency (title ×3, place and sources ×2,
 * body ×1), so one posting serves every field. Positions are not kept:
 * phrases match as AND of their words, like the libraries as configured.
 */
import { fold } from '../src/content/text'

/** The text of one release as every candidate indexes it. */
export interface SearchDoc {
  /** The release's number in the compiled list: what results refer to. */
  id: number
  title: string
  body: string
  place: string
  sources: string
}

const FIELD_WEIGHTS = { title: 3, place: 2, sources: 2, body: 1 } as const
const HEADER_WORDS = 4
/** Prefix expansions per query term; the most frequent win, rare ones add little to the ranking. */
const MAX_PREFIX_TERMS = 64
/** Shorter terms are not typo-corrected: one edit turns `aid` into too many words. */
const MIN_TYPO_LENGTH = 4
/** Matches found by prefix or typo rank below exact ones. */
const PREFIX_FACTOR = 0.7
const TYPO_FACTOR = 0.5
const BM25_K1 = 1.2
const BM25_B = 0.75

const TOKEN_SPLIT = /[^\p{L}\p{N}]+/u

/** Folded word tokens; the same function serves indexing and queries so they always agree. */
export function tokenize(text: string): string[] {
  return fold(text).split(TOKEN_SPLIT).filter((token) => token.length > 0)
}

function writeVarint(out: number[], value: number): void {
  let rest = value
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80)
    rest = Math.floor(rest / 128)
  }
  out.push(rest)
}

/** Builds the stored form. Documents must come in id order so deltas stay positive. */
export function buildCustomIndex(docs: readonly SearchDoc[]): ArrayBuffer {
  const postingsByTerm = new Map<string, number[]>()
  const lengths = new Uint16Array(docs.length)
  let previousId = -1
  for (const [position, doc] of docs.entries()) {
    if (doc.id !== position || doc.id <= previousId) throw new Error('buildCustomIndex: documents must be numbered 0, 1, 2… in order.')
    previousId = doc.id
    const weights = new Map<string, number>()
    let tokenCount = 0
    for (const field of ['title', 'place', 'sources', 'body'] as const) {
      for (const token of tokenize(doc[field])) {
        weights.set(token, (weights.get(token) ?? 0) + FIELD_WEIGHTS[field])
        tokenCount++
      }
    }
    lengths[position] = Math.min(tokenCount, 0xffff)
    for (const [term, weight] of weights) {
      let list = postingsByTerm.get(term)
      if (!list) postingsByTerm.set(term, (list = []))
      list.push(doc.id, weight)
    }
  }

  const terms = [...postingsByTerm.keys()].sort()
  const offsets = new Uint32Array(terms.length + 1)
  const bytes: number[] = []
  for (const [index, term] of terms.entries()) {
    offsets[index] = bytes.length
    const list = postingsByTerm.get(term) ?? []
    writeVarint(bytes, list.length / 2)
    let last = 0
    for (let at = 0; at < list.length; at += 2) {
      const id = list[at] ?? 0
      writeVarint(bytes, id - last)
      writeVarint(bytes, list[at + 1] ?? 0)
      last = id
    }
  }
  offsets[terms.length] = bytes.length

  const termBytes = new TextEncoder().encode(terms.join('\n'))
  // Sections are laid out so each typed array starts on a multiple of its element size.
  const offsetsStart = HEADER_WORDS * 4
  const lengthsStart = offsetsStart + offsets.byteLength
  const termsStart = lengthsStart + lengths.byteLength
  const postingsStart = termsStart + termBytes.byteLength
  const buffer = new ArrayBuffer(postingsStart + bytes.length)
  new Uint32Array(buffer, 0, HEADER_WORDS).set([docs.length, terms.length, termBytes.byteLength, bytes.length])
  new Uint32Array(buffer, offsetsStart, offsets.length).set(offsets)
  new Uint16Array(buffer, lengthsStart, lengths.length).set(lengths)
  new Uint8Array(buffer, termsStart, termBytes.byteLength).set(termBytes)
  new Uint8Array(buffer, postingsStart, bytes.length).set(bytes)
  return buffer
}

interface Expansion {
  term: number
  factor: number
}

/** The loaded index: views over the stored buffer plus the term list. */
export class CustomIndex {
  private readonly terms: string[]
  private readonly offsets: Uint32Array
  private readonly lengths: Uint16Array
  private readonly postings: Uint8Array
  private readonly docCount: number
  private readonly averageLength: number

  constructor(buffer: ArrayBuffer) {
    const [docCount = 0, termCount = 0, termsByteLength = 0, postingsByteLength = 0] = new Uint32Array(buffer, 0, HEADER_WORDS)
    const offsetsStart = HEADER_WORDS * 4
    const lengthsStart = offsetsStart + (termCount + 1) * 4
    const termsStart = lengthsStart + docCount * 2
    const postingsStart = termsStart + termsByteLength
    this.docCount = docCount
    this.offsets = new Uint32Array(buffer, offsetsStart, termCount + 1)
    this.lengths = new Uint16Array(buffer, lengthsStart, docCount)
    this.terms = termCount === 0 ? [] : new TextDecoder().decode(new Uint8Array(buffer, termsStart, termsByteLength)).split('\n')
    this.postings = new Uint8Array(buffer, postingsStart, postingsByteLength)
    let total = 0
    for (const length of this.lengths) total += length
    this.averageLength = docCount > 0 ? total / docCount : 1
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

  private documentFrequency(term: number): number {
    let at = this.offsets[term] ?? 0
    let value = 0
    let shift = 1
    for (;;) {
      const byte = this.postings[at++] ?? 0
      value += (byte & 0x7f) * shift
      if (byte < 0x80) return value
      shift *= 128
    }
  }

  /** The terms a query token stands for: itself, words it begins (if still being typed), or words one edit away. */
  private expand(token: string, isPrefix: boolean): Expansion[] {
    const expansions: Expansion[] = []
    const start = this.lowerBound(token)
    const exact = this.terms[start] === token
    if (exact) expansions.push({ term: start, factor: 1 })
    if (isPrefix) {
      const end = this.lowerBound(`${token}\uffff`)
      const range: number[] = []
      for (let term = exact ? start + 1 : start; term < end; term++) range.push(term)
      if (range.length > MAX_PREFIX_TERMS) {
        range.sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a))
        range.length = MAX_PREFIX_TERMS
      }
      for (const term of range) expansions.push({ term, factor: PREFIX_FACTOR })
    }
    // Typos only when nothing matched as typed: a known word is taken at its word, which keeps results precise and fast.
    if (expansions.length === 0 && token.length >= MIN_TYPO_LENGTH) {
      const first = token.charAt(0)
      const end = this.lowerBound(`${first}\uffff`)
      for (let term = this.lowerBound(first); term < end; term++) {
        if (withinOneEdit(token, this.terms[term] ?? '')) expansions.push({ term, factor: TYPO_FACTOR })
      }
    }
    return expansions
  }

  /** Ids of the best `limit` documents that match every query token (AND), best first. */
  search(query: string, limit = 20): number[] {
    const tokens = tokenize(query)
    if (tokens.length === 0) return []
    const n = this.docCount
    // Groups matched so far per document: a document stays a candidate only while it matched every earlier token.
    const matched = new Uint8Array(n)
    const scores = new Float64Array(n)
    for (const [group, token] of tokens.entries()) {
      const expansions = this.expand(token, group === tokens.length - 1)
      if (expansions.length === 0) return []
      for (const { term, factor } of expansions) {
        let at = this.offsets[term] ?? 0
        const read = (): number => {
          let value = 0
          let shift = 1
          for (;;) {
            const byte = this.postings[at++] ?? 0
            value += (byte & 0x7f) * shift
            if (byte < 0x80) return value
            shift *= 128
          }
        }
        const df = read()
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
        let doc = 0
        for (let posting = 0; posting < df; posting++) {
          doc += read()
          const weight = read()
          const state = matched[doc] ?? 0
          if (state < group) continue
          if (state === group) matched[doc] = group + 1
          const norm = 1 - BM25_B + (BM25_B * (this.lengths[doc] ?? 0)) / this.averageLength
          scores[doc] = (scores[doc] ?? 0) + (factor * idf * weight * (BM25_K1 + 1)) / (weight + BM25_K1 * norm)
        }
      }
    }
    return topDocuments(matched, scores, tokens.length, limit)
  }
}

/** The `limit` best-scoring documents that matched all `groups`, by a bounded insertion: no sort of every candidate. */
function topDocuments(matched: Uint8Array, scores: Float64Array, groups: number, limit: number): number[] {
  const best: number[] = []
  for (let doc = 0; doc < matched.length; doc++) {
    if (matched[doc] !== groups) continue
    const score = scores[doc] ?? 0
    if (best.length === limit && score <= (scores[best[limit - 1] ?? 0] ?? 0)) continue
    let at = best.length < limit ? best.length : limit - 1
    while (at > 0 && (scores[best[at - 1] ?? 0] ?? 0) < score) {
      best[at] = best[at - 1] ?? 0
      at--
    }
    best[at] = doc
  }
  return best
}

/** Damerau–Levenshtein distance ≤ 1 (one substitution, insertion, deletion or swap of neighbours), without a matrix. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  const lengthGap = a.length - b.length
  if (lengthGap > 1 || lengthGap < -1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (lengthGap === 0) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return lengthGap > 0 ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
