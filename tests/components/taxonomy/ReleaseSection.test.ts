import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import ReleaseSection from '@/components/taxonomy/ReleaseSection.vue'
import { waitForText } from '../../support/mountRoute'
import { installContent, SEED_TITLE } from '../../support/seedContent'
import { mountWithRouter } from './mountWithTaxonomy'

enableAutoUnmount(afterEach)

beforeEach(async () => {
  await installContent()
})

const mountSection = (props: Record<string, unknown>) =>
  mountWithRouter(ReleaseSection, { heading: 'Releases on Human rights', emptyText: 'None here.', ...props })

describe('ReleaseSection', () => {
  it('gives no count until the releases are read, then the count and the list', async () => {
    const wrapper = mountSection({ facet: 'fields', nodeId: 'human-rights' })
    expect(wrapper.find('h2').text()).toBe('Releases on Human rights')

    await waitForText(wrapper, 'Releases on Human rights (1)')
    expect(wrapper.findAll('article h3').map((title) => title.text())).toEqual([SEED_TITLE])
    expect(wrapper.text()).not.toContain('None here.')
  })

  it('labels the section by its heading', async () => {
    const wrapper = mountSection({ facet: 'fields', nodeId: 'human-rights' })
    const headingId = wrapper.find('h2').attributes('id')
    expect(headingId).toBeTruthy()
    expect(wrapper.find('section').attributes('aria-labelledby')).toBe(headingId)
  })

  it('reads the facet it is given', async () => {
    const wrapper = mountSection({ facet: 'primaryCountries', nodeId: 'human-rights', heading: 'Wrong facet' })
    await waitForText(wrapper, 'Wrong facet (0)')
    expect(wrapper.text()).toContain('None here.')
  })

  it('shows nothing at all when asked to hide an empty list', async () => {
    const empty = mountSection({ facet: 'structures', nodeId: 'institutions', hideWhenEmpty: true })
    const full = mountSection({ facet: 'structures', nodeId: 'secretariat', hideWhenEmpty: true, heading: 'From the Secretariat' })
    await waitForText(full, 'From the Secretariat (1)')
    await flushPromises()
    expect(empty.find('section').exists()).toBe(false)
  })
})
