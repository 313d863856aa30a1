/**
 * Plural forms from the language's own CLDR rules (Intl.PluralRules), for every
 * language the same way. A message lists its forms in CLDR order (zero, one, two,
 * few, many, other), only those the language has: English `one | other`, Russian
 * `one | few | many` (1 выпуск | 2 выпуска | 5 выпусков). Trailing forms may be left
 * out: the last one written stands for them (Russian's `other` is only for fractions).
 */
const CLDR_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other']

export type PluralRule = (choice: number, choicesLength: number) => number

export function pluralRule(locale: string): PluralRule {
  const rules = new Intl.PluralRules(locale)
  const categories = CLDR_ORDER.filter((category) => rules.resolvedOptions().pluralCategories.includes(category))
  return (choice, choicesLength) => Math.max(0, Math.min(categories.indexOf(rules.select(Math.abs(choice))), choicesLength - 1))
}
