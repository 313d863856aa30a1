// @vitest-environment node
import { compileContent } from '@/content/compile'
import { compileSkippingInvalid } from '@/content/skip-invalid'
import { readSeed, replaceOnce, SEED_TITLE, seedVariant } from './helpers'

const seed = readSeed()
const february = replaceOnce(seedVariant(seed, { title: 'February release' }), '- Date:\n', '- Date:\n- 31 February 2017\n')
const spring = seedVariant(seed, { title: 'A spring seminar on community policing', date: '2024-03-12' })

describe('compileSkippingInvalid', () => {
  it('leaves out the pages with errors, keeps their diagnostics, and compiles the rest as if they were absent', () => {
    const pages = [
      { file: 'pages/a.txt', text: seed },
      { file: 'pages/b.txt', text: february },
      { file: 'pages/c.txt', text: '' },
      { file: 'pages/d.txt', text: spring },
    ]
    const result = compileSkippingInvalid(pages)
    expect(result.skipped).toEqual(['pages/b.txt', 'pages/c.txt'])
    expect(result.unskippable).toEqual([])
    expect(result.content.releases.map((release) => release.title)).toEqual(['A spring seminar on community policing', SEED_TITLE])
    expect(result.content.diagnostics).toEqual([])
    expect(result.diagnostics.map((item) => [item.file, item.line, item.code])).toEqual([
      ['pages/b.txt', 155, 'invalid-date'],
      ['pages/c.txt', 0, 'empty-page'],
    ])
    expect(result.content).toEqual(compileContent([pages[0], pages[3]].filter((page) => page !== undefined)))
  })

  it('does not skip pages for a menu error, which concerns every page with that menu', () => {
    const clash = replaceOnce(seed, '- Human rights\n', '- Human rights\n- Human-rights\n- Human rights!\n')
    const pages = [
      { file: 'pages/a.txt', text: clash },
      { file: 'pages/b.txt', text: seedVariant(clash, { title: 'Another release', date: '2018-01-10' }) },
    ]
    const result = compileSkippingInvalid(pages)
    expect(result.skipped).toEqual([])
    expect(result.unskippable.map((item) => [item.file, item.code, item.message])).toEqual([
      ['pages/a.txt', 'slug-clash', 'Menu entry "Human rights!" gets the slug "human-rights-field", which another entry already has.'],
    ])
    expect(result.content.diagnostics.filter((item) => item.severity === 'error')).toEqual(result.unskippable)
  })

  it('changes nothing for clean pages', () => {
    const pages = [{ file: 'pages/a.txt', text: seed }, { file: 'pages/d.txt', text: spring }]
    const result = compileSkippingInvalid(pages)
    expect(result.skipped).toEqual([])
    expect(result.content).toEqual(compileContent(pages))
  })
})
