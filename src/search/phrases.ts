/**
 * Phrase matching over the stored word positions (index-format.ts, Section
 * positions): which documents hold the words of a phrase next to each other,
 * in order. Positions are stored per posting as varints of (gap << 1 | more):
 * the low bit says whether another position follows.
 */
import { readVarint } from './index-format'

/**
 * Documents (1 per document) where the phrase's words, given by where their
 * postings and positions start, stand at p, p + 1, … The postings of every word
 * are walked together in document order, so each stored position is read at
 * most once: matched where all words meet (stopping at the first match),
 * skipped elsewhere.
 */
export function phraseDocuments(
  documentCount: number,
  postings: Uint8Array,
  positions: Uint8Array,
  words: readonly { postingsAt: number; positionsAt: number }[],
): Uint8Array {
  const found = new Uint8Array(documentCount)
  const walks = words.map((word) => new PostingWalk(postings, word.postingsAt, word.positionsAt))
  const matcher = new PhraseMatcher(words.length)
  const starts: number[] = []
  for (;;) {
    let target = 0
    for (const walk of walks) if (walk.doc > target) target = walk.doc
    if (target === PostingWalk.DONE) return found
    let together = true
    for (const walk of walks) {
      while (walk.doc < target) walk.next(postings, positions)
      if (walk.doc !== target) together = false
    }
    if (!together) continue
    for (const [word, walk] of walks.entries()) starts[word] = walk.positionsAt
    if (matcher.matches(positions, starts)) found[target] = 1
    for (const walk of walks) walk.next(postings, positions)
  }
}

/** A cursor over one term's postings and, in step, its positions blocks. */
class PostingWalk {
  static readonly DONE = 0x7fffffff
  /** The current document, DONE past the last posting. */
  doc = 0
  /** Where the current document's positions start. */
  positionsAt: number
  private readonly cursor: { at: number }
  private left: number

  constructor(postings: Uint8Array, postingsAt: number, positionsAt: number) {
    this.cursor = { at: postingsAt }
    this.left = readVarint(postings, this.cursor)
    this.positionsAt = positionsAt
    this.advance(postings)
  }

  /** Moves to the next posting, past the current document's positions. */
  next(postings: Uint8Array, positions: Uint8Array): void {
    this.positionsAt = skipPositions(positions, this.positionsAt)
    this.advance(postings)
  }

  private advance(postings: Uint8Array): void {
    if (this.left === 0) {
      this.doc = PostingWalk.DONE
      return
    }
    this.left--
    this.doc += readVarint(postings, this.cursor)
    readVarint(postings, this.cursor)
  }
}

/** The offset after a positions block: varints end on a byte below 0x80, and the block on a varint whose low bit is 0. */
function skipPositions(bytes: Uint8Array, start: number): number {
  let at = start
  for (;;) {
    const more = (bytes[at] ?? 0) & 1
    while (((bytes[at++] ?? 0) & 0x80) !== 0);
    if (more === 0) return at
  }
}

/**
 * Reads one document's positions of each phrase word, lazily, to find where
 * they line up (word i at p + i). Positions are stored per posting as varints of
 * (gap << 1 | more): the low bit says whether another position follows. Reading
 * stops at the first match, so a phrase over common words seldom decodes a
 * whole document.
 */
class PhraseMatcher {
  private readonly at: Int32Array
  private readonly position: Float64Array
  private readonly more: Uint8Array

  constructor(private readonly words: number) {
    this.at = new Int32Array(words)
    this.position = new Float64Array(words)
    this.more = new Uint8Array(words)
  }

  /** Whether the blocks starting at `starts` (one per word, in phrase order) hold the words next to each other. */
  matches(bytes: Uint8Array, starts: readonly number[]): boolean {
    for (let word = 0; word < this.words; word++) {
      this.at[word] = starts[word] ?? 0
      this.position[word] = 0
      this.more[word] = 1
      this.step(bytes, word)
    }
    // The phrase start each word's current position stands for: position − word number.
    let target = 0
    for (let word = 0; word < this.words; word++) target = Math.max(target, (this.position[word] ?? 0) - word)
    for (;;) {
      let aligned = true
      for (let word = 0; word < this.words; word++) {
        while ((this.position[word] ?? 0) - word < target) {
          if (this.more[word] === 0) return false
          this.step(bytes, word)
        }
        const start = (this.position[word] ?? 0) - word
        if (start > target) {
          target = start
          aligned = false
        }
      }
      if (aligned) return true
    }
  }

  /** Reads the next position of a word. */
  private step(bytes: Uint8Array, word: number): void {
    let at = this.at[word] ?? 0
    let value = 0
    let shift = 1
    for (;;) {
      const byte = bytes[at++] ?? 0
      value += (byte & 0x7f) * shift
      if (byte < 0x80) break
      shift *= 128
    }
    this.at[word] = at
    this.position[word] = (this.position[word] ?? 0) + Math.floor(value / 2)
    this.more[word] = value % 2
  }
}
