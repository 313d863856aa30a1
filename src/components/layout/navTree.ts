/** Which menu entries the navigation shows, and the open/closed state its groups share. */
import type { InjectionKey, Ref } from 'vue'
import type { TaxonomyNode } from '@/content/types'
import type { TaxonomyLookup } from '@/composables/useTaxonomy'

export interface NavTreeState {
  /** Prefix for element ids, so the side navigation and the drawer never share one. */
  idPrefix: string
  /** How many top-level sections show their entries yet (NavTree draws them a frame apart when the menus arrive). */
  sectionsShown: Readonly<Ref<number>>
  isExpanded(node: TaxonomyNode, depth: number): boolean
  toggle(node: TaxonomyNode, depth: number): void
}

export const navTreeStateKey: InjectionKey<NavTreeState> = Symbol('navTreeState')

function ancestorPaths(node: TaxonomyNode, lookup: TaxonomyLookup): Set<string> {
  return new Set(lookup.ancestors(node).flatMap((ancestor) => lookup.pathOf(ancestor) ?? []))
}

/** Each menu's entries, worked out once per menu tree: every open group asks for its own and for each child's. */
const childrenCache = new WeakMap<TaxonomyLookup, Map<string | null, readonly TaxonomyNode[]>>()

/**
 * Menu entries worth a link: not those leading outside the reader (no path), and
 * not shortcuts back to a section or to a page the entry is already inside
 * ("Countries › All" is the Countries page again).
 */
export function navChildren(lookup: TaxonomyLookup, parentId: string | null): readonly TaxonomyNode[] {
  let cache = childrenCache.get(lookup)
  if (!cache) childrenCache.set(lookup, (cache = new Map()))
  let children = cache.get(parentId)
  if (!children) cache.set(parentId, (children = linkedChildren(lookup, parentId)))
  return children
}

function linkedChildren(lookup: TaxonomyLookup, parentId: string | null): TaxonomyNode[] {
  return lookup.children(parentId).filter((node) => {
    const path = lookup.pathOf(node)
    if (path === null) return false
    if (node.kind !== 'link') return true
    const target = node.target ? lookup.byId.get(node.target) : undefined
    return target?.kind !== 'section' && !ancestorPaths(node, lookup).has(path)
  })
}

/** Ids of the groups that hold the page at `path`, so the menu can open onto it. */
export function groupsLeadingTo(lookup: TaxonomyLookup, path: string): Set<string> {
  const ids = new Set<string>()
  for (const node of lookup.byId.values()) {
    if (node.kind === 'link' || lookup.pathOf(node) !== path) continue
    for (const ancestor of lookup.ancestors(node)) ids.add(ancestor.id)
  }
  return ids
}
