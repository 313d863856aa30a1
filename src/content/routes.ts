/** Where each taxonomy node lives in the app. One place, so menus, links and pages agree. */
import type { TaxonomyNode } from './types'

const SECTION_PATHS: Readonly<Record<string, string>> = {
  'our-work': '/our-work',
  'fields-of-work': '/fields',
  'meetings-and-conferences': '/meetings',
  countries: '/countries',
  'structures-and-institutions': '/structures',
  'about-us': '/about',
}

const COUNTRY_KINDS = new Set(['country', 'partner', 'territory', 'partner-group'])

/** Path of a node's page, or null for menu links that lead outside the app's content. */
export function nodePath(node: TaxonomyNode, byId: ReadonlyMap<string, TaxonomyNode>): string | null {
  const section = SECTION_PATHS[node.id]
  if (section) return section
  if (node.kind === 'link') {
    const target = node.target ? byId.get(node.target) : undefined
    return target && target.kind !== 'link' ? nodePath(target, byId) : null
  }
  if (node.kind === 'field') return `/fields/${node.id}`
  if (node.kind === 'meeting') return `/meetings/${node.id}`
  if (COUNTRY_KINDS.has(node.kind) || node.parent === 'countries') return `/countries/${node.id}`
  return `/structures/${node.id}`
}

/** Ancestors from the top, for breadcrumbs: Structures and institutions › Field operations. */
export function ancestorsOf(node: TaxonomyNode, byId: ReadonlyMap<string, TaxonomyNode>): TaxonomyNode[] {
  const chain: TaxonomyNode[] = []
  let parent = node.parent ? byId.get(node.parent) : undefined
  while (parent && chain.length < 10) {
    chain.unshift(parent)
    parent = parent.parent ? byId.get(parent.parent) : undefined
  }
  return chain
}
