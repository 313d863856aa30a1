import { enableAutoUnmount } from '@vue/test-utils'
import TaxonomyBreadcrumb from '@/components/taxonomy/TaxonomyBreadcrumb.vue'
import { installContent } from '../../support/seedContent'
import { mountWithTaxonomy, node } from './mountWithTaxonomy'

enableAutoUnmount(afterEach)

beforeEach(async () => {
  await installContent()
})

describe('TaxonomyBreadcrumb', () => {
  it('links every ancestor from the top and marks the node as the current page', async () => {
    const wrapper = await mountWithTaxonomy(TaxonomyBreadcrumb, (taxonomy) => ({ node: node(taxonomy, 'special-monitoring-mission-to-ukraine') }))

    const nav = wrapper.find('nav')
    expect(nav.attributes('aria-label')).toBe('Breadcrumb')
    expect(nav.findAll('a').map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['Structures and institutions', '/structures'],
      ['Field operations', '/structures/field-operations'],
      ['Closed field activities', '/structures/closed-field-activities'],
    ])
    const current = nav.findAll('li').at(-1)
    expect(current?.text()).toBe('Special Monitoring Mission to Ukraine')
    expect(current?.attributes('aria-current')).toBe('page')
  })

  it('renders nothing for a top-level node, which has no trail', async () => {
    const wrapper = await mountWithTaxonomy(TaxonomyBreadcrumb, (taxonomy) => ({ node: node(taxonomy, 'countries') }))
    expect(wrapper.find('nav').exists()).toBe(false)
  })
})
