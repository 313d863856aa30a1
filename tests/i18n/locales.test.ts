import { describe, expect, it } from 'vitest'
import { formatBytes, formatCount, formatDay, formatShare } from '@/components/format'
import { formatLocale, isLocale, preferredLocale } from '@/i18n/locales'

describe('the interface language', () => {
  it('follows the first of the browser languages the app speaks', () => {
    expect(preferredLocale(['ru-RU', 'en-US'])).toBe('ru')
    expect(preferredLocale(['de-DE', 'ru', 'en'])).toBe('ru')
    expect(preferredLocale(['en-GB', 'ru-RU'])).toBe('en')
    expect(preferredLocale(['fr-FR', 'kk-KZ'])).toBe('en')
    expect(preferredLocale([])).toBe('en')
  })

  it('accepts only the codes it ships (a stored setting is checked, not trusted)', () => {
    expect(['en', 'ru', 'fr', 'RU', '', null, 3].map(isLocale)).toEqual([true, true, false, false, false, false, false])
  })
})

describe('dates and numbers in the interface language', () => {
  it('writes days as the OSCE does in English, and in Russian for Russian', () => {
    expect(formatDay('2017-07-06', formatLocale('en'))).toBe('6 July 2017')
    expect(formatDay('2017-07-06', formatLocale('ru'))).toBe('6 июля 2017 г.')
    expect(formatDay('not-a-date', 'ru')).toBe('not-a-date')
  })

  it('groups digits, writes sizes and shares the language’s way', () => {
    expect(formatCount(12345, 'en-GB')).toBe('12,345')
    expect(formatCount(12345, 'ru')).toBe('12\u00a0345')
    expect(formatBytes(50 * 1024 * 1024, 'en-GB')).toBe('50.0 MB')
    expect(formatBytes(1024 * 1024 * 1024, 'ru')).toBe('1,0 ГБ')
    expect(formatShare(49, 1000, 'ru', (share) => `менее ${share}`)).toBe('4,9\u00a0%')
    expect(formatShare(1, 1_000_000, 'en-GB', (share) => `less than ${share}`)).toBe('less than 0.1%')
  })
})
