// Apart from src/router/searchQuery.ts: the header's search box uses that on the first route,
// and this would bring the search text tools (src/search/text.ts) along.
import { boundedEditDistance, termOf } from './text'

/** Words further apart than this from a suggestion are not the word it corrects. */
const SUGGESTION_REACH = 3

/**
 * The query with the word a suggestion corrects replaced by it: `ulanbatar seminar`
 * with `ulaanbaatar` → `ulaanbaatar seminar`. Suggestions are index terms for words
 * that matched nothing, so the closest word is the one it stands for.
 */
export function suggestedText(q: string, suggestion: string): string {
  const words = q.split(' ').filter(Boolean)
  let best = -1
  let bestDistance = SUGGESTION_REACH + 1
  words.forEach((word, index) => {
    const distance = boundedEditDistance(termOf(word), suggestion, SUGGESTION_REACH)
    if (distance < bestDistance) {
      best = index
      bestDistance = distance
    }
  })
  if (best < 0) return suggestion
  return words.map((word, index) => (index === best ? suggestion : word)).join(' ')
}
