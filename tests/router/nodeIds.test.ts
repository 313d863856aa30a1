import { describe, expect, it } from 'vitest'
import { GROUP, SECTION } from '@/router/nodeIds'
import { compileSeed } from '../support/seedContent'

describe('node ids the app names', () => {
  const nodes = new Map(compileSeed().taxonomy.nodes.map((node) => [node.id, node]))

  it('are all made by the content compiler, as sections and groups', () => {
    expect(Object.values(SECTION).map((id) => [id, nodes.get(id)?.kind])).toEqual([
      ['our-work', 'section'],
      ['countries', 'section'],
      ['structures-and-institutions', 'section'],
      ['about-us', 'section'],
    ])
    expect(Object.values(GROUP).map((id) => [id, nodes.get(id)?.kind])).toEqual([
      ['fields-of-work', 'group'],
      ['meetings-and-conferences', 'group'],
      ['participating-states', 'group'],
      ['asian-partners', 'partner-group'],
      ['mediterranean-partners', 'partner-group'],
    ])
  })
})
