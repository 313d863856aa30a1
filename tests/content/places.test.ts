// @vitest-environment node
import { mentionedCountries, resolvePlace } from '@/content/places'

describe('resolvePlace', () => {
  it.each([
    ['ULAANBAATAR', 'Ulaanbaatar', ['mongolia']],
    ['VIENNA/WARSAW', 'Vienna/Warsaw', ['austria', 'poland']],
    // One place written twice (as bilingual datelines do) is shown once.
    ['VIENNA / VIENNA', 'Vienna', ['austria']],
    ['NEW YORK', 'New York', ['united-states-of-america']],
    ['JALAL-ABAD', 'Jalal-Abad', ['kyrgyzstan']],
    ['BISHKEK', 'Bishkek', ['kyrgyzstan']],
    // The overlay's spelling, with its diacritics.
    ['PRISTINA', 'Priština', ['kosovo']],
    ['SOMEWHERE ELSE', 'Somewhere Else', []],
    ['Somewhere else', 'Somewhere else', []],
  ])('%s → %s in %j', (written, place, countries) => {
    expect(resolvePlace(written)).toEqual({ place, countries })
  })
})

describe('mentionedCountries', () => {
  it('finds names, the longest first, in order of first mention', () => {
    expect(mentionedCountries(['experts from Canada, the Netherlands, Spain, the United States of America and Canada again'])).toEqual([
      'canada', 'netherlands', 'spain', 'united-states-of-america',
    ])
  })

  it('finds adjectives and ignores lower-case words', () => {
    expect(mentionedCountries(['The Mongolian Authorities met', 'a turkey and a chad'])).toEqual(['mongolia'])
  })

  it('finds nothing in text without countries', () => {
    expect(mentionedCountries(['The seminar brought together some 70 participants.'])).toEqual([])
  })
})

describe('mentionedCountries, names that start in lower case', () => {
  it('finds "former Yugoslav Republic of Macedonia" as North Macedonia', () => {
    expect(mentionedCountries(['Experts from the former Yugoslav Republic of Macedonia attended.'])).toEqual(['north-macedonia'])
  })
})
