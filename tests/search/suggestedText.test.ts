import { describe, expect, it } from 'vitest'
import { suggestedText } from '@/search/suggestedText'

describe('suggestedText', () => {
  it('replaces the misspelt word with a suggestion', () => {
    expect(suggestedText('ulanbatar', 'ulaanbaatar')).toBe('ulaanbaatar')
    expect(suggestedText('seminar ulanbatar', 'ulaanbaatar')).toBe('seminar ulaanbaatar')
    expect(suggestedText('Mongolai seminar', 'mongolia')).toBe('mongolia seminar')
  })

  it('adds the suggestion when no word is close to it', () => {
    expect(suggestedText('seminar', 'ulaanbaatar')).toBe('ulaanbaatar')
  })
})
