/**
 * The sorted term list of an index and the lookups the engine makes in it:
 * exact, by prefix, and by edit distance. The terms are sorted by code unit,
 * so a prefix is one contiguous range and the typo scan can share work between
 * neighbours, as a walk over a trie would.
 */

/** Above every code unit a term can hold: `prefix + END` bounds the range of terms starting with `prefix`. */
const END = '\uffff'

export class TermDictionary {
  constructor(readonly terms: readonly string[]) {}

  get size(): number {
    return this.terms.length
  }

  term(index: number): string {
    return this.terms[index] ?? ''
  }

  /** First term index whose term is ≥ `key`. */
  lowerBound(key: string): number {
    let low = 0
    let high = this.terms.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.term(middle) < key) low = middle + 1
      else high = middle
    }
    return low
  }

  /** The term's index, or -1 when the index does not hold it. */
  find(term: string): number {
    const at = this.lowerBound(term)
    return this.terms[at] === term ? at : -1
  }

  /** The indexes [start, end) of the terms starting with `prefix`. */
  prefixRange(prefix: string): [start: number, end: number] {
    return [this.lowerBound(prefix), this.lowerBound(prefix + END)]
  }

  /**
   * Calls `visit` for every term within `maxEdits` of `word` (optimal string
   * alignment: a substitution, insertion, deletion or swap of two neighbours is
   * one edit; the first letter is not special), except that a letter typed once
   * where the term doubles it, or twice where the term has it once, costs half an
   * edit: transliterated names differ in exactly that (`Ulan Bator` is 3 edits
   * but one and a half such slips from `Ulaanbaatar`). Distances are counted in
   * half edits and reported rounded up. With `asPrefix`, a term counts by its
   * closest start instead (`kyrgys` is one edit from the start of `kyrgyzstan`).
   *
   * One row of the edit-distance table per letter of the term, kept per depth:
   * a term reuses the rows of the start it shares with the term before it, and
   * once a row exceeds `maxEdits` everywhere, every term with that start is
   * skipped at once.
   */
  forEachWithin(word: string, maxEdits: number, asPrefix: boolean, visit: (term: number, distance: number) => void): void {
    const limit = maxEdits * EDIT
    const width = word.length + 1
    const first = new Int32Array(width)
    for (let column = 1; column < width; column++) first[column] = (first[column - 1] ?? 0) + letterCost(word, column - 1)
    const rows: Int32Array[] = [first]
    /** Least value in the last column up to each depth: the closest start of the term, for `asPrefix`. */
    const bestStart: number[] = [first[width - 1] ?? 0]
    const report = (term: number, cost: number): void => visit(term, Math.ceil(cost / EDIT))
    let computedFor = ''
    let index = 0
    while (index < this.terms.length) {
      const term = this.term(index)
      let shared = 0
      const common = Math.min(term.length, computedFor.length)
      while (shared < common && term.charCodeAt(shared) === computedFor.charCodeAt(shared)) shared++
      const deadAt = fillRows(rows, bestStart, word, term, shared, limit)
      if (deadAt > 0) {
        computedFor = term.slice(0, deadAt)
        const end = this.lowerBound(computedFor + END)
        // Out of reach from here on, but a start within reach still makes every term of the range a prefix match.
        const startCost = bestStart[deadAt - 1] ?? limit + 1
        if (asPrefix && startCost <= limit) for (let skipped = index; skipped < end; skipped++) report(skipped, startCost)
        index = end
        continue
      }
      computedFor = term
      const cost = asPrefix ? (bestStart[term.length] ?? limit + 1) : (rows[term.length]?.[word.length] ?? limit + 1)
      if (cost <= limit) report(index, cost)
      index++
    }
  }
}

/** Costs in half edits. */
const EDIT = 2
const DOUBLED_LETTER = 1

/** Adding or dropping letter `at` of `text`: half an edit when it repeats the letter before it. */
function letterCost(text: string, at: number): number {
  return at > 0 && text.charCodeAt(at) === text.charCodeAt(at - 1) ? DOUBLED_LETTER : EDIT
}

/** Fills rows shared+1 … term.length; returns the depth at which every value exceeds `limit`, or 0. */
function fillRows(rows: Int32Array[], bestStart: number[], word: string, term: string, shared: number, limit: number): number {
  const width = word.length + 1
  for (let depth = shared + 1; depth <= term.length; depth++) {
    const row = (rows[depth] ??= new Int32Array(width))
    const above = rows[depth - 1] ?? row
    const twoAbove = depth >= 2 ? rows[depth - 2] : undefined
    const letter = term.charCodeAt(depth - 1)
    const letterBefore = term.charCodeAt(depth - 2)
    const extraLetter = letterCost(term, depth - 1)
    row[0] = (above[0] ?? 0) + extraLetter
    let least = row[0] ?? 0
    for (let column = 1; column < width; column++) {
      const typed = word.charCodeAt(column - 1)
      let value = Math.min(
        (above[column] ?? 0) + extraLetter,
        (row[column - 1] ?? 0) + letterCost(word, column - 1),
        (above[column - 1] ?? 0) + (typed === letter ? 0 : EDIT),
      )
      if (twoAbove && column >= 2 && typed === letterBefore && word.charCodeAt(column - 2) === letter) {
        value = Math.min(value, (twoAbove[column - 2] ?? 0) + EDIT)
      }
      row[column] = value
      if (value < least) least = value
    }
    bestStart[depth] = Math.min(bestStart[depth - 1] ?? limit + 1, row[width - 1] ?? limit + 1)
    // No longer term with this start can come back within reach: a row's least value never falls by more than a swap regains.
    if (least > limit) return depth
  }
  return 0
}
