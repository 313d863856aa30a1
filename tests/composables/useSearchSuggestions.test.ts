import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { computed, defineComponent, h, ref, shallowRef } from 'vue'
import type { TaxonomyNode } from '@/content/types'
import { taxonomyKey, type TaxonomyLookup } from '@/composables/useTaxonomy'
import { useSearchSuggestions } from '@/composables/useSearchSuggestions'
import { createAppI18n } from '@/i18n'

vi.mock('@/search/loadSearchClient', () => ({
  // No search index here: the completions part answers nothing, the menu entries are what is tested.
  loadSearchClient: () => Promise.resolve({ complete: () => Promise.resolve([]) }),
}))

const MONGOLIA: TaxonomyNode = { id: 'mongolia', kind: 'country', label: 'Mongolia', parent: null, order: 0, aliases: [] }

/** A menu lookup that counts how often a page path is asked for: once per entry each time the candidates are worked out. */
function countingLookup(): { lookup: TaxonomyLookup; pathOf: ReturnType<typeof vi.fn> } {
  const pathOf = vi.fn((node: TaxonomyNode) => `/countries/${node.id}`)
  const byId = new Map([[MONGOLIA.id, MONGOLIA]])
  return { pathOf, lookup: { byId, children: () => [], ancestors: () => [], pathOf, pathOfId: (id) => (byId.has(id) ? `/countries/${id}` : null) } }
}

let unmount: (() => void) | undefined
afterEach(() => unmount?.())

function mountWithMenus() {
  const text = ref('')
  const menus = shallowRef<TaxonomyLookup | null>(null)
  let suggestions: ReturnType<typeof useSearchSuggestions>['suggestions'] | undefined
  const wrapper = mount(
    defineComponent({
      setup() {
        suggestions = useSearchSuggestions(text).suggestions
        return () => h('p')
      },
    }),
    {
      global: {
        plugins: [createAppI18n()],
        provide: { [taxonomyKey as symbol]: { taxonomy: computed(() => menus.value), status: computed(() => (menus.value ? 'ready' : 'loading')) } },
      },
    },
  )
  unmount = () => wrapper.unmount()
  return { text, menus, suggestions: () => suggestions?.value.map((suggestion) => suggestion.text) }
}

describe('useSearchSuggestions', () => {
  it('works out no menu entries until the reader types: the menus arriving at start cost nothing', async () => {
    const { text, menus, suggestions } = mountWithMenus()
    const first = countingLookup()
    menus.value = first.lookup
    await flushPromises()
    menus.value = countingLookup().lookup
    await flushPromises()
    expect(first.pathOf).not.toHaveBeenCalled()

    text.value = 'mongo'
    await vi.waitFor(() => expect(suggestions()).toEqual(['Mongolia']))
  })

  it('answers again when the menus arrive while the reader is typing', async () => {
    const { text, menus, suggestions } = mountWithMenus()
    text.value = 'mongo'
    await flushPromises()
    expect(suggestions()).toEqual([])
    const arriving = countingLookup()
    menus.value = arriving.lookup
    await vi.waitFor(() => expect(suggestions()).toEqual(['Mongolia']))
    expect(arriving.pathOf).toHaveBeenCalledTimes(1)
  })
})
