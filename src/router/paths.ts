/**
 * Every URL of the app in one place, so the router, menus, links and pages agree.
 * Content (src/content) knows nothing of URLs: which page shows a node is decided here.
 */
import type { TaxonomyNode } from '@/content/types'
import { GROUP, SECTION, type GroupId, type SectionId } from './nodeIds'

export const PATHS = {
  home: '/',
  releases: '/releases',
  newReleases: '/new',
  countries: '/countries',
  structures: '/structures',
  fields: '/fields',
  meetings: '/meetings',
  ourWork: '/our-work',
  search: '/search',
  settings: '/settings',
  saved: '/saved',
  history: '/history',
  about: '/about',
} as const

type AppPath = (typeof PATHS)[keyof typeof PATHS]

/** The sections of the app whose pages show one node each: `/countries/:slug`… */
export type NodeSectionPath = typeof PATHS.countries | typeof PATHS.structures | typeof PATHS.fields | typeof PATHS.meetings

export function releasePath(id: string): string {
  return `${PATHS.releases}/${id}`
}

/** The Saved page showing one of the reader's lists; `null` (the default list) is the page itself. */
export function savedListPath(listId: string | null): string {
  return listId === null ? PATHS.saved : `${PATHS.saved}?list=${encodeURIComponent(listId)}`
}

/** The page of one node in a section: `/countries/mongolia`. */
export function nodePagePath(section: NodeSectionPath, slug: string): string {
  return `${section}/${slug}`
}

/** Menu sections and groups that have an index page of their own. */
const INDEX_PATHS: Readonly<Partial<Record<SectionId | GroupId, AppPath>>> = {
  [SECTION.ourWork]: PATHS.ourWork,
  [GROUP.fields]: PATHS.fields,
  [GROUP.meetings]: PATHS.meetings,
  [SECTION.countries]: PATHS.countries,
  [SECTION.structures]: PATHS.structures,
  [SECTION.aboutUs]: PATHS.about,
}

/** Kinds of node with a page in each section; any other node (a structure, unit, institution…) is under /structures. */
const SECTION_OF_KIND: Readonly<Partial<Record<TaxonomyNode['kind'], NodeSectionPath>>> = {
  field: PATHS.fields,
  topic: PATHS.fields,
  meeting: PATHS.meetings,
  country: PATHS.countries,
  partner: PATHS.countries,
  territory: PATHS.countries,
  'partner-group': PATHS.countries,
}

/** Path of a node's page, or null for menu links that lead outside the app's content. */
export function nodePath(node: TaxonomyNode, byId: ReadonlyMap<string, TaxonomyNode>): string | null {
  const index = (INDEX_PATHS as Readonly<Record<string, AppPath | undefined>>)[node.id]
  if (index) return index
  if (node.kind === 'link') {
    const target = node.target ? byId.get(node.target) : undefined
    return target && target.kind !== 'link' ? nodePath(target, byId) : null
  }
  // Groups below Fields of work (Other topics) list topics: their page is a field page.
  const fieldGroup = node.kind === 'group' && node.parent === GROUP.fields
  const section = SECTION_OF_KIND[node.kind] ?? (fieldGroup ? PATHS.fields : node.parent === SECTION.countries ? PATHS.countries : PATHS.structures)
  return nodePagePath(section, node.id)
}
