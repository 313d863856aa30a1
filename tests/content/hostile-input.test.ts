// @vitest-environment node
/**
 * Inputs built to hit the worst case of each menu rule. Their speed is measured
 * by `npm run bench -- compile`; here they must give exactly the right result.
 */
import { compileContent } from '@/content/compile'
import { splitChairNote } from '@/content/taxonomy'
import type { Diagnostic } from '@/content/types'
import { childrenOf, nodeById, readSeed, replaceOnce, seedVariant } from './helpers'

const seed = readSeed()

describe('splitChairNote', () => {
  it('splits the Chairpersonship note off after a spaced dash of any kind', () => {
    expect(splitChairNote('Finland – OSCE Chairpersonship 2025')).toEqual({ label: 'Finland', note: 'OSCE Chairpersonship 2025' })
    expect(splitChairNote('Malta - OSCE Chairpersonship 2024')).toEqual({ label: 'Malta', note: 'OSCE Chairpersonship 2024' })
    expect(splitChairNote('North Macedonia  —   OSCE Chairpersonship 2023')).toEqual({ label: 'North Macedonia', note: 'OSCE Chairpersonship 2023' })
    expect(splitChairNote('Bosnia - Herzegovina - OSCE Chairpersonship 2030')).toEqual({ label: 'Bosnia - Herzegovina', note: 'OSCE Chairpersonship 2030' })
  })

  it('leaves labels without a spaced dash before the note alone', () => {
    for (const label of ['Finland', 'Finland–OSCE Chairpersonship 2025', 'Finland OSCE Chairpersonship 2025', ' – OSCE Chairpersonship 2025', 'Finland – OSCE Chairpersonship 25']) {
      expect(splitChairNote(label)).toEqual({ label, note: null })
    }
  })

  it('reads 100,000 inner spaces right', () => {
    const spaces = ' '.repeat(100_000)
    expect(splitChairNote(`Finland${spaces}x`)).toEqual({ label: `Finland${spaces}x`, note: null })
    expect(splitChairNote(`Finland${spaces}–${spaces}OSCE Chairpersonship 2025`)).toEqual({ label: 'Finland', note: 'OSCE Chairpersonship 2025' })
  })
})

/** The seed with its Fields of work entries replaced by `entries`, dated `date`. */
function withFields(entries: readonly string[], title: string, date: string): string {
  const start = seed.indexOf('- Arms control\n')
  const end = seed.indexOf('- Field operations\n', start)
  const menu = entries.map((entry) => `- ${entry}\n`).join('')
  const text = seed.slice(0, start) + menu + seed.slice(end)
  return seedVariant(replaceOnce(text, '- Countering terrorism, Human rights\n', `- ${entries[0]}\n`), { title, date })
}

const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((item) => item.code)

describe('two menu versions that differ in every entry', () => {
  it('pairs entries by place: each keeps the old slug, takes the new label and keeps the old one as an alias', () => {
    const older = Array.from({ length: 300 }, (_, index) => `Topic a${index}`)
    const newer = Array.from({ length: 300 }, (_, index) => `Topic b${index}`)
    const compiled = compileContent([
      { file: 'pages/a.txt', text: withFields(older, 'An older release', '2017-07-06') },
      { file: 'pages/b.txt', text: withFields(newer, 'A newer release', '2018-07-06') },
    ])
    const fields = childrenOf(compiled.taxonomy.nodes, 'fields-of-work').filter((node) => node.kind === 'field')
    expect(fields).toHaveLength(300)
    expect(fields[0]).toMatchObject({ id: 'topic-a0', label: 'Topic b0', aliases: ['Topic a0'], order: 0 })
    expect(fields[299]).toMatchObject({ id: 'topic-a299', label: 'Topic b299', aliases: ['Topic a299'], order: 299 })
    expect(codes(compiled.diagnostics)).toEqual(Array.from({ length: 300 }, () => 'positional-rename'))
    expect(compiled.releases.map((release) => release.fields)).toEqual([['topic-a0'], ['topic-a0']])
  })

  it('names at most ten of the entries that vanished, and says how many more', () => {
    const older = Array.from({ length: 30 }, (_, index) => `Topic a${index}`)
    const compiled = compileContent([
      { file: 'pages/a.txt', text: withFields(older, 'An older release', '2017-07-06') },
      { file: 'pages/b.txt', text: withFields(['Topic new', 'Topic a0'], 'A newer release', '2018-07-06') },
    ])
    const unpaired = compiled.diagnostics.filter((item) => item.code === 'unpaired-menu-change')
    const vanished = Array.from({ length: 10 }, (_, index) => `"Topic a${index + 1}"`).join(', ')
    expect(unpaired.map((item) => [item.file, item.message])).toEqual([
      ['pages/b.txt', `In "Fields of work", ${vanished} and 19 more no longer appear while new entries do; cannot tell whether any of them was renamed.`],
    ])
    expect(nodeById(compiled.taxonomy.nodes, 'topic-new')).toMatchObject({ label: 'Topic new', order: 0 })
    expect(nodeById(compiled.taxonomy.nodes, 'topic-a0')).toMatchObject({ label: 'Topic a0', order: 1 })
  })
})

describe('pages with tens of thousands of problems or terms', () => {
  it('reports 70,000 unknown labels one by one, without overflowing the call stack', () => {
    const text = replaceOnce(seed, '- Date:\n', `- Date:\n${'- Remark:\n'.repeat(70_000)}`)
    const compiled = compileContent([{ file: 'pages/labels.txt', text }])
    const counts = new Map<string, number>()
    for (const item of compiled.diagnostics) counts.set(item.code, (counts.get(item.code) ?? 0) + 1)
    expect(Object.fromEntries(counts)).toEqual({ 'unknown-label': 70_000, 'repeated-label': 69_999 })
    expect(compiled.releases).toHaveLength(1)
  })

  it('files a release under 20,000 terms once each', () => {
    const terms = Array.from({ length: 20_000 }, (_, index) => `Term ${index}`)
    const text = replaceOnce(seed, '- Countering terrorism, Human rights\n', `- Human rights, ${terms.join(', ')}, Human rights\n`)
    const fields = compileContent([{ file: 'pages/terms.txt', text }]).releases[0]?.fields ?? []
    expect(fields[0]).toBe('human-rights')
    expect(new Set(fields).size).toBe(fields.length)
    expect(fields.length).toBeGreaterThan(20_000)
  })
})

describe('many copies of one title and date', () => {
  it('keeps 300 copies with different texts apart and merges 300 identical ones', () => {
    const different = Array.from({ length: 300 }, (_, index) => ({ file: `pages/copy-${String(index).padStart(3, '0')}.txt`, text: `${seed}\nA closing paragraph numbered ${index}.` }))
    const apart = compileContent(different)
    expect(new Set(apart.releases.map((release) => release.id)).size).toBe(300)
    expect(codes(apart.diagnostics)).toEqual(Array.from({ length: 299 }, () => 'duplicate-distinct'))
    const identical = Array.from({ length: 300 }, (_, index) => ({ file: `pages/same-${String(index).padStart(3, '0')}.txt`, text: seed }))
    const merged = compileContent(identical)
    expect(merged.releases).toHaveLength(1)
    expect(codes(merged.diagnostics)).toEqual(Array.from({ length: 299 }, () => 'duplicate-merged'))
  })
})
