import { citationOf, oneLineSummary } from '@/components/release/citation'
import type { ReleaseSummary } from '@/db/database'

const release: ReleaseSummary = {
  id: '2024-03-14-osce-mission-to-moldova-trains-journalists',
  type: null,
  title: 'OSCE Mission to Moldova trains journalists',
  date: '2024-03-14',
  place: null,
  sources: [{ name: 'OSCE Mission to Moldova', structure: 'mission-to-moldova' }],
  fields: [],
  primaryCountries: [],
  mentionedCountries: [],
  structures: ['mission-to-moldova'],
}
const english = { quote: (title: string) => `“${title}”`, locale: 'en', formatDay: () => '14 March 2024' }

describe('citationOf', () => {
  it('leaves out the type and place a release lacks', () => {
    expect(citationOf(release, 'https://reader.example/releases/x', english)).toBe(
      'OSCE Mission to Moldova, “OSCE Mission to Moldova trains journalists”, 14 March 2024. https://reader.example/releases/x',
    )
  })

  it('joins three sources as a list in the interface language', () => {
    const three = { ...release, sources: ['A', 'B', 'C'].map((name) => ({ name, structure: null })), place: 'Chisinau' }
    expect(citationOf(three, 'L', english)).toBe('A, B, and C, “OSCE Mission to Moldova trains journalists”, Chisinau, 14 March 2024. L')
  })
})

describe('oneLineSummary', () => {
  it('drops the dateline and keeps a short paragraph whole', () => {
    expect(oneLineSummary(['', 'VIENNA/WARSAW, 14 March 2024 – The OSCE opened a course for journalists.'])).toBe('The OSCE opened a course for journalists.')
  })

  it('cuts a long sentence at a word with an ellipsis', () => {
    const long = `CHISINAU, 2 May 2024 - ${'Journalists from all regions of the country took part in a training course on reporting '.repeat(3)}today.`
    const summary = oneLineSummary([long])
    expect(summary).toBe(
      'Journalists from all regions of the country took part in a training course on reporting Journalists from all regions of the country took part in a training course on reporting Journalists from all…',
    )
  })

  it('is empty for a release without text', () => {
    expect(oneLineSummary([])).toBe('')
  })
})
