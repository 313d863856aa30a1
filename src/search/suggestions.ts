/**
 * Menu entries suggested while the reader types in the header search box:
 * countries, structures and fields whose names contain words starting with
 * every word typed (`mold` → Moldova, Mission to Moldova; `miss mold` → Mission
 * to Moldova). Names are compared folded (no case, no diacritics), so `Turk`
 * finds Türkiye and a Russian name shown in the interface matches Cyrillic typing.
 */
import { fold } from '../content/text'

export type LabelKind = 'country' | 'structure' | 'field'

export interface LabelCandidate {
  id: string
  kind: LabelKind
  /** The name shown first, then other names it may be typed as (the English label, aliases). */
  names: readonly string[]
}

export interface LabelMatch {
  id: string
  kind: LabelKind
  /** The name shown: the candidate's first name. */
  name: string
}

const WORD = /[\p{L}\p{N}]+/gu
/** Countries first: they are what people type most, then structures, then fields. */
const KIND_ORDER: Readonly<Record<LabelKind, number>> = { country: 0, structure: 1, field: 2 }

function words(text: string): string[] {
  return fold(text).match(WORD) ?? []
}

/** 0: the name starts with the text; 1: its first word starts with the first word typed; 2: other words match; null: no match. */
function closeness(typed: readonly string[], joined: string, name: string): number | null {
  const nameWords = words(name)
  const used = new Set<number>()
  for (const word of typed) {
    const at = nameWords.findIndex((candidate, index) => !used.has(index) && candidate.startsWith(word))
    if (at < 0) return null
    used.add(at)
  }
  if (nameWords.join(' ').startsWith(joined)) return 0
  return nameWords[0]?.startsWith(typed[0] ?? '') ? 1 : 2
}

/** Up to `limit` candidates matching `text`, closest first, then countries, structures, fields, then the shorter name. */
export function matchLabels(candidates: readonly LabelCandidate[], text: string, limit: number): LabelMatch[] {
  const typed = words(text)
  if (typed.length === 0 || limit <= 0) return []
  const joined = typed.join(' ')
  const found: (LabelMatch & { rank: number })[] = []
  for (const candidate of candidates) {
    const ranks = candidate.names.map((name) => closeness(typed, joined, name)).filter((rank): rank is number => rank !== null)
    if (ranks.length === 0) continue
    found.push({ id: candidate.id, kind: candidate.kind, name: candidate.names[0] ?? '', rank: Math.min(...ranks) })
  }
  return found
    .sort((a, b) => a.rank - b.rank || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit)
    .map(({ id, kind, name }) => ({ id, kind, name }))
}
