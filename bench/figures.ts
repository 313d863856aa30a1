/**
 * What a bench section reports: named figures with units, so the runner can
 * print any section and write it to JSON without knowing what it measured.
 */

export type Unit = 'ms' | 'pages/s' | 'bytes' | 'MB' | 'count' | 'ratio' | 'score'

export interface Figure {
  /** Human wording for the report, e.g. `compile, median of 3`. */
  label: string
  value: number
  unit: Unit
  /** Short remark printed after the value, e.g. a target met or missed. */
  note?: string
}

/** Keyed by a stable machine name (`20k.compileMs`), which is what results.json keeps. */
export type Figures = Record<string, Figure>

export interface BenchSection {
  /** Key in results.json and heading in the report. */
  name: string
  description: string
  run: () => Figures | Promise<Figures>
}

/** `1000` → `1k`, `20000` → `20k`, `1500` → `1500`: short keys for sizes. */
export function sizeKey(size: number): string {
  return size % 1000 === 0 ? `${size / 1000}k` : String(size)
}

/** The note after a figure with a target: `target ≤ 80 MiB met` or `… MISSED`. */
export function targetNote(met: boolean, target: string): string {
  return `${target} ${met ? 'met' : 'MISSED'}`
}
