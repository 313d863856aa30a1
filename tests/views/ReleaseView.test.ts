import type { VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useContentSyncStore } from '@/stores/contentSync'
import { mountRoute, waitForText } from '../support/mountRoute'
import { compileSeed, installContent, SEED_RELEASE_ID, SEED_TITLE, variantPage } from '../support/seedContent'

const FIRST_PARAGRAPH =
  'ULAANBAATAR, 6 July 2017 - A two-day national seminar on a community-policing approach to countering violent extremism and radicalization that lead to terrorism (VERLT), organized by the OSCE, concluded today in Ulaanbaatar. The seminar was the first of its kind to be held in Mongolia.'

let wrapper: VueWrapper

async function openSeedRelease() {
  const mounted = await mountRoute(`/releases/${SEED_RELEASE_ID}`)
  wrapper = mounted.wrapper
  await waitForText(wrapper, SEED_TITLE)
  // The facts wait for the menu tree, a read of its own.
  await waitForText(wrapper, 'Also mentioned')
  return mounted
}

const linksOf = (fact: string) =>
  wrapper.findAll(`[data-fact="${fact}"] dd li`).map((item) => {
    const link = item.find('a')
    return [item.text(), link.exists() ? link.attributes('href') : null]
  })

describe('ReleaseView', () => {
  beforeEach(async () => {
    await installContent()
  })
  afterEach(() => wrapper.unmount())

  it('shows the type, title, date and place', async () => {
    await openSeedRelease()
    expect(wrapper.get('h1').text()).toBe(SEED_TITLE)
    expect(wrapper.get('.release-header__type').text()).toBe('Press release')
    const time = wrapper.get('.release-header time')
    expect(time.attributes('datetime')).toBe('2017-07-06')
    expect(time.text()).toBe('6 July 2017')
    expect(wrapper.get('.release-header__place').text()).toBe('Ulaanbaatar')
    expect(document.title).toBe(`${SEED_TITLE} · OSCE Field Reader`)
  })

  it('links sources, fields and countries to their pages', async () => {
    await openSeedRelease()
    expect(linksOf('sources')).toEqual([
      ['OSCE Secretariat', '/structures/secretariat'],
      ['OSCE Office for Democratic Institutions and Human Rights', '/structures/odihr'],
    ])
    expect(linksOf('fields')).toEqual([
      ['Countering terrorism', '/fields/countering-terrorism'],
      ['Human rights', '/fields/human-rights'],
    ])
    expect(linksOf('countries')).toEqual([['Mongolia', '/countries/mongolia']])
    const mentioned = linksOf('mentioned')
    expect(mentioned[0]).toEqual(['Canada', '/countries/canada'])
    expect(mentioned).toContainEqual(['The Netherlands', '/countries/netherlands'])
    expect(mentioned).toHaveLength(8)
  })

  it('shows a source that matches no structure as plain text', async () => {
    const content = compileSeed()
    content.releases[0]?.sources.splice(1, 0, { name: 'Friends of Nowhere', structure: null })
    await installContent(content)
    await openSeedRelease()
    expect(linksOf('sources')).toEqual([
      ['OSCE Secretariat', '/structures/secretariat'],
      ['Friends of Nowhere', null],
      ['OSCE Office for Democratic Institutions and Human Rights', '/structures/odihr'],
    ])
  })

  it('shows the six body paragraphs as text', async () => {
    await openSeedRelease()
    const paragraphs = wrapper.findAll('.release-body p')
    expect(paragraphs).toHaveLength(6)
    expect(paragraphs[0]?.text()).toBe(FIRST_PARAGRAPH)
  })

  it('never renders markup from content', async () => {
    const content = compileSeed()
    const release = content.releases[0]
    if (!release) throw new Error('seed has no release')
    release.body[0] = 'Before <b>x</b> after <img src=x onerror="alert(1)">'
    release.title = `${SEED_TITLE} <i>y</i>`
    await installContent(content)
    await openSeedRelease()
    expect(wrapper.get('h1').text()).toBe(`${SEED_TITLE} <i>y</i>`)
    expect(wrapper.get('.release-body p').text()).toBe('Before <b>x</b> after <img src=x onerror="alert(1)">')
    expect(wrapper.find('.release b').exists()).toBe(false)
    expect(wrapper.find('.release i').exists()).toBe(false)
    expect(wrapper.find('.release img').exists()).toBe(false)
  })

  it('lists related releases with h3 headings', async () => {
    await installContent(compileSeed([variantPage(1, '2017-08-01'), variantPage(2, '2016-03-15')]))
    await openSeedRelease()
    await waitForText(wrapper, 'Related releases')
    const headings = wrapper.findAll('.related-releases h3')
    expect(headings.map((heading) => heading.text())).toEqual([
      SEED_TITLE.replace('OSCE organizes first seminar', 'OSCE organizes seminar number 1'),
      SEED_TITLE.replace('OSCE organizes first seminar', 'OSCE organizes seminar number 2'),
    ])
    expect(wrapper.get('.related-releases h2').text()).toBe('Related releases')
  })

  it('has no related section when nothing is related', async () => {
    await openSeedRelease()
    expect(wrapper.find('.related-releases').exists()).toBe(false)
  })

  it('shows not found for an unknown slug', async () => {
    wrapper = (await mountRoute('/releases/nope')).wrapper
    await waitForText(wrapper, 'Page not found')
    expect(wrapper.text()).toContain('release “nope”')
    expect(wrapper.find('a[href="/"]').text()).toBe('Latest releases')
    expect(wrapper.find('a[href="/countries"]').text()).toBe('Countries')
    expect(document.title).toBe('Not found · OSCE Field Reader')
  })

  it('says a missing release is not installed yet while the first install runs', async () => {
    const mounted = await mountRoute('/releases/2030-01-01-later')
    wrapper = mounted.wrapper
    useContentSyncStore(mounted.pinia).publish({ activity: 'installing', progress: { done: 0, total: 20 } })
    await waitForText(wrapper, 'Release not installed yet')
    expect(wrapper.text()).not.toContain('Page not found')
  })

  it('follows the slug when the route changes to another release', async () => {
    await installContent(compileSeed([variantPage(1, '2017-08-01')]))
    const { router } = await openSeedRelease()
    await waitForText(wrapper, 'Related releases')
    const other = wrapper.get('.related-releases h3 a')
    await router.push(other.attributes('href') ?? '')
    const variantTitle = SEED_TITLE.replace('OSCE organizes first seminar', 'OSCE organizes seminar number 1')
    await vi.waitFor(() => expect(wrapper.get('h1').text()).toBe(variantTitle))
    // The seed is now the related one.
    await vi.waitFor(() => expect(wrapper.get('.related-releases h3').text()).toBe(SEED_TITLE))
  })
})
