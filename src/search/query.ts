/**
 * The search syntax, read into a plan the engine can run:
 *   words          every word must appear (in any form the engine tries: see engine.ts)
 *   "two words"    a phrase: the words next to each other, in this order, as typed
 *   -word          leave out releases with the word (or its plural or singular)
 *   -"two words"   leave out releases with the phrase
 * A quote left open closes at the end of the query; while its last word is
 * still being typed, that word counts as a start and the phrase is checked
 * without it (`"digital evid` → `"digital"` and `evid…`). A hyphen inside
 * a word (`co-operation`) is part of the word, not an exclusion.
 */
import { endsInWord, textTerms } from './text'

/** Words beyond this are ignored: coverage is counted in a Uint8Array and long pasted text should not stall the worker. */
export const MAX_QUERY_WORDS = 16

export interface QueryWord {
  /** The word's term (folded, with the index's spelling); a compound's parts joined (`cooperation`). */
  term: string
  /** A hyphenated compound's parts (`co`, `operation`), tried one by one when the joined form matches nothing; else empty. */
  parts: string[]
  /** A phrase word matches only as typed: no plural, prefix or typo forms. */
  exact: boolean
  /** The last word while the reader is still typing it: its completions count too. */
  typing: boolean
}

export interface ParsedQuery {
  /** Words every result must hold (the OR fallback aside), without repeats, in query order. */
  words: QueryWord[]
  /** Phrases of two words or more, as term lists. */
  phrases: string[][]
  /** Words (one term) and phrases (several) that no result may hold. */
  excluded: string[][]
}

/** An optional minus, then a quoted phrase (the closing quote optional) or a run of anything but space and quotes. */
const PIECE = /(-?)(?:"([^"]*)("?)|([^\s"]+))/gu

export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { words: [], phrases: [], excluded: [] }
  const byTerm = new Map<string, QueryWord>()
  const addWord = (word: QueryWord): void => {
    const known = byTerm.get(word.term)
    if (known) {
      // The loosest reading wins: a word typed both in and out of a phrase also matches its other forms.
      known.exact &&= word.exact
      known.typing ||= word.typing
    } else if (byTerm.size < MAX_QUERY_WORDS) {
      byTerm.set(word.term, word)
      parsed.words.push(word)
    }
  }
  const pieces = [...query.matchAll(PIECE)]
  for (const [index, piece] of pieces.entries()) {
    const [, minus, quoted, closed, bare] = piece
    const terms = textTerms(quoted ?? bare ?? '')
    if (terms.length === 0) continue
    const typing = index === pieces.length - 1 && endsInWord(query)
    if (minus === '-') {
      parsed.excluded.push(terms)
    } else if (quoted !== undefined) {
      // A phrase still being typed (`"digital evid`): its last word is a start until the quote closes or a space follows.
      const typedLast = typing && closed === '' ? terms.pop() : undefined
      if (terms.length > 1) parsed.phrases.push(terms)
      for (const term of terms) addWord({ term, parts: [], exact: true, typing: false })
      if (typedLast !== undefined) addWord({ term: typedLast, parts: [], exact: false, typing: true })
    } else {
      addWord({ term: terms.join(''), parts: terms.length > 1 ? terms : [], exact: false, typing })
    }
  }
  return parsed
}
