import { describe, expect, it } from 'vitest'
import type { TaxonomyNode } from '@/content/types'
import { nodePath, releasePath } from '@/router/paths'
import { compileSeed, SEED_RELEASE_ID } from '../support/seedContent'

describe('app paths', () => {
  const nodes = compileSeed().taxonomy.nodes
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const pathOf = (id: string) => {
    const node = byId.get(id)
    if (!node) throw new Error(`no node ${id}`)
    return nodePath(node, byId)
  }

  it('gives a release its page', () => {
    expect(releasePath(SEED_RELEASE_ID)).toBe(`/releases/${SEED_RELEASE_ID}`)
  })

  it('gives sections and index groups their own pages, and every other node a page in its section', () => {
    expect(['our-work', 'fields-of-work', 'meetings-and-conferences', 'countries', 'structures-and-institutions', 'about-us'].map(pathOf)).toEqual([
      '/our-work',
      '/fields',
      '/meetings',
      '/countries',
      '/structures',
      '/about',
    ])
    expect(['mongolia', 'japan', 'asian-partners', 'kosovo', 'participating-states', 'countering-terrorism', 'summit-meetings', 'odihr', 'secretariat'].map(pathOf)).toEqual([
      '/countries/mongolia',
      '/countries/japan',
      '/countries/asian-partners',
      '/countries/kosovo',
      '/countries/participating-states',
      '/fields/countering-terrorism',
      '/meetings/summit-meetings',
      '/structures/odihr',
      '/structures/secretariat',
    ])
  })

  it('sends a menu link to the page it leads to, and a link that leads outside the content nowhere', () => {
    const link = (target: string | undefined): TaxonomyNode => ({ id: 'probe-link', kind: 'link', label: 'Probe', parent: 'countries', order: 0, aliases: [], target })
    expect(nodePath(link('mongolia'), byId)).toBe('/countries/mongolia')
    expect(nodePath(link(undefined), byId)).toBeNull()
  })
})
