/** Mounts one taxonomy component with a router, once the seed's taxonomy has been read. */
import { mount } from '@vue/test-utils'
import type { Component } from 'vue'
import { createMemoryHistory } from 'vue-router'
import { useTaxonomy, type TaxonomyLookup } from '@/composables/useTaxonomy'
import { createAppRouter } from '@/router'

export async function loadedTaxonomy(): Promise<TaxonomyLookup> {
  const { taxonomy } = useTaxonomy()
  return vi.waitFor(() => {
    if (!taxonomy.value) throw new Error('taxonomy not read yet')
    return taxonomy.value
  })
}

export function mountWithRouter(component: Component, props: Record<string, unknown> = {}) {
  const router = createAppRouter(createMemoryHistory())
  return mount(component, { props, global: { plugins: [router] } })
}

export function node(taxonomy: TaxonomyLookup, id: string) {
  const found = taxonomy.byId.get(id)
  if (!found) throw new Error(`seed taxonomy has no node "${id}"`)
  return found
}
