import { computed } from 'vue'
import { useRoute } from 'vue-router'
import { useTaxonomy } from './useTaxonomy'

/**
 * The taxonomy node a `/<section>/:slug` page shows. A node only counts when
 * its own page is this URL (nodePath decides), so `/fields/mongolia` is not
 * found rather than a field page about a country.
 */
export function useRoutedNode(sectionPath: string) {
  const route = useRoute()
  const { taxonomy } = useTaxonomy()
  const slug = computed(() => {
    const value = route.params.slug
    return typeof value === 'string' ? value : ''
  })
  const node = computed(() => {
    const lookup = taxonomy.value
    const candidate = lookup?.byId.get(slug.value)
    return candidate && lookup?.pathOf(candidate) === `${sectionPath}/${slug.value}` ? candidate : null
  })
  // Until the taxonomy is read we cannot tell a slow page from a wrong URL.
  const waiting = computed(() => taxonomy.value === null)
  return { taxonomy, slug, node, waiting }
}
