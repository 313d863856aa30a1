import { useI18n } from 'vue-i18n'
import { CONTENT_TYPES } from '@/content/data/content-types'
import { slugify } from '@/content/text'
import type { MessageKey } from '@/i18n/messages'
import { useNodeName, type ShownName } from '@/i18n/useNodeName'
import { NO_TYPE, type FacetName } from '@/search/types'
import { useTaxonomy } from './useTaxonomy'

/** Each facet's heading, as a message key. */
export const FACET_HEADINGS: Readonly<Record<FacetName, MessageKey>> = {
  type: 'facet.type',
  field: 'facet.field',
  country: 'facet.country',
  structure: 'facet.structure',
}

const TYPE_LABELS = new Map(CONTENT_TYPES.map((type) => [slugify(type), type]))

/** `press-release` → `Press release`; a type the site list does not know is spelt out from its slug. */
function typeLabel(slug: string): string {
  const known = TYPE_LABELS.get(slug)
  if (known) return known
  const words = slug.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * Names facet values the way the rest of the app does: types by their (English,
 * content) label, nodes by their name in the interface language (useNodeName).
 */
export function useFacetLabels() {
  const { taxonomy } = useTaxonomy()
  const { t, locale } = useI18n()
  const nameOf = useNodeName()
  const english = (text: string): ShownName => (locale.value === 'en' ? { text } : { text, lang: 'en' })
  return (name: FacetName, value: string): ShownName => {
    if (name === 'type') return value === NO_TYPE ? { text: t('facet.noType') } : english(typeLabel(value))
    const node = taxonomy.value?.byId.get(value)
    return node ? nameOf(node) : english(value)
  }
}
