import type { VueWrapper } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { RouterView } from 'vue-router'
import NewReleasesNotice from '@/components/sync/NewReleasesNotice.vue'
import { useContentSyncStore } from '@/stores/contentSync'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { compileContent } from '@/content/compile'
import { db } from '@/db/database'
import { createAppI18n, switchLocale } from '@/i18n'
import { mountRoute, waitForText } from '../../support/mountRoute'
import { installContent, variantPage } from '../../support/seedContent'

let wrapper: VueWrapper | undefined
let ids: string[] = []

/** The reader was last here on 28 November; two updates since brought three releases. */
async function seedVisitAndChanges(): Promise<void> {
  await db.settings.bulkPut([
    { key: 'lastActiveAt', value: '2026-12-01T07:00:00.000Z' },
    { key: 'newSince', value: '2026-11-28T12:00:00.000Z' },
  ])
  await db.contentChanges.bulkPut([
    { at: '2026-11-29T06:00:00.000Z', fromVersion: 'a', toVersion: 'b', newReleaseIds: [ids[0] ?? ''], removedReleases: 0 },
    { at: '2026-12-01T06:00:00.000Z', fromVersion: 'b', toVersion: 'c', newReleaseIds: [ids[2] ?? '', ids[1] ?? ''], removedReleases: 0 },
  ])
}

describe('new since last visit, on the home page', () => {
  beforeEach(async () => {
    const content = compileContent(['2026-11-29', '2026-11-30', '2026-12-01'].map((date, index) => variantPage(index, date)))
    ids = content.releases.map((release) => release.id).sort()
    await installContent(content)
    await seedVisitAndChanges()
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  it('shows a dated group that opens to the releases, newest first', async () => {
    wrapper = (await mountRoute('/')).wrapper
    await waitForText(wrapper, 'new since')
    const toggle = wrapper.get('.new-since__toggle')
    expect([toggle.text(), toggle.attributes('aria-expanded')]).toEqual(['3 new since 28 November 2026', 'false'])
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(wrapper.findAll('#new-since-releases .release-item h3').map((title) => title.text())).toEqual([
      'OSCE organizes seminar number 2 on community-policing approaches to countering violent extremism and radicalization that lead to terrorism in Mongolia',
      'OSCE organizes seminar number 1 on community-policing approaches to countering violent extremism and radicalization that lead to terrorism in Mongolia',
      'OSCE organizes seminar number 0 on community-policing approaches to countering violent extremism and radicalization that lead to terrorism in Mongolia',
    ])
  })

  it('goes when dismissed, and stays gone', async () => {
    wrapper = (await mountRoute('/')).wrapper
    await waitForText(wrapper, 'new since')
    await wrapper.get('.new-since button[aria-label="Dismiss the new releases"]').trigger('click')
    await vi.waitFor(() => expect(wrapper?.find('.new-since').exists()).toBe(false))
    expect((await db.settings.get('newSeenUntil'))?.value).toBe('2026-12-01T06:00:00.000Z')
  })

  it('is worded in the reader\'s language, with its plural forms', async () => {
    const i18n = createAppI18n()
    await switchLocale(i18n.global, 'ru')
    wrapper = (await mountRoute('/', undefined, { i18n })).wrapper
    await waitForText(wrapper, 'новых')
    expect(wrapper.get('.new-since__toggle').text()).toBe('3 новых выпуска с 28 ноября 2026 г.')
    const say = (n: number) => i18n.global.t('visits.newSince', { n, date: '28 ноября' }, n)
    expect([1, 5, 21, 22].map(say)).toEqual(['1 новый выпуск с 28 ноября', '5 новых выпусков с 28 ноября', '21 новый выпуск с 28 ноября', '22 новых выпуска с 28 ноября'])
    await switchLocale(i18n.global, 'en')
    expect(i18n.global.t('visits.newSince', { n: 1, date: '28 November' }, 1)).toBe('1 new since 28 November')
  })
  it('takes the place of the update notice on the home page; dismissing the notice elsewhere dismisses both', async () => {
    const change = { at: '2026-12-01T06:00:00.000Z', fromVersion: 'b', toVersion: 'c', newReleaseIds: [ids[2] ?? '', ids[1] ?? ''], removedReleases: 0 }
    const root = defineComponent({ render: () => h('div', [h(NewReleasesNotice), h(RouterView)]) })
    const mounted = await mountRoute('/', root)
    wrapper = mounted.wrapper
    useContentSyncStore(mounted.pinia).publish({ change })
    await waitForText(wrapper, '3 new since')
    expect(wrapper.find('.new-releases').exists()).toBe(false)
    await mounted.router.push('/about')
    await waitForText(wrapper, '2 new releases')
    await wrapper.get('.new-releases button').trigger('click')
    await vi.waitFor(async () => expect((await db.settings.get('newSeenUntil'))?.value).toBe('2026-12-01T06:00:00.000Z'))
    expect(useContentSyncStore(mounted.pinia).change).toBeNull()
    await mounted.router.push('/')
    await waitForText(wrapper, 'Latest releases')
    await vi.waitFor(() => expect(wrapper?.find('.new-since').exists()).toBe(false))
  })
})
