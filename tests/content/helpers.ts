/** Shared fixtures for the content-pipeline tests: the seed page and ways to vary it. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Diagnostic, TaxonomyNode } from '@/content/types'

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const SEED_PATH = fileURLToPath(new URL('../../content/pages/2017-07-06-mongolia-verlt.txt', import.meta.url))
export const SEED_FILE = 'content/pages/2017-07-06-mongolia-verlt.txt'

export const SEED_TITLE =
  'OSCE organizes first seminar on community-policing approaches to countering violent extremism and radicalization that lead to terrorism in Mongolia'
export const SEED_ID = '2017-07-06-osce-organizes-first-seminar-on-community-policing-approaches-to-countering-c184613d'
export const SEED_DATELINE = 'ULAANBAATAR, 6 July 2017 - '

/** 1-based line numbers of the seed's release part. */
export const SEED_LINES = {
  lastMenu: 151,
  type: 152,
  title: 153,
  date: 154,
  place: 155,
  placeValue: 156,
  source: 157,
  sourceValue: 158,
  fields: 159,
  fieldsValue: 160,
  firstParagraph: 161,
} as const

export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8')
}

/** Replaces exactly one occurrence of `from`, and fails loudly when the seed no longer has it. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from)
  if (at < 0) throw new Error(`fixture text not found: ${JSON.stringify(from)}`)
  if (text.indexOf(from, at + from.length) >= 0) throw new Error(`fixture text found twice: ${JSON.stringify(from)}`)
  return text.slice(0, at) + to + text.slice(at + from.length)
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]

/** `2024-03-12` → `12 March 2024`. */
export function writtenDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${day} ${MONTH_NAMES[(month ?? 1) - 1]} ${year}`
}

/** The seed with another title and another dateline date (the seed's `- Date:` is empty). */
export function seedVariant(seed: string, options: { title?: string; date?: string }): string {
  let text = seed
  if (options.title !== undefined) text = replaceOnce(text, `\n${SEED_TITLE}\n`, `\n${options.title}\n`)
  if (options.date !== undefined) text = replaceOnce(text, SEED_DATELINE, `ULAANBAATAR, ${writtenDate(options.date)} - `)
  return text
}

export function errorsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
}

export function warningsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.severity === 'warning')
}

export function nodeById(nodes: readonly TaxonomyNode[], id: string): TaxonomyNode {
  const node = nodes.find((candidate) => candidate.id === id)
  if (!node) throw new Error(`no taxonomy node "${id}"`)
  return node
}

export function childrenOf(nodes: readonly TaxonomyNode[], parent: string | null): TaxonomyNode[] {
  return nodes.filter((node) => node.parent === parent).sort((a, b) => a.order - b.order)
}

/** Checks every structural invariant of a taxonomy; returns the problems found, [] when sound. */
export function taxonomyProblems(list: readonly TaxonomyNode[]): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  for (const node of list) {
    if (ids.has(node.id)) problems.push(`duplicate id ${node.id}`)
    ids.add(node.id)
  }
  for (const node of list) {
    if (node.parent !== null && !ids.has(node.parent)) problems.push(`${node.id}: missing parent ${node.parent}`)
  }
  const byParent = new Map<string | null, number[]>()
  for (const node of list) byParent.set(node.parent, [...(byParent.get(node.parent) ?? []), node.order])
  for (const [parent, orders] of byParent) {
    const sorted = [...orders].sort((a, b) => a - b)
    if (!sorted.every((order, index) => order === index)) problems.push(`${parent}: sibling orders ${sorted.join(',')}`)
  }
  return problems
}
