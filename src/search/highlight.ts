/**
 * Marking matches in result titles and snippets. The UI passes the response's
 * `matchedTerms` (index terms, already folded and spelling-normalised), and the
 * words of the text are turned into terms the same way (text.ts), so `Türkiye`
 * is marked for `turkiye` and `radicalisation` for `radicalization`.
 *
 * A word matches when its term equals a matched term, or starts with a matched
 * term of at least MIN_PREFIX_HIGHLIGHT letters (`journalist` marks
 * `journalists`; the response only lists the 64 most frequent prefix
 * expansions, and this still marks the rest). Shorter terms must match whole:
 * `the` must not mark `these`. A hyphenated compound is marked whole when its
 * joined form matched (`cooperation` marks `co-operation`).
 */
import { compoundSpans, wordSpans, type WordSpan } from './text'

export interface TextSegment {
  text: string
  match: boolean
}

const MIN_PREFIX_HIGHLIGHT = 4
const DEFAULT_SNIPPET_LENGTH = 200
/** How far before the first match a snippet starts, so the match is read in context. */
const LEAD_IN = 40
const ELLIPSIS = '…'

function matcher(matchedTerms: readonly string[]): (term: string) => boolean {
  const exact = new Set(matchedTerms)
  const prefixes = matchedTerms.filter((term) => term.length >= MIN_PREFIX_HIGHLIGHT)
  return (term) => exact.has(term) || prefixes.some((prefix) => term.startsWith(prefix))
}

/** The [start, end) character ranges of matched words in `text`, in order and without overlap. */
function matchRanges(text: string, matchedTerms: readonly string[]): WordSpan[] {
  if (matchedTerms.length === 0 || text === '') return []
  const isMatch = matcher(matchedTerms)
  // Compounds match whole only: by prefix, `policepublic` would mark for `police`, hiding which part matched.
  const exact = new Set(matchedTerms)
  const compounds = compoundSpans(text).filter((span) => exact.has(span.term))
  const ranges: WordSpan[] = []
  let compoundAt = 0
  for (const word of wordSpans(text)) {
    const compound = compounds[compoundAt]
    if (compound && word.start >= compound.start) {
      if (word.start === compound.start) ranges.push(compound)
      if (word.end >= compound.end) compoundAt++
      continue
    }
    if (isMatch(word.term)) ranges.push(word)
  }
  return ranges
}

/** Splits text into matched / unmatched runs; joined, the runs give back `text` exactly. */
export function highlightSegments(text: string, matchedTerms: readonly string[]): TextSegment[] {
  const segments: TextSegment[] = []
  let at = 0
  for (const range of matchRanges(text, matchedTerms)) {
    if (range.start > at) segments.push({ text: text.slice(at, range.start), match: false })
    segments.push({ text: text.slice(range.start, range.end), match: true })
    at = range.end
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false })
  return segments
}

/** Where a snippet may start: the start of the word at or after `offset`. */
function wordStartAtOrAfter(text: string, offset: number): number {
  if (offset <= 0) return 0
  if (/\s/.test(text.charAt(offset - 1))) return offset
  const space = text.slice(offset).search(/\s/)
  return space < 0 ? text.length : offset + space + 1
}

/** `text` from `start`, cut to at most `maxLength` characters at a word boundary, with … where it was cut. */
function window(text: string, start: number, maxLength: number): string {
  const lead = start > 0 ? ELLIPSIS : ''
  const rest = text.slice(start).trimEnd()
  if (lead.length + rest.length <= maxLength) return lead + rest
  const budget = maxLength - lead.length - ELLIPSIS.length
  let cut = rest.slice(0, budget + 1).search(/\s\S*$/)
  // A single word longer than the window: cut inside it rather than return nothing.
  if (cut <= 0) cut = budget
  return `${lead}${rest.slice(0, cut).replace(/[\s,;:–-]+$/, '')}${ELLIPSIS}`
}

/**
 * The best window (≤ maxLength characters, cut at word boundaries, with … where
 * cut) of the paragraphs around the densest matches; the first paragraph's start
 * when nothing matches. Paragraphs are read as one text joined by spaces, so a
 * window may run from the end of one into the next. "Densest" means the most
 * distinct matched terms, then the most matched words, in one window; the
 * earliest such window wins.
 */
export function bestSnippet(paragraphs: readonly string[], matchedTerms: readonly string[], maxLength = DEFAULT_SNIPPET_LENGTH): string {
  const text = paragraphs
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .join(' ')
  if (text === '' || maxLength <= 0) return ''
  const ranges = matchRanges(text, matchedTerms)
  const firstParagraph = paragraphs.find((paragraph) => paragraph.trim() !== '')?.trim() ?? ''
  if (ranges.length === 0) return window(firstParagraph, 0, maxLength)

  // Two pointers: for each first match, the matches that end within one window from it.
  const span = Math.max(1, maxLength - 2 * ELLIPSIS.length)
  let best = { first: 0, distinct: 0, count: 0 }
  let last = 0
  const termCounts = new Map<string, number>()
  for (let first = 0; first < ranges.length; first++) {
    const start = ranges[first]?.start ?? 0
    while (last < ranges.length && (ranges[last]?.end ?? 0) - start <= span) {
      const term = ranges[last]?.term ?? ''
      termCounts.set(term, (termCounts.get(term) ?? 0) + 1)
      last++
    }
    const count = last - first
    if (termCounts.size > best.distinct || (termCounts.size === best.distinct && count > best.count)) {
      best = { first, distinct: termCounts.size, count }
    }
    const leaving = ranges[first]?.term ?? ''
    const left = (termCounts.get(leaving) ?? 1) - 1
    if (left === 0) termCounts.delete(leaving)
    else termCounts.set(leaving, left)
  }

  const firstMatch = ranges[best.first]
  const lastMatch = ranges[best.first + Math.max(0, best.count - 1)]
  const matchStart = firstMatch?.start ?? 0
  const matchEnd = lastMatch?.end ?? matchStart
  // Lead in before the first match, less when the matches need the room, and not so far that a short text's end is left unused.
  const room = Math.max(0, span - (matchEnd - matchStart))
  let start = Math.max(0, matchStart - Math.min(LEAD_IN, room))
  const tail = text.length - start
  if (tail < span) start = Math.max(0, Math.min(start, text.length - span))
  start = Math.min(wordStartAtOrAfter(text, start), matchStart)
  return window(text, start, maxLength)
}
