/**
 * The countries, structures, fields and topics the reader follows (user data:
 * content updates never touch `follows`), and the home page's "For you" built
 * from them with the read marks.
 */
import type { TaxonomyNode } from '@/content/types'
import type { ReleaseFacet } from './content'
import { db, type Follow, type ReleaseSummary } from './database'
import { firstUnreadPageBy, newestUnreadBy, unreadCountBy } from './reads'

/**
 * The list of a node's own releases, by its kind, as its page shows it (src/router/paths.ts nodePath):
 * places by primary country, bodies by source structure, fields and topics by field; null for a node
 * that cannot be followed (menu sections, groups, meetings, links).
 */
const FACET_OF_KIND: Readonly<Partial<Record<TaxonomyNode['kind'], ReleaseFacet>>> = {
  country: 'primaryCountries',
  partner: 'primaryCountries',
  territory: 'primaryCountries',
  structure: 'structures',
  'secretariat-unit': 'structures',
  institution: 'structures',
  'field-operation': 'structures',
  field: 'fields',
  topic: 'fields',
}

export function facetOfNode(node: Pick<TaxonomyNode, 'kind'>): ReleaseFacet | null {
  return FACET_OF_KIND[node.kind] ?? null
}

export async function putFollow(nodeId: string, at: string = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', db.follows, async () => {
    // Following again keeps the first date: the order of "For you" does not jump.
    if (!(await db.follows.get(nodeId))) await db.follows.put({ nodeId, followedAt: at })
  })
}

export async function deleteFollow(nodeId: string): Promise<void> {
  await db.transaction('rw', db.follows, async () => {
    await db.follows.delete(nodeId)
  })
}

/** Everything followed, oldest follow first. */
export async function readFollows(): Promise<Follow[]> {
  return db.follows.orderBy('followedAt').toArray()
}

export async function isFollowed(nodeId: string): Promise<boolean> {
  return (await db.follows.get(nodeId)) !== undefined
}

export interface FollowedItem {
  node: TaxonomyNode
  unread: number
}

export interface ForYou {
  /** Followed nodes still in the menus, in the order followed. */
  items: FollowedItem[]
  /** The newest unread releases of all of them together, newest first. */
  releases: ReleaseSummary[]
  /** Those of `releases` the last content update brought. */
  newIds: string[]
}

/**
 * "For you": each followed node with its unread count, and the `limit` newest unread releases across them.
 * Index counts and one short walk per node: its cost grows with the follows, not with the releases.
 */
export async function forYou(limit: number): Promise<ForYou> {
  // No single read transaction around these reads: Chromium runs a transaction's requests one after the other, and
  // the nodes' index counts in transactions of their own run side by side (one transaction measured no faster).
  const [follows, state] = await Promise.all([readFollows(), db.installState.get('content')])
  const nodes = await db.nodes.bulkGet(follows.map((follow) => follow.nodeId))
  const followed = nodes.flatMap((node) => {
    const facet = node ? facetOfNode(node) : null
    return node && facet ? [{ node, facet }] : []
  })
  // Each node's count and the first page of its list are read side by side.
  const firstPages = await Promise.all(
    followed.map(async ({ node, facet }) => {
      const [unread, page] = await Promise.all([unreadCountBy(facet, node.id), firstUnreadPageBy(facet, node.id, limit)])
      return { node, facet, unread, page }
    }),
  )
  // Only a node whose first page ends newer than the newest `limit` found so far can add to them: the others'
  // later releases are all older. So the walk goes on for few nodes, if any, and For you waits for no more reads.
  const newestSoFar = distinctNewestFirst(firstPages.flatMap(({ page }) => page.unread))[limit - 1]?.id
  const lists = await Promise.all(
    firstPages.map(({ node, facet, unread, page }) => {
      const couldAddMore = page.full && page.unread.length < Math.min(limit, unread) && (newestSoFar === undefined || (page.oldestId ?? '') > newestSoFar)
      return couldAddMore ? newestUnreadBy(facet, node.id, limit, unread, page) : page.unread
    }),
  )
  const items = firstPages.map(({ node, unread }) => ({ node, unread }))
  const releases = distinctNewestFirst(lists.flat()).slice(0, limit)
  const brought = new Set(state?.lastChange?.newReleaseIds)
  return { items, releases, newIds: releases.map((release) => release.id).filter((id) => brought.has(id)) }
}

/** The releases without repeats (one filed under two followed nodes), by id from the newest (not release-order's newestFirst). */
function distinctNewestFirst(releases: readonly ReleaseSummary[]): ReleaseSummary[] {
  const byId = new Map(releases.map((release) => [release.id, release]))
  return [...byId.values()].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
}
