import { computed, type ComputedRef, type InjectionKey } from 'vue'
import { allNodes } from '@/db/content'
import type { TaxonomyNode } from '@/content/types'
import { nodePath } from '@/router/paths'
import { injectAppState } from './injectAppState'
import { createSharedLiveQuery } from './useLiveQuery'

export interface TaxonomyLookup {
  byId: ReadonlyMap<string, TaxonomyNode>
  /** Children in menu order. */
  children(id: string | null): readonly TaxonomyNode[]
  /** Ancestors from the top: Structures and institutions › Field operations. */
  ancestors(node: TaxonomyNode): readonly TaxonomyNode[]
  pathOf(node: TaxonomyNode): string | null
  /** Path of the node with this id, or null when unknown or not a page. */
  pathOfId(id: string): string | null
}

/**
 * `loading` until the menus are read; `empty` when the database holds none (a
 * first install still running or failed); `ready` with the menus. Empty and
 * not-read-yet are different: an empty taxonomy must not say "Loading…" forever.
 */
export type TaxonomyStatus = 'loading' | 'empty' | 'ready'

export interface SharedTaxonomy {
  taxonomy: ComputedRef<TaxonomyLookup | null>
  status: ComputedRef<TaxonomyStatus>
}

/** Menus deeper than this are a cycle in bad data, not a menu. */
const MAX_DEPTH = 10

function buildLookup(nodes: readonly TaxonomyNode[]): TaxonomyLookup {
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const childrenOf = new Map<string | null, TaxonomyNode[]>()
  for (const node of nodes) {
    const siblings = childrenOf.get(node.parent) ?? []
    siblings.push(node)
    childrenOf.set(node.parent, siblings)
  }
  for (const siblings of childrenOf.values()) siblings.sort((a, b) => a.order - b.order)
  // Asked for every link on every render (the menus, lists, breadcrumbs): worked out once per node.
  const paths = new Map<string, string | null>()
  const pathOf = (node: TaxonomyNode) => {
    let path = paths.get(node.id)
    if (path === undefined) paths.set(node.id, (path = nodePath(node, byId)))
    return path
  }
  const ancestors = (node: TaxonomyNode) => {
    const chain: TaxonomyNode[] = []
    let parent = node.parent ? byId.get(node.parent) : undefined
    while (parent && chain.length < MAX_DEPTH) {
      chain.unshift(parent)
      parent = parent.parent ? byId.get(parent.parent) : undefined
    }
    return chain
  }
  return Object.freeze({
    byId,
    children: (id: string | null) => childrenOf.get(id) ?? [],
    ancestors,
    pathOf,
    pathOfId: (id: string) => {
      const node = byId.get(id)
      return node ? pathOf(node) : null
    },
  })
}

export const taxonomyKey: InjectionKey<SharedTaxonomy> = Symbol('taxonomy')

/**
 * The menu tree, read from IndexedDB and kept live for as long as the app runs
 * (it is small and read-only). Created once per app by src/startup.ts.
 */
export function createSharedTaxonomy(): { shared: SharedTaxonomy; stop(): void } {
  const { result, stop } = createSharedLiveQuery(allNodes)
  const { data, loading } = result
  const taxonomy = computed(() => (data.value && data.value.length > 0 ? buildLookup(data.value) : null))
  // A failed read ends loading too: it shows as empty, with the install's state, rather than as a wait.
  const status = computed<TaxonomyStatus>(() => (taxonomy.value ? 'ready' : loading.value ? 'loading' : 'empty'))
  return { shared: { taxonomy, status }, stop }
}

/** The app's shared menu tree. */
export function useTaxonomy(): SharedTaxonomy {
  return injectAppState(taxonomyKey, 'useTaxonomy()')
}
