import { enableAutoUnmount } from '@vue/test-utils'
import NodeLinkList from '@/components/taxonomy/NodeLinkList.vue'
import { installContent } from '../../support/seedContent'
import { mountWithTaxonomy, node } from './mountWithTaxonomy'

enableAutoUnmount(afterEach)

beforeEach(async () => {
  await installContent()
})

describe('NodeLinkList', () => {
  it('links each node to its own page, in the order given', async () => {
    const wrapper = await mountWithTaxonomy(NodeLinkList, (taxonomy) => ({
      nodes: ['japan', 'countering-terrorism', 'odihr', 'summit-meetings'].map((id) => node(taxonomy, id)),
    }))
    expect(wrapper.findAll('li a').map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['Japan', '/countries/japan'],
      ['Countering terrorism', '/fields/countering-terrorism'],
      ['Office for Democratic Institutions and Human Rights', '/structures/odihr'],
      ['Summit meetings', '/meetings/summit-meetings'],
    ])
  })

  it('shows notes and closed markers, and names unlinkable menu entries without a link', async () => {
    const wrapper = await mountWithTaxonomy(NodeLinkList, (taxonomy) => ({
      nodes: ['finland', 'office-in-minsk', 'fields-of-work-projects'].map((id) => node(taxonomy, id)),
    }))
    const items = wrapper.findAll('li')
    expect(items.map((item) => item.text())).toEqual(['Finland – OSCE Chairpersonship 2025', 'Office in Minsk (closed)', 'Projects'])
    expect(items[2]?.find('a').exists()).toBe(false)
  })
})
