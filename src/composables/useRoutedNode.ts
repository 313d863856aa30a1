import { computed } from 'vue'
import { useRoute } from 'vue-router'
import { nodePagePath, type NodeSectionPath } from '@/router/paths'
import { useTaxonomy } from './useTaxonomy'

/**
 * The taxonomy node a `/<section>/:slug` page shows. A node only counts when
 * its own page is this URL (nodePath decides), so `/fields/mongolia` is not
 * found rather than a field page about a country.
 */
export function useRoutedNode(section: NodeSectionPath) {
  const route = useRoute()
  const { taxonomy, status } = useTaxonomy()
  const slug = computed(() => {
    const value = route.params.slug
    return typeof value === 'string' ? value : ''
  })
  const node = computed(() => {
    const lookup = taxonomy.value
    const candidate = lookup?.byId.get(slug.value)
    return candidate && lookup?.pathOf(candidate) === nodePagePath(section, slug.value) ? candidate : null
  })
  // Until the taxonomy is ready (status) a slow or missing install cannot be told from a wrong URL.
  return { taxonomy, status, slug, node }
}
