import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import YourDataSection from '@/components/settings/YourDataSection.vue'
import { db } from '@/db/database'
import { readUserData } from '@/db/userData'
import { createAppI18n, loadPageMessages } from '@/i18n'
import { installContent, SEED_RELEASE_ID, SEED_TITLE } from '../../support/seedContent'
import { waitForText } from '../../support/mountRoute'

let wrapper: VueWrapper

async function mountSection(): Promise<VueWrapper> {
  const i18n = createAppI18n()
  await loadPageMessages(i18n.global)
  return mount(YourDataSection, { global: { plugins: [createPinia(), i18n] }, attachTo: document.body })
}

/** Chooses `file` in the section's file input, as the reader's file picker would. */
async function choose(file: File): Promise<void> {
  const input = wrapper.get<HTMLInputElement>('#settings-import')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
}

const status = () => wrapper.get('[role="status"]').text()
const button = (name: string) => wrapper.findAll('button').find((candidate) => candidate.text() === name)

describe('YourDataSection', () => {
  beforeEach(async () => {
    await installContent()
    await db.history.put({ releaseId: SEED_RELEASE_ID, openedAt: '2026-11-24T08:00:00.000Z', title: SEED_TITLE, date: '2017-07-06' })
    await db.reads.put({ releaseId: SEED_RELEASE_ID, readAt: '2026-11-22T08:00:00.000Z' })
    await db.settings.put({ key: 'theme', value: 'sepia' })
    wrapper = await mountSection()
  })
  afterEach(() => wrapper.unmount())

  it('refuses another app\'s file with what, where and how to fix it, and changes nothing', async () => {
    const before = await readUserData()
    await choose(new File([JSON.stringify({ bookmarks: [] })], 'bookmarks.json', { type: 'application/json' }))
    await waitForText(wrapper, 'not a backup of this app')
    expect(status()).toBe('“bookmarks.json” is not a backup of this app: it lacks the format “osce-field-reader-backup”. Nothing was imported. Choose the file that Export my data saved.')
    expect(await readUserData()).toEqual(before)
  })

  it('imports a good file and says how many items it added, and that a second import adds nothing', async () => {
    const backup = {
      format: 'osce-field-reader-backup',
      version: 1,
      exportedAt: '2026-12-01T10:00:00.000Z',
      data: { settings: [], saved: [], savedLists: [], savedItems: [], reads: [], history: [], follows: [{ nodeId: 'mongolia', followedAt: '2026-11-23T08:00:00.000Z' }, { nodeId: 'odihr', followedAt: '2026-11-23T09:00:00.000Z' }] },
    }
    const file = () => new File([JSON.stringify(backup)], 'osce-field-reader-backup-2026-12-01.json', { type: 'application/json' })
    await choose(file())
    await waitForText(wrapper, 'Imported')
    expect(status()).toBe('Imported “osce-field-reader-backup-2026-12-01.json”: 2 items added or updated.')
    await choose(file())
    await waitForText(wrapper, 'holds nothing new')
    expect(status()).toBe('“osce-field-reader-backup-2026-12-01.json” holds nothing new: everything in it is already on this device.')
    expect((await db.follows.toArray()).map((follow) => follow.nodeId)).toEqual(['mongolia', 'odihr'])
  })

  it('clears the reader\'s traces only after confirmation, keeping the theme', async () => {
    button('Clear my traces')?.trigger('click')
    await flushPromises()
    expect(wrapper.get('.confirm-action__text').text()).toBe('Delete your saved lists, read marks, follows and history? This cannot be undone: export your data first to keep a copy.')
    expect(await db.history.count()).toBe(1)
    await wrapper.get('.confirm-action__yes').trigger('click')
    await waitForText(wrapper, 'were deleted')
    expect([await db.history.count(), await db.reads.count(), (await db.settings.get('theme'))?.value]).toEqual([0, 0, 'sepia'])
  })
})
