/** Mounts one taxonomy component in an app of its own (router, Pinia, app state), with the seed's taxonomy read. */
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { defineComponent, h, type Component } from 'vue'
import { createMemoryHistory, type Router } from 'vue-router'
import { useTaxonomy, type TaxonomyLookup } from '@/composables/useTaxonomy'
import { createAppI18n, loadPageMessages, type AppI18n } from '@/i18n'
import { createAppRouter } from '@/router'
import { createAppState } from '@/startup'

function appPlugins(router: Router = createAppRouter(createMemoryHistory()), i18n?: AppI18n) {
  return [createPinia(), router, createAppState({ i18n })]
}

export function mountWithRouter(component: Component, props: Record<string, unknown> = {}) {
  return mount(component, { props, global: { plugins: appPlugins() } })
}

/** Mounts `component` once the app's taxonomy is read, with props taken from it (nodes are found by id). */
export async function mountWithTaxonomy(component: Component, props: (taxonomy: TaxonomyLookup) => Record<string, unknown> = () => ({}), router?: Router) {
  const host = defineComponent({
    setup() {
      const { taxonomy } = useTaxonomy()
      return () => (taxonomy.value ? h(component, props(taxonomy.value)) : null)
    },
  })
  // With the words of every page: a router set before the app state skips the guard that loads them.
  const i18n = createAppI18n()
  await loadPageMessages(i18n.global)
  const wrapper = mount(host, { global: { plugins: appPlugins(router, i18n) } })
  await vi.waitFor(() => {
    if (!wrapper.findComponent(component).exists()) throw new Error('taxonomy not read yet')
  })
  return wrapper
}

export function node(taxonomy: TaxonomyLookup, id: string) {
  const found = taxonomy.byId.get(id)
  if (!found) throw new Error(`seed taxonomy has no node "${id}"`)
  return found
}
