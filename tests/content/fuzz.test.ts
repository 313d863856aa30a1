// @vitest-environment node
import { createHash } from 'node:crypto'
import { compileContent, type CompiledContent, type PageText } from '@/content/compile'
import { parseDate } from '@/content/dates'
import { buildPack } from '@/content/pack'
import { readSeed, taxonomyProblems } from './helpers'

const seed = readSeed()
const seedLines = seed.split('\n')
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** mulberry32: a small seeded PRNG, so every failing case can be replayed. */
function prng(seedValue: number): () => number {
  let state = seedValue >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = () => number
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const int = (random: Random, max: number) => Math.floor(random() * max)

/** Lines that steer the parser into its other branches. */
const STRUCTURAL = [
  '', '-', '–', 'Press release', 'News', '- Date:', '- Date: 6 July 2017', '- 31 February 2017', '- Place:', '- Source:',
  '- Fields of work:', '- Basket weaving', '- Czechia', 'Participating States', 'Meetings and conferences', 'Secretariat',
  'VIENNA/WARSAW, 1 March 2020 – Text', '- Vienna: a city', '- About us', '- Gender equality conferences', 'Fields of work',
]

function garbage(random: Random): string {
  const length = 1 + int(random, 6)
  let text = ''
  for (let index = 0; index < length; index++) {
    const kind = int(random, 7)
    if (kind === 0) text += String.fromCharCode(int(random, 0x20)) // C0 controls, tab and newlines included
    else if (kind === 1) text += String.fromCharCode(0x7f + int(random, 0x21)) // DEL and C1 controls
    else if (kind === 2) text += String.fromCharCode(0xd800 + int(random, 0x800)) // lone surrogates
    else if (kind === 3) text += pick(random, ['\ufffd', '\ufeff', '\u200b', '\u202e', '\u2028', '\u0301', '’', '–', '“'])
    else if (kind === 4) text += String.fromCodePoint(0x10000 + int(random, 0xfffff))
    else if (kind === 5) text += String.fromCharCode(0x20 + int(random, 0xffdf - 0x20))
    else text += pick(random, [',', ':', '/', '-', ' ', '  ', 'Ü', 'ß', 'İ', 'ı'])
  }
  return text
}

interface Mutant {
  text: string
  log: string[]
}

function mutate(random: Random): Mutant {
  const lines = [...seedLines]
  const log: string[] = []
  const count = 1 + int(random, 5)
  for (let step = 0; step < count && lines.length > 0; step++) {
    const at = int(random, lines.length)
    switch (int(random, 8)) {
      case 0: {
        const length = 1 + int(random, random() < 0.2 ? 60 : 3)
        lines.splice(at, length)
        log.push(`delete ${length} at ${at}`)
        break
      }
      case 1:
        lines.splice(at, 0, lines[at] ?? '')
        log.push(`duplicate ${at}`)
        break
      case 2: {
        const line = lines[at] ?? ''
        const cut = int(random, line.length + 1)
        lines[at] = line.slice(0, cut)
        log.push(`truncate ${at} at ${cut}`)
        break
      }
      case 3: {
        const length = 2 + int(random, 12)
        const part = lines.slice(at, at + length)
        for (let index = part.length - 1; index > 0; index--) {
          const other = int(random, index + 1)
          ;[part[index], part[other]] = [part[other] as string, part[index] as string]
        }
        lines.splice(at, part.length, ...part)
        log.push(`shuffle ${part.length} at ${at}`)
        break
      }
      case 4: {
        const line = lines[at] ?? ''
        const position = int(random, line.length + 1)
        const inserted = garbage(random)
        lines[at] = line.slice(0, position) + inserted + line.slice(position)
        log.push(`garbage ${JSON.stringify(inserted)} into ${at}:${position}`)
        break
      }
      case 5: {
        const line = pick(random, STRUCTURAL)
        lines.splice(at, 0, line)
        log.push(`insert ${JSON.stringify(line)} at ${at}`)
        break
      }
      case 6: {
        const line = pick(random, STRUCTURAL)
        lines[at] = line
        log.push(`replace ${at} with ${JSON.stringify(line)}`)
        break
      }
      default: {
        const other = int(random, lines.length)
        ;[lines[at], lines[other]] = [lines[other] as string, lines[at] as string]
        log.push(`swap ${at} ${other}`)
      }
    }
  }
  const crlf = random() < 0.25
  const bom = random() < 0.2
  if (crlf) log.push('crlf')
  if (bom) log.push('bom')
  const text = (bom ? '\uFEFF' : '') + lines.join(crlf ? '\r\n' : '\n')
  return { text, log }
}

/** Lines as an editor counts them (the BOM is not a line). */
function lineCount(text: string): number {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length
}

/** Every invariant a compile must keep, whatever the input; returns the violations. */
function violations(pages: readonly PageText[], content: CompiledContent): string[] {
  const problems: string[] = []
  const counts = new Map(pages.map((page) => [page.file, lineCount(page.text)]))
  for (const diagnostic of content.diagnostics) {
    const lines = counts.get(diagnostic.file)
    const where = `${diagnostic.file}:${diagnostic.line} ${diagnostic.message}`
    if (lines === undefined) problems.push(`diagnostic names unknown file: ${where}`)
    if (!Number.isInteger(diagnostic.line) || diagnostic.line < 0 || diagnostic.line > (lines ?? 0)) problems.push(`line out of 0..${lines}: ${where}`)
    if (diagnostic.severity !== 'error' && diagnostic.severity !== 'warning') problems.push(`bad severity: ${where}`)
    if (diagnostic.message.trim() === '') problems.push(`empty message at ${diagnostic.file}:${diagnostic.line}`)
    if (diagnostic.fix.trim() === '') problems.push(`empty fix: ${where}`)
  }
  problems.push(...taxonomyProblems(content.taxonomy.nodes))
  const nodes = new Map(content.taxonomy.nodes.map((node) => [node.id, node]))
  for (const release of content.releases) {
    if (parseDate(release.date) !== release.date) problems.push(`release date not ISO: ${release.date}`)
    if (!release.id.startsWith(`${release.date}-`)) problems.push(`id ${release.id} does not start with its date`)
    if (release.title.trim() === '') problems.push(`empty title in ${release.id}`)
    for (const field of release.fields) {
      const node = nodes.get(field)
      // Terms below the menu are topics, filed with their parent (a field or the Other topics group).
      if (node?.kind === 'topic' && !release.fields.includes(node.parent ?? '')) problems.push(`topic ${field} without its parent`)
      else if (node?.kind !== 'field' && node?.kind !== 'topic' && !(node?.kind === 'group' && field === 'other-topics')) problems.push(`field ${field} is no field node`)
    }
    for (const source of release.sources) if (source.structure !== null && !nodes.has(source.structure)) problems.push(`source ${source.structure} is no node`)
    for (const country of release.mentionedCountries) if (release.primaryCountries.includes(country)) problems.push(`${country} both primary and mentioned`)
  }
  return problems
}

/** More cases or another seed for a longer hunt: FUZZ_CASES=20000 FUZZ_SEED=7 npx vitest run tests/content/fuzz.test.ts */
const CASES = Number(process.env.FUZZ_CASES ?? 600)
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20170706)
const FUZZ_TIMEOUT = Math.max(30_000, CASES * 10)

