import 'fake-indexeddb/auto'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { putSavedRelease } from '@/db/saved'
import { writeNewList } from '@/db/savedLists'
import { createAppI18n, switchLocale } from '@/i18n'
import { mountRoute, waitForText, waitUntil } from '../support/mountRoute'
import { installContent, SEED_RELEASE_ID, SEED_TITLE } from '../support/seedContent'

// A release saved once and gone from the content since, in our own words.
const GONE = { id: '2016-05-10-workshop-on-border-crossings-in-osh', title: 'Workshop on border crossings held in Osh', date: '2016-05-10' }
const SEED = { id: SEED_RELEASE_ID, title: SEED_TITLE, date: '2017-07-06' }

let wrapper: VueWrapper

async function openSaved(path = '/saved', i18n = createAppI18n()) {
  const mounted = await mountRoute(path, undefined, { i18n })
  wrapper = mounted.wrapper
  await waitForText(wrapper, i18n.global.t('pages.saved'))
  return mounted
}

const navEntries = () => wrapper.findAll('nav.saved-lists a').map((link) => [link.get('.saved-lists__name').text(), link.get('.saved-lists__count').text(), link.attributes('href'), link.attributes('aria-current') ?? null])
const rows = () => wrapper.findAll('.saved-item').map((row) => [row.get('h3').text(), row.find('h3 a').exists() ? row.get('h3 a').attributes('href') : null, row.get('time').text(), row.find('.saved-item__gone').exists()])
const status = () => wrapper.get('.saved-page__status').text()

const until = (check: () => boolean, what: string) => waitUntil(wrapper, check, what)

