// @vitest-environment node
/**
 * The sample generator meets the real newsroom's variety, so tests and benches
 * built on it meet it too; and it still compiles with no error.
 */
import { compileContent, type CompiledContent } from '@/content/compile'
import { parseDateline } from '@/content/dates'
import { generateSamplePages } from '../../scripts/sample/generate'

const PAGES = 2000
let compiled: CompiledContent
let firstParagraphs: string[]

beforeAll(() => {
  const pages = generateSamplePages(PAGES)
  compiled = compileContent(pages.map((page) => ({ file: page.name, text: page.text })))
  firstParagraphs = compiled.releases.map((release) => release.body[0] ?? '')
})

function countOf(codes: string): number {
  return compiled.diagnostics.filter((item) => item.code === codes).length
}

describe(`a ${PAGES}-page sample`, () => {
  it('compiles with no error', () => {
    expect(compiled.diagnostics.filter((item) => item.severity === 'error')).toEqual([])
  })

  it('uses the dateline forms osce.org has used, the plain one most', () => {
    const forms = {
      plain: /^[^,]+, \d{1,2} [A-Z][a-z]+ \d{4} - /,
      enDash: /^[^,]+, \d{1,2} [A-Z][a-z]+ \d{4} – /,
      noteInBrackets: / \(OSCE\)- /,
      commaInDate: /^[^,]+, \d{1,2} [A-Z][a-z]+, \d{4}-- /,
      countryAfterCity: /^[A-Z .'-]+, [A-Z][a-z]+(?: [A-Za-z]+)*, \d{1,2} [A-Z][a-z]+ \d{4} - /,
      noYear: /^[^,]+, \d{1,2} [A-Z][a-z]+ – /,
      dashBeforeDate: /^[^,]+ – \d{1,2} [A-Z][a-z]+ \d{4}\. /,
    }
    const counts: Record<string, number> = Object.fromEntries(Object.entries(forms).map(([name, pattern]) => [name, firstParagraphs.filter((text) => pattern.test(text)).length]))
    for (const [name, count] of Object.entries(counts)) expect([name, count > 0]).toEqual([name, true])
    expect(counts.plain).toBeGreaterThan(counts.enDash ?? 0)
    // Every dateline the generator writes is read as one.
    const datelined = firstParagraphs.filter((text) => /^\p{Lu}{2}/u.test(text) || /^[A-Z][a-z]+\/[A-Z]/.test(text))
    expect(datelined.filter((text) => parseDateline(text) === null)).toEqual([])
  })

  it('has villages and bilingual places, topics, rare types and duplicates', () => {
    const places = new Set(compiled.releases.map((release) => release.place))
    expect(places.has('Priština')).toBe(true)
    expect(compiled.taxonomy.nodes.filter((node) => node.kind === 'topic').length).toBeGreaterThan(20)
    expect(countOf('unknown-type')).toBe(3)
    expect(countOf('duplicate-merged')).toBeGreaterThan(0)
    expect(countOf('duplicate-distinct')).toBeGreaterThan(0)
  })

  it('names decision-making bodies, former names and closed operations as sources', () => {
    const structures = new Set(compiled.releases.flatMap((release) => release.sources.map((source) => source.structure)))
    for (const id of ['permanent-council', 'troika', 'asian-partners', 'chairpersonship', 'special-monitoring-mission-to-ukraine', 'office-in-yerevan']) {
      expect([id, structures.has(id)]).toEqual([id, true])
    }
    expect(compiled.releases.some((release) => release.sources.some((source) => source.name === 'OSCE Centre in Almaty'))).toBe(true)
  })
})
