// @vitest-environment node
/**
 * The bytes of a small index, fixed. Any change to the layout, the text rules or
 * the indexing constants changes them, and with them the engine version in the
 * header, so stored indexes are rebuilt (worker-core.ts). When the change is
 * meant, regenerate the fixture and commit it with the change:
 *   UPDATE_GOLDEN_INDEX=1 npx vitest run tests/search/golden.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Release } from '@/content/types'
import { buildSearchIndex, openSearchIndex } from '@/search/engine'
import { ENGINE_VERSION } from '@/search/engine-version'
import { Section, SECTION_COUNT, SECTION_NAMES, storedEngineVersion } from '@/search/index-format'

const FIXTURE = resolve(__dirname, 'fixtures/golden-index.hex')

/** Two releases in my own words, with a compound, a diacritic, a British spelling and a repeated word. */
const RELEASES: Release[] = [
  {
    id: '2024-05-02-customs-officers-train-in-chisinau',
    type: 'Press release',
    title: 'Customs officers train in Chişinău',
    date: '2024-05-02',
    place: 'Chisinau',
    sources: [{ name: 'OSCE Mission to Moldova', structure: 'mission-to-moldova' }],
    fields: ['border-management'],
    primaryCountries: ['moldova'],
    mentionedCountries: [],
    body: ['Officers practised the search of cargo.', 'The co-operation with customs continues.'],
  },
  {
    id: '2023-11-20-digital-evidence-course',
    type: null,
    title: 'Digital evidence course',
    date: '2023-11-20',
    place: null,
    sources: [{ name: 'Transnational Threats Department', structure: null }],
    fields: [],
    primaryCountries: [],
    mentionedCountries: ['moldova', 'ukraine'],
    body: ['Prosecutors analysed digital evidence in organised crime cases.'],
  },
]

function hex(buffer: ArrayBuffer): string {
  return Buffer.from(buffer).toString('hex').replace(/(.{64})/g, '$1\n')
}

describe('the stored index format', () => {
  it('derives Section and SECTION_COUNT from the section list', () => {
    expect(SECTION_COUNT).toBe(SECTION_NAMES.length)
    expect(SECTION_NAMES.map((name) => Section[name])).toEqual(SECTION_NAMES.map((_, index) => index))
    expect(Section.positions).toBe(SECTION_COUNT - 1)
  })

  it('writes exactly the golden bytes for a small index, stamped with the engine version', () => {
    const buffer = buildSearchIndex(RELEASES)
    if (process.env.UPDATE_GOLDEN_INDEX === '1') writeFileSync(FIXTURE, `${hex(buffer)}\n`)
    expect(storedEngineVersion(buffer)).toBe(ENGINE_VERSION)
    expect(`${hex(buffer)}\n`).toBe(readFileSync(FIXTURE, 'utf8'))
    // And the golden bytes still answer.
    const index = openSearchIndex(buffer)
    expect(index.search({ q: '"digital evidence"', filters: {}, sort: 'relevance', limit: 5 }).hits.map((hit) => hit.id)).toEqual([
      '2023-11-20-digital-evidence-course',
    ])
  })
})