describe('SavedView', () => {
  beforeEach(async () => {
    await installContent()
  })
  afterEach(() => wrapper.unmount())

  it('shows the default list before anything is saved, with what to do', async () => {
    await openSaved()
    await waitForText(wrapper, 'Nothing in this list yet')
    expect(wrapper.get('h1').text()).toBe('Saved')
    expect(navEntries()).toEqual([['Saved', '0 releases', '/saved', 'page']])
    expect(wrapper.get('nav.saved-lists').attributes('aria-label')).toBe('Your lists')
    expect(wrapper.get('h2').text()).toBe('Saved')
    expect(wrapper.find('input[type="search"]').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('Delete list')
  })

  it('lists saved releases newest saved first: a release still in the content is a link, one gone keeps its title and date', async () => {
    await putSavedRelease('saved', GONE, '2026-11-01T10:00:00.000Z')
    await putSavedRelease('saved', SEED, '2026-11-20T10:00:00.000Z')
    await openSaved()
    await until(() => rows().length === 2 && rows()[0]?.[1] !== null, 'two rows')
    expect(rows()).toEqual([
      [SEED_TITLE, `/releases/${SEED_RELEASE_ID}`, '6 July 2017', false],
      ['Workshop on border crossings held in Osh', null, '10 May 2016', true],
    ])
    expect(wrapper.get('.saved-item__gone').text()).toBe('no longer available')
    expect(wrapper.findAll('.saved-item__meta')[0]?.text()).toContain('saved 20 November 2026')
    expect(navEntries()).toEqual([['Saved', '2 releases', '/saved', 'page']])
  })

  it('filters by title without regard to case or diacritics, and says when nothing matches', async () => {
    await putSavedRelease('saved', GONE, '2026-11-01T10:00:00.000Z')
    await putSavedRelease('saved', SEED, '2026-11-20T10:00:00.000Z')
    await openSaved()
    await until(() => rows().length === 2, 'two rows')
    await wrapper.get('input[type="search"]').setValue('OSH')
    await until(() => rows().length === 1, 'one row')
    expect(rows()[0]?.[0]).toBe('Workshop on border crossings held in Osh')
    await wrapper.get('input[type="search"]').setValue('Mongolía seminar')
    await until(() => rows()[0]?.[0] === SEED_TITLE, 'the seed')
    await wrapper.get('input[type="search"]').setValue('tashkent')
    await waitForText(wrapper, 'No release in this list matches “tashkent”.')
    expect(rows()).toEqual([])
  })

  it('creates a list and opens it; a name already taken is refused with the reason', async () => {
    const { router } = await openSaved()
    await until(() => navEntries().length === 1, 'the lists')
    const input = wrapper.get('.saved-page__new input')
    await input.setValue('  Trips ')
    await wrapper.get('.saved-page__new').trigger('submit')
    await until(() => navEntries().length === 2, 'the new list')
    const [, trips] = navEntries()
    expect(trips?.slice(0, 2)).toEqual(['Trips', '0 releases'])
    await until(() => router.currentRoute.value.fullPath === trips?.[2], 'the new list opened')
    await until(() => wrapper.get('h2').text() === 'Trips', 'its heading')
    expect(status()).toBe('List “Trips” created.')

    await input.setValue('TRIPS')
    await wrapper.get('.saved-page__new').trigger('submit')
    await waitForText(wrapper, 'You already have a list named “Trips”: choose another name.')
    const alert = wrapper.get('.saved-page__new [role="alert"]')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe(alert.attributes('id'))
    expect((input.element as HTMLInputElement).value).toBe('TRIPS')

    await input.setValue('saved')
    await wrapper.get('.saved-page__new').trigger('submit')
    await waitForText(wrapper, 'You already have a list named “Saved”: choose another name.')
    expect(await db.savedLists.count()).toBe(1)
  })

  it('moves and copies selected releases to another list', async () => {
    await writeNewList('Trips', { id: 'trips' })
    await putSavedRelease('saved', GONE, '2026-11-01T10:00:00.000Z')
    await putSavedRelease('saved', SEED, '2026-11-20T10:00:00.000Z')
    await openSaved()
    await until(() => rows().length === 2, 'two rows')
    expect(wrapper.get('.saved-item input[type="checkbox"]').attributes('aria-label')).toBe(`Select “${SEED_TITLE}”`)
    const [move, copy] = wrapper.findAll('.items-transfer button')
    expect(move?.attributes('disabled')).toBeDefined()
    await wrapper.findAll('.saved-item input[type="checkbox"]')[1]?.setValue(true)
    expect(move?.attributes('disabled')).toBeUndefined()
    expect(wrapper.get('.items-transfer select').text()).toBe('Trips')

    await copy?.trigger('click')
    await waitForText(wrapper, 'Releases copied to “Trips”: 1.')
    expect(await db.savedItems.where('listId').equals('trips').primaryKeys()).toEqual([['trips', GONE.id]])
    await wrapper.findAll('.saved-item input[type="checkbox"]')[0]?.setValue(true)
    await wrapper.findAll('.saved-item input[type="checkbox"]')[1]?.setValue(true)
    await move?.trigger('click')
    await waitForText(wrapper, 'Releases moved to “Trips”: 2.')
    await until(() => rows().length === 0, 'the list emptied')
    expect(navEntries().map(([name, count]) => [name, count])).toEqual([
      ['Saved', '0 releases'],
      ['Trips', '2 releases'],
    ])
  })

  it('removes one release from the list', async () => {
    await putSavedRelease('saved', GONE, '2026-11-01T10:00:00.000Z')
    await putSavedRelease('saved', SEED, '2026-11-20T10:00:00.000Z')
    await openSaved()
    await until(() => rows().length === 2, 'two rows')
    const remove = wrapper.get('.saved-item__remove')
    expect(remove.attributes('aria-label')).toBe(`Remove “${SEED_TITLE}” from this list`)
    await remove.trigger('click')
    await until(() => rows().length === 1, 'one row left')
    expect(rows()[0]?.[0]).toBe('Workshop on border crossings held in Osh')
  })

  it('renames a list, the default one too', async () => {
    await openSaved()
    await until(() => navEntries().length === 1, 'the lists')
    await wrapper.get('.list-actions button').trigger('click')
    const field = wrapper.get('.list-actions input')
    expect(document.activeElement).toBe(field.element)
    expect(wrapper.get('.list-actions label').text()).toBe('New name for “Saved”')
    await field.setValue('Read later')
    await wrapper.get('.list-actions form').trigger('submit')
    await waitForText(wrapper, 'List renamed to “Read later”.')
    await until(() => wrapper.get('h2').text() === 'Read later', 'the new name')
    expect(navEntries()[0]?.[0]).toBe('Read later')
    expect(document.activeElement?.textContent).toBe('Rename')
  })

  it('deletes a list only after confirmation, then shows the default list', async () => {
    await writeNewList('Trips', { id: 'trips' })
    await putSavedRelease('trips', SEED)
    const { router } = await openSaved('/saved?list=trips')
    await until(() => wrapper.get('h2').text() === 'Trips', 'the list')
    const deleteButton = () => wrapper.findAll('.list-actions button').find((button) => button.text() === 'Delete list')
    await deleteButton()?.trigger('click')
    expect(wrapper.get('.list-actions__confirm p').text()).toBe('Delete the list “Trips” and everything saved in it? The releases themselves stay in the app.')
    expect(document.activeElement?.textContent).toBe('Delete')
    await wrapper.findAll('.list-actions__confirm button')[1]?.trigger('click')
    await flushPromises()
    expect(document.activeElement?.textContent).toBe('Delete list')
    expect(await db.savedLists.get('trips')).toBeDefined()

    await deleteButton()?.trigger('click')
    await wrapper.findAll('.list-actions__confirm button')[0]?.trigger('click')
    await waitForText(wrapper, 'List “Trips” deleted.')
    await until(() => router.currentRoute.value.fullPath === '/saved', 'the default list')
    expect(status()).toBe('List “Trips” deleted.')
    expect(await db.savedLists.get('trips')).toBeUndefined()
    expect(await db.savedItems.count()).toBe(0)
    await until(() => navEntries().length === 1, 'one list left')
  })

  it('says so for a list that does not exist', async () => {
    await openSaved('/saved?list=nowhere')
    await waitForText(wrapper, 'There is no such list: it may have been deleted.')
    expect(wrapper.get('.page > p:last-child a').attributes('href')).toBe('/saved')
    expect(wrapper.get('.page > p:last-child a').text()).toBe('Show “Saved”')
  })

  it('Escape leaves the rename field unchanged, back on Rename', async () => {
    await openSaved()
    await until(() => navEntries().length === 1, 'the lists')
    await wrapper.get('.list-actions button').trigger('click')
    await wrapper.get('.list-actions input').setValue('Something else')
    await wrapper.get('.list-actions form').trigger('keydown', { key: 'Escape' })
    await flushPromises()
    expect(wrapper.find('.list-actions input').exists()).toBe(false)
    expect(document.activeElement?.textContent).toBe('Rename')
    expect(await db.savedLists.count()).toBe(0)
    expect(wrapper.get('h2').text()).toBe('Saved')
  })

  it('speaks Russian, counts included', async () => {
    await putSavedRelease('saved', GONE, '2026-11-01T10:00:00.000Z')
    await putSavedRelease('saved', SEED, '2026-11-20T10:00:00.000Z')
    const i18n = createAppI18n()
    await switchLocale(i18n.global, 'ru')
    await openSaved('/saved', i18n)
    await until(() => rows().length === 2, 'two rows')
    expect(wrapper.get('h1').text()).toBe('Сохранённое')
    expect(navEntries()).toEqual([['Сохранённое', '2 выпуска', '/saved', 'page']])
    expect(wrapper.get('nav.saved-lists').attributes('aria-label')).toBe('Ваши списки')
    expect(wrapper.get('.saved-item__gone').text()).toBe('больше недоступен')
    expect(wrapper.get('.saved-page__new label').text()).toBe('Новый список')
  })
})
