import { CONTENT_TYPES } from '@/content/data/content-types'
import { slugify } from '@/content/text'
import { NO_TYPE, type FacetName } from '@/search/types'
import { useTaxonomy } from './useTaxonomy'

export const FACET_HEADINGS: Readonly<Record<FacetName, string>> = {
  type: 'Type',
  field: 'Field of work',
  country: 'Country',
  structure: 'Structure',
}

const TYPE_LABELS = new Map(CONTENT_TYPES.map((type) => [slugify(type), type]))

/** `press-release` → `Press release`; a type the site list does not know is spelt out from its slug. */
function typeLabel(slug: string): string {
  if (slug === NO_TYPE) return 'No type'
  const known = TYPE_LABELS.get(slug)
  if (known) return known
  const words = slug.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Names facet values the way the rest of the app does: types by their label, nodes by their menu label. */
export function useFacetLabels() {
  const { taxonomy } = useTaxonomy()
  return (name: FacetName, value: string): string =>
    name === 'type' ? typeLabel(value) : (taxonomy.value?.byId.get(value)?.label ?? value)
}
