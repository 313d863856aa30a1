import { enableAutoUnmount, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { h, shallowRef } from 'vue'
import { createMemoryHistory } from 'vue-router'
import NodePageFrame from '@/components/taxonomy/NodePageFrame.vue'
import type { TaxonomyStatus } from '@/composables/useTaxonomy'
import type { TaxonomyNode } from '@/content/types'
import { createAppRouter } from '@/router'
import { contentSyncKey } from '@/composables/useContentSync'
import { installStateKey, type SharedInstallState } from '@/composables/useOfflineContent'
import { useContentSyncStore } from '@/stores/contentSync'
import type { ContentSync } from '@/sync/content-sync'
import { createAppI18n, loadPageMessages } from '@/i18n'

enableAutoUnmount(afterEach)

// Node pages are beyond the home page: their words are English's later part.
const i18n = createAppI18n()
beforeAll(() => loadPageMessages(i18n.global))

const mongolia: TaxonomyNode = { id: 'mongolia', kind: 'country', label: 'Mongolia', parent: 'participating-states', order: 34, aliases: [] }
const FAILURE = 'Could not download the content: there is no connection to the server. It downloads by itself when the connection is back, or retry now.'

type SyncState = 'starting' | 'installing' | 'failed' | 'settled'

function mountFrame(status: TaxonomyStatus, node: TaxonomyNode | null, state: SyncState = 'settled') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useContentSyncStore()
  if (state === 'installing') store.publish({ activity: 'installing', progress: { done: 10, total: 100 } })
  if (state === 'failed') store.publish({ failure: { reason: 'unreachable', path: 'manifest.json' } })
  if (state !== 'starting' && state !== 'installing') store.runFinished(false)
  const sync: ContentSync = { check: vi.fn(async () => null), contentReplaced: vi.fn() }
  // Nothing installed: the frame's messages come from the sync's state.
  const installState: SharedInstallState = { installed: shallowRef(undefined), loading: shallowRef(false) }
  const wrapper = mount(
    { render: () => h(NodePageFrame, { status, node, what: 'country “atlantis”' }, { default: ({ node: shown }: { node: TaxonomyNode }) => h('h1', shown.label) }) },
    { global: { plugins: [pinia, createAppRouter(createMemoryHistory()), i18n], provide: { [contentSyncKey as symbol]: sync, [installStateKey as symbol]: installState } } },
  )
  return { wrapper, check: sync.check }
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
    const { wrapper, check } = mountFrame('empty', null, 'failed')
    expect(wrapper.text()).not.toContain('Loading…')
    await vi.waitFor(() => expect(wrapper.find('p').text()).toBe(FAILURE))
    const retry = wrapper.get('button')
    expect(retry.text()).toBe('Retry')
    await retry.trigger('click')
    expect(check).toHaveBeenCalledWith('manual')
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
