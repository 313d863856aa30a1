import { enableAutoUnmount, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { h } from 'vue'
import { createMemoryHistory } from 'vue-router'
import NodePageFrame from '@/components/taxonomy/NodePageFrame.vue'
import type { TaxonomyStatus } from '@/composables/useTaxonomy'
import type { TaxonomyNode } from '@/content/types'
import { createAppRouter } from '@/router'
import { useContentInstallStore, type InstallPhase } from '@/stores/contentInstall'

enableAutoUnmount(afterEach)

const mongolia: TaxonomyNode = { id: 'mongolia', kind: 'country', label: 'Mongolia', parent: 'participating-states', order: 34, aliases: [] }
const FAILURE = 'Could not download the content (HTTP 503). Connect to the internet and try again; what is already installed stays.'

function mountFrame(status: TaxonomyStatus, node: TaxonomyNode | null, phase: InstallPhase = 'ready') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useContentInstallStore()
  store.phase = phase
  if (phase === 'failed') store.failure = FAILURE
  const start = vi.spyOn(store, 'start').mockResolvedValue()
  const wrapper = mount(
    { render: () => h(NodePageFrame, { status, node, what: 'country “atlantis”' }, { default: ({ node: shown }: { node: TaxonomyNode }) => h('h1', shown.label) }) },
    { global: { plugins: [pinia, createAppRouter(createMemoryHistory())] } },
  )
  return { wrapper, start }
}

describe('NodePageFrame', () => {
  it('is quiet while the taxonomy is being read, even with no node yet', () => {
    const { wrapper } = mountFrame('loading', null, 'starting')
    expect(wrapper.find('[role="status"]').text()).toBe('Loading…')
    expect(wrapper.text()).not.toContain('Page not found')
    expect(document.title).toBe('OSCE Field Reader')
  })

  it('says the content is on its way while the first install runs', () => {
    const { wrapper } = mountFrame('empty', null, 'installing')
    expect(wrapper.find('[role="status"]').text()).toBe('The content is being installed. This page appears as soon as it arrives.')
    expect(wrapper.text()).not.toContain('Page not found')
  })

  it('shows why the first install failed, with Retry, instead of waiting for ever', async () => {
    const { wrapper, start } = mountFrame('empty', null, 'failed')
    expect(wrapper.text()).not.toContain('Loading…')
    expect(wrapper.find('p').text()).toBe(FAILURE)
    const retry = wrapper.get('button')
    expect(retry.text()).toBe('Retry')
    await retry.trigger('click')
    expect(start).toHaveBeenCalledWith()
    expect(document.title).toBe('OSCE Field Reader')
  })

  it('says not found, naming what was asked for, once read without a node', () => {
    const { wrapper } = mountFrame('ready', null)
    expect(wrapper.find('h1').text()).toBe('Page not found')
    expect(wrapper.text()).toContain('country “atlantis”')
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
    expect(document.title).toBe('Not found · OSCE Field Reader')
  })

  it('hands the node to its content once found, and titles the page after it', () => {
    const { wrapper } = mountFrame('ready', mongolia)
    expect(wrapper.find('h1').text()).toBe('Mongolia')
    expect(wrapper.text()).not.toContain('Page not found')
    expect(document.title).toBe('Mongolia · OSCE Field Reader')
  })
})
