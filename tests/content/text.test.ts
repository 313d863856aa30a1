// @vitest-environment node
import { fold, nameKey, properCase, slugify, wordTokens } from '@/content/text'

describe('slugify', () => {
  it.each([
    ['Cyber/ICT Security', 'cyber-ict-security'],
    ['Türkiye', 'turkiye'],
    ['Roma and Sinti', 'roma-and-sinti'],
    ['Roma & Sinti', 'roma-and-sinti'],
    ['Women’s rights', 'womens-rights'],
    ["Women's rights", 'womens-rights'],
    ['Łódź Straße', 'lodz-strasse'],
    ['  --Review Conferences!--  ', 'review-conferences'],
    ['Finland – OSCE Chairpersonship 2025', 'finland-osce-chairpersonship-2025'],
  ])('%j → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug)
  })

  it('cuts at a word boundary within maxLength', () => {
    expect(slugify('OSCE organizes first seminar on community policing', 30)).toBe('osce-organizes-first-seminar')
    expect(slugify('alpha beta gamma', 10)).toBe('alpha-beta')
    expect(slugify('alpha beta gamma', 9)).toBe('alpha')
    expect(slugify('abcdefghijklmnop', 5)).toBe('abcde')
  })

  it('cuts the seed title to the release-id slug', () => {
    const slug = slugify(
      'OSCE organizes first seminar on community-policing approaches to countering violent extremism and radicalization that lead to terrorism in Mongolia',
    )
    expect(slug).toBe('osce-organizes-first-seminar-on-community-policing-approaches-to-countering')
    expect(slug.length).toBeLessThanOrEqual(80)
  })
})

describe('fold and nameKey', () => {
  it('lower-cases and strips diacritics', () => {
    expect(fold('Türkiye')).toBe('turkiye')
    expect(fold('İstanbul')).toBe('istanbul')
    expect(fold('Dubrovnik Ćevapi Šiauliai')).toBe('dubrovnik cevapi siauliai')
    expect(fold('Łódź')).toBe('lodz')
    expect(fold('Straße')).toBe('strasse')
  })

  it('makes typographic quotes and dashes plain', () => {
    expect(fold('Women’s – rights — now')).toBe("women's - rights - now")
  })

  it('nameKey also collapses white space', () => {
    expect(nameKey('  Czech\t  Republic \n')).toBe('czech republic')
    expect(nameKey('Finland – OSCE')).toBe('finland - osce')
  })
})

describe('properCase', () => {
  it.each([
    ['ULAANBAATAR', 'Ulaanbaatar'],
    ['NEW YORK', 'New York'],
    ['JALAL-ABAD', 'Jalal-Abad'],
    ['VIENNA/WARSAW', 'Vienna/Warsaw'],
    ['BOSNIA AND HERZEGOVINA', 'Bosnia and Herzegovina'],
    ['THE HAGUE', 'The Hague'],
    ['ROSTOV-ON-DON', 'Rostov-on-Don'],
  ])('%s → %s', (text, proper) => {
    expect(properCase(text)).toBe(proper)
  })
})

describe('wordTokens', () => {
  it('keeps letters and digits of any script, in order', () => {
    expect(wordTokens('the United States of America, Türkiye’s 2025 ОБСЕ')).toEqual([
      'the', 'United', 'States', 'of', 'America', 'Türkiye', 's', '2025', 'ОБСЕ',
    ])
    expect(wordTokens('—')).toEqual([])
  })
})
