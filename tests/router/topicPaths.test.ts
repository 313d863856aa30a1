// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { compileContent } from '@/content/compile'
import { nodePath } from '@/router/paths'
import { readSeed, replaceOnce } from '../content/helpers'

describe('paths of nodes that releases bring beyond the menu', () => {
  // The seed tagged with a known sub-topic and an unknown term.
  const text = replaceOnce(readSeed(), '- Countering terrorism, Human rights\n', '- Countering terrorism, Media laws, Space debris\n')
  const nodes = compileContent([{ file: 'pages/topics.txt', text }]).taxonomy.nodes
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const pathOf = (id: string) => {
    const node = byId.get(id)
    if (!node) throw new Error(`no node ${id}`)
    return nodePath(node, byId)
  }

  it('gives topics and the Other topics group field pages', () => {
    expect(['media-laws', 'space-debris', 'other-topics'].map(pathOf)).toEqual(['/fields/media-laws', '/fields/space-debris', '/fields/other-topics'])
  })

  it('gives decision-making bodies, the Chairpersonship’s bodies and closed field operations structure pages', () => {
    expect(['decision-making-bodies', 'permanent-council', 'troika', 'office-in-yerevan', 'partnerships', 'osce-main-website'].map(pathOf)).toEqual([
      '/structures/decision-making-bodies',
      '/structures/permanent-council',
      '/structures/troika',
      '/structures/office-in-yerevan',
      '/structures/partnerships',
      '/structures/osce-main-website',
    ])
    // The Meetings menu's `Partnerships` entry now leads to that page.
    expect(pathOf('meetings-and-conferences-partnerships')).toBe('/structures/partnerships')
  })
})
