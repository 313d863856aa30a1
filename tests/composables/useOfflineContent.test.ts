import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createSharedInstallState, installStateKey, useOfflineContent } from '@/composables/useOfflineContent'
import { db } from '@/db/database'
import { beginInstall, completeInstall } from '@/db/install'
import { readInstallState } from '@/db/install-state'

// eslint-disable-next-line vue/one-component-per-file -- a reader and the page holding three of them, for this test only
const Reader = defineComponent({
  setup: () => useOfflineContent(),
  render() {
    return h('p', this.available ? `${this.available.totalReleases} releases` : this.installed ? 'installing' : 'none')
  },
})
/** Three readers of the install record, as the home page has them (notice, failure alert, persistence request). */
// eslint-disable-next-line vue/one-component-per-file
const Readers = defineComponent({ render: () => h('div', [h(Reader), h(Reader), h(Reader)]) })

vi.mock('@/db/install-state', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/db/install-state')>()
  return { ...actual, readInstallState: vi.fn(actual.readInstallState) }
})

let shared: ReturnType<typeof createSharedInstallState> | undefined

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})
afterEach(() => {
  shared?.stop()
})

describe('useOfflineContent', () => {
  it('reads the install record once for all its readers, again once per change, and shows each the same state', async () => {
    const reads = vi.mocked(readInstallState)
    reads.mockClear()
    shared = createSharedInstallState()
    const wrapper = mount(Readers, { global: { provide: { [installStateKey as symbol]: shared.shared } } })
    await vi.waitFor(() => expect(shared?.shared.loading.value).toBe(false))
    expect(wrapper.findAll('p').map((p) => p.text())).toEqual(['none', 'none', 'none'])
    expect(reads).toHaveBeenCalledTimes(1)

    await beginInstall({ version: 'v1', contentDate: '2017-07-06', totalReleases: 1 })
    await vi.waitFor(() => expect(wrapper.findAll('p').map((p) => p.text())).toEqual(['installing', 'installing', 'installing']))
    await completeInstall('2026-12-01T08:00:00.000Z')
    await vi.waitFor(() => expect(wrapper.findAll('p').map((p) => p.text())).toEqual(['1 releases', '1 releases', '1 releases']))
    await flushPromises()
    // The first read and one after each of the two writes: never one per reader.
    expect(reads).toHaveBeenCalledTimes(3)
    wrapper.unmount()
  })
})
