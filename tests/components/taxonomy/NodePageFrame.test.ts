import { enableAutoUnmount } from '@vue/test-utils'
import { h } from 'vue'
import NodePageFrame from '@/components/taxonomy/NodePageFrame.vue'
import type { TaxonomyNode } from '@/content/types'
import { mountWithRouter } from './mountWithTaxonomy'

enableAutoUnmount(afterEach)

const mongolia: TaxonomyNode = { id: 'mongolia', kind: 'country', label: 'Mongolia', parent: 'participating-states', order: 34, aliases: [] }

function mountFrame(waiting: boolean, node: TaxonomyNode | null) {
  return mountWithRouter(
    { render: () => h(NodePageFrame, { waiting, node, what: 'country “atlantis”' }, { default: ({ node: shown }: { node: TaxonomyNode }) => h('h1', shown.label) }) },
    {},
  )
}

describe('NodePageFrame', () => {
  it('is quiet while the taxonomy is being read, even with no node yet', () => {
    const wrapper = mountFrame(true, null)
    expect(wrapper.find('[role="status"]').text()).toBe('Loading…')
    expect(wrapper.text()).not.toContain('Page not found')
  })

  it('says not found, naming what was asked for, once read without a node', () => {
    const wrapper = mountFrame(false, null)
    expect(wrapper.find('h1').text()).toBe('Page not found')
    expect(wrapper.text()).toContain('country “atlantis”')
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
  })

  it('hands the node to its content once found', () => {
    const wrapper = mountFrame(false, mongolia)
    expect(wrapper.find('h1').text()).toBe('Mongolia')
    expect(wrapper.text()).not.toContain('Page not found')
  })
})
