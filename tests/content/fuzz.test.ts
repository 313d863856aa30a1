// @vitest-environment node
import { compileContent, type CompiledContent } from '@/content/compile'
import { Random } from '../../scripts/sample/random'
import { readSeed } from './helpers'
import { packProblems, violations } from './invariants'

const seed = readSeed()
const seedLines = seed.split('\n')

/** Lines that steer the parser into its other branches. */
const STRUCTURAL = [
  '', '-', '–', 'Press release', 'News', '- Date:', '- Date: 6 July 2017', '- 31 February 2017', '- Place:', '- Source:',
  '- Fields of work:', '- Basket weaving', '- Czechia', 'Participating States', 'Meetings and conferences', 'Secretariat',
  'VIENNA/WARSAW, 1 March 2020 – Text', '- Vienna: a city', '- About us', '- Gender equality conferences', 'Fields of work',
]

function garbage(random: Random): string {
  const length = random.int(1, 6)
  let text = ''
  for (let index = 0; index < length; index++) {
    const kind = random.int(0, 6)
    if (kind === 0) text += String.fromCharCode(random.int(0, 0x1f)) // C0 controls, tab and newlines included
    else if (kind === 1) text += String.fromCharCode(0x7f + random.int(0, 0x20)) // DEL and C1 controls
    else if (kind === 2) text += String.fromCharCode(0xd800 + random.int(0, 0x7ff)) // lone surrogates
    else if (kind === 3) text += random.pick(['\ufffd', '\ufeff', '\u200b', '\u202e', '\u2028', '\u0301', '’', '–', '“'])
    else if (kind === 4) text += String.fromCodePoint(0x10000 + random.int(0, 0xffffe))
    else if (kind === 5) text += String.fromCharCode(0x20 + random.int(0, 0xffdf - 0x21))
    else text += random.pick([',', ':', '/', '-', ' ', '  ', 'Ü', 'ß', 'İ', 'ı'])
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
  const count = random.int(1, 5)
  for (let step = 0; step < count && lines.length > 0; step++) {
    const at = random.int(0, lines.length - 1)
    switch (random.int(0, 7)) {
      case 0: {
        const length = random.int(1, random.chance(0.2) ? 60 : 3)
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
        const cut = random.int(0, line.length)
        lines[at] = line.slice(0, cut)
        log.push(`truncate ${at} at ${cut}`)
        break
      }
      case 3: {
        const length = random.int(2, 13)
        const part = lines.slice(at, at + length)
        for (let index = part.length - 1; index > 0; index--) {
          const other = random.int(0, index)
          ;[part[index], part[other]] = [part[other] as string, part[index] as string]
        }
        lines.splice(at, part.length, ...part)
        log.push(`shuffle ${part.length} at ${at}`)
        break
      }
      case 4: {
        const line = lines[at] ?? ''
        const position = random.int(0, line.length)
        const inserted = garbage(random)
        lines[at] = line.slice(0, position) + inserted + line.slice(position)
        log.push(`garbage ${JSON.stringify(inserted)} into ${at}:${position}`)
        break
      }
      case 5: {
        const line = random.pick(STRUCTURAL)
        lines.splice(at, 0, line)
        log.push(`insert ${JSON.stringify(line)} at ${at}`)
        break
      }
      case 6: {
        const line = random.pick(STRUCTURAL)
        lines[at] = line
        log.push(`replace ${at} with ${JSON.stringify(line)}`)
        break
      }
      default: {
        const other = random.int(0, lines.length - 1)
        ;[lines[at], lines[other]] = [lines[other] as string, lines[at] as string]
        log.push(`swap ${at} ${other}`)
      }
    }
  }
  const crlf = random.chance(0.25)
  const bom = random.chance(0.2)
  if (crlf) log.push('crlf')
  if (bom) log.push('bom')
  const text = (bom ? '\uFEFF' : '') + lines.join(crlf ? '\r\n' : '\n')
  return { text, log }
}

/** More cases or another seed for a longer hunt: FUZZ_CASES=20000 FUZZ_SEED=7 npx vitest run tests/content/fuzz.test.ts */
const CASES = Number(process.env.FUZZ_CASES ?? 600)
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20170706)
const FUZZ_TIMEOUT = Math.max(30_000, CASES * 10)

describe('fuzzing compileContent with mutated seed pages', () => {
  it(`keeps its invariants over ${CASES} single-page mutations`, () => {
    const random = new Random(FUZZ_SEED)
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
    const random = new Random(FUZZ_SEED + 1)
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
        problems.push(...packProblems(content))
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
    content.diagnostics.push({ severity: 'warning', code: 'no-title', file: 'a.txt', line: 1, message: 'y', fix: 'z' })
    expect(violations(pages, content)).toEqual(['line out of 0..2: a.txt:3 x', 'empty fix: a.txt:3 x', 'code no-title with severity warning: a.txt:1 y'])
  })
})
