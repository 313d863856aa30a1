import 'fake-indexeddb/auto'
import type { VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { putSavedRelease } from '@/db/saved'
import { writeNewList } from '@/db/savedLists'
import { createAppI18n, switchLocale } from '@/i18n'
import { mountRoute, waitForText, waitUntil } from '../../support/mountRoute'
import { installContent, SEED_RELEASE_ID, SEED_TITLE } from '../../support/seedContent'

let wrapper: VueWrapper

async function openSeedRelease(i18n = createAppI18n()) {
  wrapper = (await mountRoute(`/releases/${SEED_RELEASE_ID}`, undefined, { i18n })).wrapper
  await waitForText(wrapper, SEED_TITLE)
}

const choices = () =>
  wrapper.findAll('.release-lists__choice').map((choice) => [choice.get('label').text(), (choice.get('input').element as HTMLInputElement).checked])

const until = (check: () => boolean, what: string) => waitUntil(wrapper, check, what)

describe('saving on a release page', () => {
  beforeEach(async () => {
    await installContent()
  })
  afterEach(() => wrapper.unmount())

  it('has Save under the title, named for the release, saving with the title and date', async () => {
    await openSeedRelease()
    const save = wrapper.get('.release-header .save-toggle')
    expect(save.attributes('aria-label')).toBe(`Save “${SEED_TITLE}”`)
    expect(save.attributes('aria-pressed')).toBe('false')
    await save.trigger('click')
    await until(() => wrapper.get('.release-header .save-toggle').attributes('aria-pressed') === 'true', 'pressed')
    expect(await db.savedItems.toArray()).toEqual([expect.objectContaining({ listId: 'saved', releaseId: SEED_RELEASE_ID, title: SEED_TITLE, date: '2017-07-06' })])
  })

  it('Lists…: a checkbox per list, checked where the release is, that puts it in or takes it out', async () => {
    await writeNewList('Trips', { id: 'trips', at: '2026-11-01T00:00:00.000Z' })
    await putSavedRelease('saved', { id: SEED_RELEASE_ID, title: SEED_TITLE, date: '2017-07-06' })
    await openSeedRelease()
    expect(wrapper.get('.release-lists summary').text()).toBe('Lists…')
    expect(wrapper.get('.release-lists legend').text()).toBe('Keep this release in')
    await until(() => choices().length === 2 && choices()[0]?.[1] === true, 'the lists')
    expect(choices()).toEqual([
      ['Saved', true],
      ['Trips', false],
    ])
    await wrapper.findAll('.release-lists__choice input')[1]?.setValue(true)
    await until(() => choices()[1]?.[1] === true, 'Trips checked')
    expect(await db.savedItems.get(['trips', SEED_RELEASE_ID])).toMatchObject({ title: SEED_TITLE, date: '2017-07-06' })

    // The default list's checkbox and Save are the same thing.
    await wrapper.findAll('.release-lists__choice input')[0]?.setValue(false)
    await until(() => wrapper.get('.release-header .save-toggle').attributes('aria-pressed') === 'false', 'Save unpressed')
    expect(await db.savedItems.get(['saved', SEED_RELEASE_ID])).toBeUndefined()
  })

  it('makes a new list with the release in it, and refuses an empty name with the reason', async () => {
    await openSeedRelease()
    const form = wrapper.get('.release-lists form')
    expect(form.get('label').text()).toBe('New list')
    expect(form.get('button').text()).toBe('Create and add')
    await form.trigger('submit')
    await waitForText(wrapper, 'Give the list a name: type at least one letter or digit.')
    await form.get('input').setValue('Mongolia follow-up')
    await form.trigger('submit')
    await until(() => choices().length === 2, 'the new list')
    expect(choices()).toEqual([
      ['Saved', false],
      ['Mongolia follow-up', true],
    ])
    expect(wrapper.find('.release-lists [role="alert"]').exists()).toBe(false)
    expect(wrapper.get('.release-lists [role="status"]').text()).toBe('List “Mongolia follow-up” created, with this release in it.')
    expect((form.get('input').element as HTMLInputElement).value).toBe('')
  })

  it('speaks Russian in a Russian interface', async () => {
    const i18n = createAppI18n()
    await switchLocale(i18n.global, 'ru')
    await openSeedRelease(i18n)
    await until(() => choices().length === 1, 'the lists')
    expect(wrapper.get('.release-header .save-toggle').attributes('aria-label')).toBe(`Сохранить «${SEED_TITLE}»`)
    expect(wrapper.get('.release-lists summary').text()).toBe('Списки…')
    expect(choices()).toEqual([['Сохранённое', false]])
  })
})