describe('fuzzing compileContent with mutated seed pages', () => {
  it(`keeps its invariants over ${CASES} single-page mutations`, () => {
    const random = prng(FUZZ_SEED)
    const failures: string[] = []
    let withRelease = 0
    for (let index = 0; index < CASES; index++) {
      const mutant = mutate(random)
      const pages = [{ file: `fuzz/${index}.txt`, text: mutant.text }]
      let content: CompiledContent
      try {
        content = compileContent(pages)
      } catch (error) {
        failures.push(`case ${index} [${mutant.log.join('; ')}]: threw ${(error as Error).stack}`)
        continue
      }
      const problems = violations(pages, content)
      const hasError = content.diagnostics.some((diagnostic) => diagnostic.severity === 'error')
      if (content.releases.length === 0 && !hasError) problems.push('no release and no error')
      if (content.releases.length > 1) problems.push(`${content.releases.length} releases from one page`)
      if (content.releases.length === 1) withRelease++
      if (problems.length > 0) failures.push(`case ${index} [${mutant.log.join('; ')}]: ${problems.join(' | ')}`)
    }
    expect(failures.slice(0, 10)).toEqual([])
    // The mutations must not be so harsh that the release path is never exercised, nor so mild that it always is.
    expect(withRelease).toBeGreaterThan(CASES * 0.3)
    expect(withRelease).toBeLessThan(CASES)
  }, FUZZ_TIMEOUT)

  it('keeps its invariants, and packs, when a mutated page sits beside the seed', () => {
    const random = prng(FUZZ_SEED + 1)
    const failures: string[] = []
    for (let index = 0; index < Math.ceil(CASES / 4); index++) {
      const mutant = mutate(random)
      const pages = [
        { file: 'pages/seed.txt', text: seed },
        { file: `pages/mutant-${index}.txt`, text: mutant.text },
      ]
      try {
        const content = compileContent(pages)
        const problems = violations(pages, content)
        if (!content.releases.some((release) => release.title.startsWith('OSCE organizes first seminar'))) problems.push('lost the seed release')
        const pack = buildPack(content, sha256)
        for (const file of pack.manifest.files) {
          if (sha256(pack.files.get(file.path) ?? '') !== file.sha256) problems.push(`bad hash for ${file.path}`)
          if (Buffer.byteLength(pack.files.get(file.path) ?? '', 'utf8') !== file.bytes) problems.push(`bad size for ${file.path}`)
        }
        if (problems.length > 0) failures.push(`case ${index} [${mutant.log.join('; ')}]: ${problems.join(' | ')}`)
      } catch (error) {
        failures.push(`case ${index} [${mutant.log.join('; ')}]: threw ${(error as Error).stack}`)
      }
    }
    expect(failures.slice(0, 10)).toEqual([])
  }, FUZZ_TIMEOUT)

  it('(the invariant checker itself catches bad diagnostics)', () => {
    const pages = [{ file: 'a.txt', text: 'one\ntwo' }]
    const content = compileContent(pages)
    content.diagnostics.push({ severity: 'error', code: 'no-title', file: 'a.txt', line: 3, message: 'x', fix: '' })
    expect(violations(pages, content)).toEqual(['line out of 0..2: a.txt:3 x', 'empty fix: a.txt:3 x'])
  })
})
