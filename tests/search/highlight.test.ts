// @vitest-environment node
import { bestSnippet, highlightSegments, type TextSegment } from '@/search/highlight'

function marked(segments: readonly TextSegment[]): string[] {
  return segments.filter((segment) => segment.match).map((segment) => segment.text)
}

describe('highlightSegments', () => {
  it('splits text into matched and unmatched runs that join back to the text', () => {
    const text = 'Türkiye hosts regional border management seminar'
    const segments = highlightSegments(text, ['turkiye', 'border'])
    expect(segments).toEqual([
      { text: 'Türkiye', match: true },
      { text: ' hosts regional ', match: false },
      { text: 'border', match: true },
      { text: ' management seminar', match: false },
    ])
    expect(segments.map((segment) => segment.text).join('')).toBe(text)
  })

  it('matches folded and spelling-normalised words', () => {
    expect(marked(highlightSegments('Preventing RADICALISATION in Chişinău', ['radicalization', 'chisinau']))).toEqual(['RADICALISATION', 'Chişinău'])
  })

  it('marks words that start with a matched term of 4+ letters, but short terms only whole', () => {
    expect(marked(highlightSegments('Journalists at the theatre, then the journal', ['journalist', 'the']))).toEqual(['Journalists', 'the', 'the'])
  })

  it('marks a hyphenated compound whole when its joined form matched, and its parts otherwise', () => {
    expect(marked(highlightSegments('police-public co-operation', ['cooperation']))).toEqual(['co-operation'])
    expect(marked(highlightSegments('police-public co-operation', ['police', 'operation']))).toEqual(['police', 'operation'])
  })

  it('gives one unmatched run when nothing matches, and nothing for empty text', () => {
    expect(highlightSegments('Border guards', [])).toEqual([{ text: 'Border guards', match: false }])
    expect(highlightSegments('Border guards', ['vienna'])).toEqual([{ text: 'Border guards', match: false }])
    expect(highlightSegments('', ['vienna'])).toEqual([])
  })
})

describe('bestSnippet', () => {
  const filler = (word: string, count: number): string => Array.from({ length: count }, () => word).join(' ')

  it('returns a short text whole, without marks', () => {
    expect(bestSnippet(['Border guards met.', 'They talked.'], ['border'])).toBe('Border guards met. They talked.')
  })

  it('gives the first paragraph’s start, cut at a word, when nothing matches', () => {
    const snippet = bestSnippet([filler('alpha', 30), 'border'], ['nothing'], 40)
    expect(snippet).toBe(`${filler('alpha', 6)}…`)
    expect(snippet.length).toBeLessThanOrEqual(40)
  })

  it('centres on the densest matches, cut at words with marks on both sides', () => {
    const paragraphs = [`${filler('alpha', 20)} border ${filler('alpha', 20)}`, `${filler('gamma', 20)} border management ${filler('gamma', 30)}`]
    const snippet = bestSnippet(paragraphs, ['border', 'management'], 80)
    expect(snippet.length).toBeLessThanOrEqual(80)
    expect(snippet.startsWith('…gamma ')).toBe(true)
    expect(snippet.endsWith(' gamma…')).toBe(true)
    expect(snippet).toContain('border management')
  })

  it('ends at the text’s end when the match is near it, filling the window backwards', () => {
    const snippet = bestSnippet([`${filler('alpha', 30)} border`], ['border'], 40)
    expect(snippet).toBe(`…${filler('alpha', 5)} border`)
  })

  it('returns nothing for no text', () => {
    expect(bestSnippet([], ['border'])).toBe('')
    expect(bestSnippet(['  '], [])).toBe('')
  })
})
