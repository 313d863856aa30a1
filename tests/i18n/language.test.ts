/**
 * The reader switches the interface to Russian in Settings: the page changes at
 * once (the same app, no reload), <html lang> and the title follow, the choice is
 * kept in the settings table and a new start opens in Russian. Content stays English.
 */
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import App from '@/App.vue'
import { readSetting, writeSetting } from '@/db/settings'
import { createAppI18n } from '@/i18n'
import { createAppRouter } from '@/router'
import { createAppState } from '@/startup'
import { startInLanguage } from '@/i18n/useInterfaceLanguage'
import { useContentSyncStore } from '@/stores/contentSync'
import { mountRoute, waitForText } from '../support/mountRoute'
import { installContent, packOf, SEED_RELEASE_ID, SEED_TITLE } from '../support/seedContent'

let wrapper: VueWrapper | undefined

function serveSeedPack(): void {
  const pack = packOf()
  vi.stubGlobal('fetch', async (url: string) => {
    const text = pack.files.get(url.replace(/^http:\/\/localhost:3000\/pack\//, ''))
    return text === undefined ? new Response('missing', { status: 404 }) : new Response(text)
  })
}

async function mountApp(path: string, i18n = createAppI18n()) {
  const mounted = await mountRoute(path, App, { i18n })
  wrapper = mounted.wrapper
  const store = useContentSyncStore(mounted.pinia)
  await vi.waitFor(() => expect(store.settled).toBe(true))
  return mounted
}

describe('switching the interface language', () => {
  beforeEach(async () => {
    await installContent()
    serveSeedPack()
  })
  afterEach(async () => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    await writeSetting('language', null)
    document.documentElement.lang = 'en'
  })

  it('changes the page to Russian without a reload, and keeps the choice as the reader’s setting', async () => {
    const { wrapper } = await mountApp('/settings')
    const heading = wrapper.get('main h1')
    expect(heading.text()).toBe('Settings and storage')
    const select = wrapper.get('#settings-language ~ label select')
    expect(select.findAll('option').map((option) => [option.attributes('value'), option.attributes('lang'), option.text()])).toEqual([
      ['en', 'en', 'English'],
      ['ru', 'ru', 'Русский'],
    ])

    await select.setValue('ru')
    await waitForText(wrapper, 'Настройки и хранилище')
    // The same elements, updated in place: nothing was reloaded or remounted.
    expect(wrapper.get('main h1').element).toBe(heading.element)
    expect(document.documentElement.lang).toBe('ru')
    expect(document.documentElement.dir).toBe('ltr')
    expect(document.title).toBe('Настройки и хранилище · OSCE Field Reader')
    expect(wrapper.get('header button').text()).toBe('Меню')
    expect(wrapper.get('#header-search-input').attributes('placeholder')).toBe('Поиск выпусков')
    expect(wrapper.get('.offline-content__facts').text()).toContain('1 выпуск')
    expect(wrapper.get('.offline-content__facts').text()).toContain('6 июля 2017 г.')
    expect(await readSetting('language')).toBe('ru')

    await select.setValue('en')
    await waitForText(wrapper, 'Settings and storage')
    expect(document.documentElement.lang).toBe('en')
  })

  it('starts in the saved language on the next start, before the first paint', async () => {
    await writeSetting('language', 'ru')
    const i18n = createAppI18n()
    await startInLanguage(i18n.global)
    expect(document.documentElement.lang).toBe('ru')
    const { wrapper } = await mountApp('/', i18n)
    expect(wrapper.get('main h1').text()).toBe('Последние выпуски')
    expect(wrapper.get('a.skip-link').text()).toBe('Перейти к содержанию')
    // The release itself stays English, marked so for screen readers; its date is Russian.
    const title = wrapper.get('main .release-item__title')
    expect(title.text()).toBe(SEED_TITLE)
    expect(title.attributes('lang')).toBe('en')
    expect(wrapper.get('main .release-meta time').text()).toBe('6 июля 2017 г.')
  })

  it('follows the browser’s languages on the first start, while nothing is saved', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ru-RU', 'en-US'])
    const i18n = createAppI18n()
    await startInLanguage(i18n.global)
    expect(i18n.global.locale.value).toBe('ru')
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['kk-KZ', 'en-GB'])
    const other = createAppI18n()
    await startInLanguage(other.global)
    expect(other.global.locale.value).toBe('en')
    expect(await readSetting('language')).toBeNull()
  })

  it('names a country in Russian with its English label alongside; structures and fields keep their English names, marked', async () => {
    await writeSetting('language', 'ru')
    const i18n = createAppI18n()
    await startInLanguage(i18n.global)
    const { wrapper, router } = await mountApp('/countries/mongolia', i18n)
    await waitForText(wrapper, 'Монголия')
    expect(wrapper.get('main h1').text()).toBe('Монголия')
    const english = wrapper.get('main .node-heading__english')
    expect([english.text(), english.attributes('lang')]).toEqual(['Mongolia', 'en'])
    expect(wrapper.get('main .country-status').text()).toBe('Государство — участник ОБСЕ')
    expect(document.title).toBe('Монголия · OSCE Field Reader')

    await router.push(`/releases/${SEED_RELEASE_ID}`)
    await waitForText(wrapper, 'Источник')
    const facts = wrapper.get('main .release-facts')
    const countries = facts.get('[data-fact="countries"] a')
    expect([countries.text(), countries.attributes('lang')]).toEqual(['Монголия', undefined])
    const sources = facts.findAll('[data-fact="sources"] a').map((link) => [link.text(), link.attributes('lang')])
    expect(sources).toEqual([
      ['OSCE Secretariat', 'en'],
      ['OSCE Office for Democratic Institutions and Human Rights', 'en'],
    ])
    const field = facts.get('[data-fact="fields"] a')
    expect(field.attributes('lang')).toBe('en')
    expect(wrapper.get('main .release-body').attributes('lang')).toBe('en')
  })

  it('loads the English words of a page beyond the home page before it shows, on a deep link too (as main.ts installs the app)', async () => {
    const router = createAppRouter(createMemoryHistory())
    const i18n = createAppI18n()
    wrapper = mount(App, { global: { plugins: [createPinia(), router, createAppState({ i18n })] }, attachTo: document.body })
    await router.isReady()
    expect(i18n.global.te('settings.offlineContent', 'en')).toBe(false)
    await router.push('/settings')
    expect(i18n.global.te('settings.offlineContent', 'en')).toBe(true)
    // The pages' words are added beside the shell's, which stay.
    expect(i18n.global.t('app.skipToContent')).toBe('Skip to content')
    await waitForText(wrapper, 'Offline content')
    expect(wrapper.find('.skip-link').text()).toBe('Skip to content')
    expect(wrapper.text()).not.toContain('settings.')
  })

  it('loads no English page words for a Russian reader’s deep link: the guard waits for the start’s choice', async () => {
    await writeSetting('language', 'ru')
    const router = createAppRouter(createMemoryHistory())
    const i18n = createAppI18n()
    wrapper = mount(App, { global: { plugins: [createPinia(), router, createAppState({ i18n })] }, attachTo: document.body })
    // As main.ts does: the start chooses the language while the first navigation runs.
    const started = startInLanguage(i18n.global)
    await router.push('/settings')
    await started
    await waitForText(wrapper, 'Настройки и хранилище')
    expect(i18n.global.te('settings.offlineContent', 'en')).toBe(false)
  })

  it('marks a structure’s English name inside a Russian heading', async () => {
    await writeSetting('language', 'ru')
    const i18n = createAppI18n()
    await startInLanguage(i18n.global)
    const { wrapper } = await mountApp('/structures/odihr', i18n)
    await waitForText(wrapper, 'Выпуски:')
    const heading = wrapper.findAll('main h2').find((h2) => h2.text().startsWith('Выпуски:'))
    expect(heading?.text()).toBe('Выпуски: Office for Democratic Institutions and Human Rights (1) · 1 непрочитанный')
    const name = heading?.get('span[lang="en"]')
    expect(name?.text()).toBe('Office for Democratic Institutions and Human Rights')
  })

  it('keeps Kosovo’s neutral wording in Russian', async () => {
    await writeSetting('language', 'ru')
    const i18n = createAppI18n()
    await startInLanguage(i18n.global)
    const { wrapper } = await mountApp('/countries', i18n)
    await waitForText(wrapper, 'Другие места')
    const otherPlaces = wrapper.get('[aria-labelledby="countries-other-places"]')
    expect(otherPlaces.find('a').text()).toBe('Косово')
    expect(wrapper.get('#countries-participating-states').text()).toMatch(/^Государства-участники \(\d+\)$/)
  })
})
