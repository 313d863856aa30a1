// @vitest-environment node
import { matchLabels, type LabelCandidate } from '@/search/suggestions'

/** Menu entries as the header box gets them: the shown name first, then the English label and aliases. */
const CANDIDATES: LabelCandidate[] = [
  { id: 'mission-to-moldova', kind: 'structure', names: ['Mission to Moldova', 'OSCE Mission to Moldova'] },
  { id: 'moldova', kind: 'country', names: ['Moldova', 'Republic of Moldova'] },
  { id: 'turkiye', kind: 'country', names: ['Türkiye', 'Turkey'] },
  { id: 'border-management', kind: 'field', names: ['Border management'] },
  { id: 'kyrgyzstan', kind: 'country', names: ['Киргизия', 'Kyrgyzstan'] },
  { id: 'mongolia', kind: 'country', names: ['Mongolia'] },
]

const ids = (text: string, limit = 6): string[] => matchLabels(CANDIDATES, text, limit).map((match) => match.id)

describe('menu entries suggested while typing', () => {
  it('matches names with a word starting with each typed word, the name starting with the text first', () => {
    expect(ids('mold')).toEqual(['moldova', 'mission-to-moldova'])
    expect(ids('MISSION mol')).toEqual(['mission-to-moldova'])
    expect(ids('moldova mission')).toEqual(['mission-to-moldova'])
    expect(ids('mo')).toEqual(['moldova', 'mongolia', 'mission-to-moldova'])
    expect(ids('mold', 1)).toEqual(['moldova'])
  })

  it('folds case and diacritics, matches other names, and shows the first name', () => {
    expect(matchLabels(CANDIDATES, 'turk', 6)).toEqual([{ id: 'turkiye', kind: 'country', name: 'Türkiye' }])
    expect(matchLabels(CANDIDATES, 'кирг', 6)).toEqual([{ id: 'kyrgyzstan', kind: 'country', name: 'Киргизия' }])
    expect(matchLabels(CANDIDATES, 'kyrg', 6)).toEqual([{ id: 'kyrgyzstan', kind: 'country', name: 'Киргизия' }])
  })

  it('needs every typed word to start a different word of the name', () => {
    expect(ids('border border')).toEqual([])
    expect(ids('order')).toEqual([])
    expect(ids('  ')).toEqual([])
    expect(ids('mold', 0)).toEqual([])
  })
})
