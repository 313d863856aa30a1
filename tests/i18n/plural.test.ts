/** Real plural forms, from each language's CLDR rules. */
import { describe, expect, it } from 'vitest'
import { createAppI18n, loadPageMessages, switchLocale } from '@/i18n'
import { pluralRule } from '@/i18n/plural'

async function releasesIn(locale: 'en' | 'ru', counts: readonly number[]): Promise<string[]> {
  const i18n = createAppI18n()
  // English counts releases on pages beyond the first: their words are the later part.
  await loadPageMessages(i18n.global)
  await switchLocale(i18n.global, locale)
  return counts.map((count) => i18n.global.t('count.releases', { n: String(count) }, count))
}

describe('plural forms', () => {
  it('counts releases in Russian: 1 выпуск, 2 выпуска, 5 выпусков, 21 выпуск, 0 выпусков', async () => {
    expect(await releasesIn('ru', [1, 2, 5, 21, 0, 11, 22, 111])).toEqual([
      '1 выпуск',
      '2 выпуска',
      '5 выпусков',
      '21 выпуск',
      '0 выпусков',
      '11 выпусков',
      '22 выпуска',
      '111 выпусков',
    ])
  })

  it('counts releases in English: 1 release, 0 and 2 releases', async () => {
    expect(await releasesIn('en', [1, 2, 0, 21])).toEqual(['1 release', '2 releases', '0 releases', '21 releases'])
  })

  it('keeps the count as formatted in the interface language while choosing the form by the number', async () => {
    const i18n = createAppI18n()
    await switchLocale(i18n.global, 'ru')
    expect(i18n.global.t('count.releases', { n: '1 021' }, 1021)).toBe('1 021 выпуск')
  })

  it('is ready for the other OSCE languages: French counts 0 and 1 as one, German only 1', () => {
    expect([0, 1, 2].map((count) => pluralRule('fr')(count, 2))).toEqual([0, 0, 1])
    expect([0, 1, 2].map((count) => pluralRule('de')(count, 2))).toEqual([1, 0, 1])
  })

  it('lets a message leave out trailing forms: the last one written stands for them', () => {
    // Russian's `other` (fractions) is the fourth category; a three-form message uses its third.
    expect(pluralRule('ru')(1.5, 3)).toBe(2)
    expect(pluralRule('ru')(5, 2)).toBe(1)
  })
})
