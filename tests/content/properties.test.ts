// @vitest-environment node
/**
 * Property-based tests (fast-check): whatever the input — random text, a mutated
 * seed page, a random set of pages — the compiler gives diagnostics or a pack,
 * never a throw, and every result keeps the invariants in ./invariants.
 * Replay a failure with the seed and path fast-check prints:
 *   PROPERTY_SEED=<seed> npx vitest run tests/content/properties.test.ts
 */
import fc from 'fast-check'
import { compileContent, type PageText } from '@/content/compile'
import { formatDiagnostic, hasErrors } from '@/content/diagnostics'
import { compileSkippingInvalid } from '@/content/skip-invalid'
import { readSeed, SEED_TITLE } from './helpers'
import { packProblems, violations } from './invariants'

const seed = readSeed()
const seedLines = seed.split('\n')
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150)
const SETTINGS: fc.Parameters<unknown> = { numRuns: RUNS, seed: Number(process.env.PROPERTY_SEED ?? 20250706) }
const TIMEOUT = Math.max(60_000, RUNS * 400)

/** Lines that steer the parser into its branches: menus, labels, values, datelines. */
const STRUCTURAL_LINES = [
  '', '-', '–', 'Press release', 'News', 'Weekly report', '- Date:', '- Date: 6 July 2017', '- 31 February 2017', '- 12 July', '- Place:',
  '- Source:', '- Sources:', '- Where we are:', '- Fields of work:', '- What we do:', '- Basket weaving', '- Czechia', '- Миссия', '- ★',
  'Participating States', 'Fields of work', 'Meetings and conferences', 'Secretariat', 'Field operations', 'Our work',
  'VIENNA/WARSAW, 1 March 2020 – Text', 'OSH, Kyrgyzstan, 14 March 2006- Text', '- Vienna: a city', '- About us',
  `- Finland${' '.repeat(200)}– OSCE Chairpersonship 2025`, '\u001b[2J', '\ufeff', '- OSCE Mission to Moldova, OSCE Office in Baku (closed)',
]

/** Any text: every code point, surrogates and controls included. */
const anyText = fc.string({ unit: 'binary', maxLength: 400 })
/** A line: mostly structural, sometimes any text. */
const line = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...STRUCTURAL_LINES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) })
const lineBreak = fc.constantFrom('\n', '\r\n', '\r')
/** A page made of such lines. */
const linesPage = fc.tuple(fc.array(line, { maxLength: 40 }), lineBreak).map(([lines, eol]) => lines.join(eol))

/** An edit to the seed page, applied at a relative position so it fits any length. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), count: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), text: line }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), text: line }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), text: anyText }),
)
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never

function applyEdits(edits: readonly Edit[]): string {
  const lines = [...seedLines]
  for (const change of edits) {
    const at = Math.floor(change.at * lines.length)
    if (change.kind === 'delete') lines.splice(at, change.count)
    else if (change.kind === 'insert') lines.splice(at, 0, change.text)
    else if (change.kind === 'replace') lines[at] = change.text
    else {
      const target = lines[at] ?? ''
      const cut = Math.floor(change.at * target.length)
      lines[at] = target.slice(0, cut) + change.text + target.slice(cut)
    }
  }
  return lines.join('\n')
}
const mutatedSeed = fc.array(edit, { minLength: 1, maxLength: 6 }).map(applyEdits)

/** Any page: random text, lines, or a mutated seed; file names as a maintainer might save them. */
const page = fc.oneof(anyText, linesPage, mutatedSeed, fc.constant(seed))
const fileName = fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,12}\.(txt|TXT)$/), fc.constantFrom('seed.txt', 'a.txt', 'ü.txt', 'e\u0301.txt'))
const pageSet = fc.uniqueArray(fc.record({ file: fileName, text: page }), { minLength: 1, maxLength: 5, selector: (item) => item.file })

/** Compiles, and returns what is wrong with the result; a throw is a failure of the property. */
function problemsOf(pages: readonly PageText[]): string[] {
  const content = compileContent(pages)
  const problems = violations(pages, content)
  if (hasErrors(content.diagnostics)) {
    // Diagnostics, then: each one printable on one line.
    for (const item of content.diagnostics) if (formatDiagnostic(item).includes('\n')) problems.push(`diagnostic spans lines: ${item.code}`)
  } else {
    problems.push(...packProblems(content))
  }
  return problems
}

describe('compileContent on any input (fast-check)', () => {
  it('random text as a page: diagnostics or a pack, never a throw', () => {
    fc.assert(fc.property(anyText, (text) => {
        expect(problemsOf([{ file: 'pages/random.txt', text }])).toEqual([])
      }), SETTINGS)
  }, TIMEOUT)

  it('pages of parser-steering lines and random lines', () => {
    fc.assert(fc.property(linesPage, (text) => {
        expect(problemsOf([{ file: 'pages/lines.txt', text }])).toEqual([])
      }), SETTINGS)
  }, TIMEOUT)

  it('the seed page with random edits, beside the untouched seed: the seed release always survives', () => {
    fc.assert(
      fc.property(mutatedSeed, (text) => {
        const pages = [{ file: 'pages/a-seed.txt', text: seed }, { file: 'pages/b-mutant.txt', text }]
        expect(problemsOf(pages)).toEqual([])
        expect(compileContent(pages).releases.some((release) => release.title === SEED_TITLE)).toBe(true)
      }),
      SETTINGS,
    )
  }, TIMEOUT)

  it('random sets of pages; --skip-invalid always leaves error-free content, having skipped only pages with errors', () => {
    fc.assert(
      fc.property(pageSet, (pages) => {
        expect(problemsOf(pages)).toEqual([])
        const skipping = compileSkippingInvalid(pages)
        if (skipping.unskippable.length === 0) expect(skipping.content.diagnostics.filter((item) => item.severity === 'error')).toEqual([])
        for (const file of skipping.skipped) expect(skipping.diagnostics.some((item) => item.file === file && item.severity === 'error')).toBe(true)
        expect(violations(pages.filter((item) => !skipping.skipped.includes(item.file)), skipping.content)).toEqual([])
      }),
      { ...SETTINGS, numRuns: Math.ceil(RUNS / 2) },
    )
  }, TIMEOUT)
})
