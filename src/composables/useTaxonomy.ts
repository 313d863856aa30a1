import { computed, effectScope, type ComputedRef } from 'vue'
import { allNodes } from '@/db/content'
import { nodePath } from '@/content/routes'
import type { TaxonomyNode } from '@/content/types'
import { useLiveQuery } from './useLiveQuery'

export interface TaxonomyLookup {
  byId: ReadonlyMap<string, TaxonomyNode>
  /** Children in menu order. */
  children(id: string | null): readonly TaxonomyNode[]
  pathOf(node: TaxonomyNode): string | null
  /** Path of the node with this id, or null when unknown or not a page. */
  pathOfId(id: string): string | null
}

function buildLookup(nodes: readonly TaxonomyNode[]): TaxonomyLookup {
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const childrenOf = new Map<string | null, TaxonomyNode[]>()
  for (const node of nodes) {
    const siblings = childrenOf.get(node.parent) ?? []
    siblings.push(node)
    childrenOf.set(node.parent, siblings)
  }
  for (const siblings of childrenOf.values()) siblings.sort((a, b) => a.order - b.order)
  const pathOf = (node: TaxonomyNode) => nodePath(node, byId)
  return Object.freeze({
    byId,
    children: (id: string | null) => childrenOf.get(id) ?? [],
    pathOf,
    pathOfId: (id: string) => {
      const node = byId.get(id)
      return node ? pathOf(node) : null
    },
  })
}

let shared: { taxonomy: ComputedRef<TaxonomyLookup | null>; loading: ComputedRef<boolean> } | null = null

/** The menu tree, read once from IndexedDB and shared by every component (it is small and read-only). */
export function useTaxonomy() {
  if (!shared) {
    // Detached: the subscription lives as long as the app, not as the first component that asked.
    shared = effectScope(true).run(() => {
      const { data, loading } = useLiveQuery(allNodes)
      return {
        taxonomy: computed(() => (data.value && data.value.length > 0 ? buildLookup(data.value) : null)),
        loading: computed(() => loading.value),
      }
    }) ?? null
  }
  if (!shared) throw new Error('Taxonomy scope failed to start')
  return shared
}

/** For tests: forget the shared subscription so the next call reads a fresh database. */
export function resetTaxonomyForTests(): void {
  shared = null
}
