import { enableAutoUnmount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { mountRoute, waitForText } from '../support/mountRoute'
import { linksIn, releaseTitles, sectionByHeading } from '../support/pageSections'
import { compileSeed, installContent, SEED_RELEASE_ID, SEED_TITLE } from '../support/seedContent'

enableAutoUnmount(afterEach)

beforeEach(async () => {
  await installContent()
})

describe('CountryView', () => {
  it('lists the seed release as from Mongolia and nothing under mentions', async () => {
    const { wrapper } = await mountRoute('/countries/mongolia')
    await waitForText(wrapper, 'Releases from Mongolia (1)')
    await waitForText(wrapper, 'Also mentioned in (0)')

    expect(wrapper.find('h1').text()).toBe('Mongolia')
    const primary = sectionByHeading(wrapper, 'Releases from Mongolia')
    expect(primary.find('h2').text()).toBe('Releases from Mongolia (1) · 1 unread')
    expect(releaseTitles(primary)).toEqual([SEED_TITLE])
    expect(primary.find('article a').attributes('href')).toBe(`/releases/${SEED_RELEASE_ID}?from=country:mongolia`)

    const mentioned = sectionByHeading(wrapper, 'Also mentioned in')
    expect(mentioned.find('h2').text()).toBe('Also mentioned in (0)')
    expect(mentioned.findAll('article')).toHaveLength(0)
    expect(mentioned.text()).toContain('No other release mentions Mongolia.')
    expect(wrapper.text()).toContain('OSCE participating State')
    expect(document.title).toBe('Mongolia · OSCE Field Reader')
  })

  it('shows the mentions only once the country’s own releases are listed: nothing is pushed down the page', async () => {
    // The release sections' headings at every change of the page, from before the mount to the end.
    const seen: string[] = []
    const observer = new MutationObserver(() => {
      const headings = [...document.querySelectorAll('.release-section h2')].map((heading) => heading.textContent?.trim())
      if (headings.length > 0 && headings.join(' | ') !== seen.at(-1)) seen.push(headings.join(' | '))
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    const { wrapper } = await mountRoute('/countries/mongolia')
    await waitForText(wrapper, 'Also mentioned in (0)')
    observer.disconnect()

    expect(seen).toEqual([
      'Releases from Mongolia',
      'Releases from Mongolia (1) · 1 unread',
      'Releases from Mongolia (1) · 1 unread | Also mentioned in',
      'Releases from Mongolia (1) · 1 unread | Also mentioned in (0)',
    ])
  })

  it('lists the seed release as a mention of Canada, with no release from Canada', async () => {
    const { wrapper } = await mountRoute('/countries/canada')
    await waitForText(wrapper, 'Also mentioned in (1)')
    await waitForText(wrapper, 'Releases from Canada (0)')

    expect(releaseTitles(sectionByHeading(wrapper, 'Also mentioned in'))).toEqual([SEED_TITLE])
    const primary = sectionByHeading(wrapper, 'Releases from Canada')
    expect(primary.findAll('article')).toHaveLength(0)
    expect(primary.text()).toContain('No release in the installed content comes from Canada.')
  })

  it('lists the field operations a country hosts', async () => {
    const { wrapper } = await mountRoute('/countries/moldova')
    await waitForText(wrapper, 'Field operations in Moldova')

    expect(linksIn(sectionByHeading(wrapper, 'Field operations in Moldova'))).toEqual([
      { text: 'Mission to Moldova', href: '/structures/mission-to-moldova' },
    ])
  })

  it('marks closed field operations, listed after the open ones', async () => {
    // The seed has no country with both; give Ukraine an open one whose id sorts after the closed ones.
    const content = compileSeed()
    content.taxonomy.nodes.push({
      id: 'zz-mission-to-ukraine', kind: 'field-operation', label: 'New Mission to Ukraine',
      parent: 'field-operations', order: 99, aliases: [], hostCountry: 'ukraine',
    })
    await installContent(content)
    const { wrapper } = await mountRoute('/countries/ukraine')
    await waitForText(wrapper, 'Field operations in Ukraine')

    const items = sectionByHeading(wrapper, 'Field operations in Ukraine').findAll('li').map((item) => item.text())
    expect(items).toEqual([
      'New Mission to Ukraine',
      'Project Co-ordinator in Ukraine (closed)',
      'Special Monitoring Mission to Ukraine (closed)',
      'Mission to Ukraine (closed)',
    ])
  })

  it('has no field operations section for a country without one', async () => {
    const { wrapper } = await mountRoute('/countries/mongolia')
    await waitForText(wrapper, 'Releases from Mongolia (1)')
    expect(wrapper.text()).not.toContain('Field operations in')
  })

  it('shows the chairpersonship note for Finland', async () => {
    const { wrapper } = await mountRoute('/countries/finland')
    await waitForText(wrapper, 'OSCE Chairpersonship 2025')
    expect(wrapper.find('.country-note').text()).toBe('OSCE Chairpersonship 2025')
  })

  it('says Japan is an Asian Partner, linked to its group', async () => {
    const { wrapper } = await mountRoute('/countries/japan')
    await waitForText(wrapper, 'Asian Partner for Co-operation')

    expect(wrapper.find('h1').text()).toBe('Japan')
    expect(linksIn(wrapper)).toContainEqual({ text: 'Asian Partner for Co-operation', href: '/countries/asian-partners' })
    expect(wrapper.text()).not.toContain('participating State')
  })

  it('says a Mediterranean Partner is one', async () => {
    const { wrapper } = await mountRoute('/countries/egypt')
    await waitForText(wrapper, 'Mediterranean Partner for Co-operation')
    expect(linksIn(wrapper)).toContainEqual({ text: 'Mediterranean Partner for Co-operation', href: '/countries/mediterranean-partners' })
  })

  it('describes Kosovo neutrally and lists the mission there', async () => {
    const { wrapper } = await mountRoute('/countries/kosovo')
    await waitForText(wrapper, 'Place where the OSCE works')

    expect(wrapper.text()).not.toMatch(/participating State|Partner for Co-operation/)
    expect(linksIn(sectionByHeading(wrapper, 'Field operations in Kosovo'))).toEqual([
      { text: 'Mission in Kosovo', href: '/structures/mission-in-kosovo' },
      { text: 'Kosovo Verification Mission', href: '/structures/kosovo-verification-mission' },
    ])
  })

  it('shows a group page with its members', async () => {
    const { wrapper } = await mountRoute('/countries/asian-partners')
    await waitForText(wrapper, 'Members (5)')

    expect(wrapper.find('h1').text()).toBe('Asian Partners for Co-operation')
    expect(linksIn(sectionByHeading(wrapper, 'Members')).map((link) => link.text)).toEqual([
      'Afghanistan', 'Australia', 'Japan', 'Republic of Korea', 'Thailand',
    ])
    expect(wrapper.text()).not.toContain('Releases from')
  })

  it('lists the 57 participating States on their group page', async () => {
    const { wrapper } = await mountRoute('/countries/participating-states')
    await waitForText(wrapper, 'Members (57)')
    expect(sectionByHeading(wrapper, 'Members').findAll('li a')).toHaveLength(57)
  })

  it('shows not found for an unknown country', async () => {
    const { wrapper } = await mountRoute('/countries/atlantis')
    await waitForText(wrapper, 'Page not found')
    expect(wrapper.find('h1').text()).toBe('Page not found')
    expect(wrapper.text()).toContain('atlantis')
  })

  it('shows not found for a node that lives elsewhere', async () => {
    const { wrapper } = await mountRoute('/countries/odihr')
    await waitForText(wrapper, 'Page not found')
    expect(wrapper.text()).not.toContain('Releases from')
  })

  it('is quiet, not "not found", while the taxonomy is being read', async () => {
    const { wrapper } = await mountRoute('/countries/mongolia')
    expect(wrapper.text()).not.toContain('Page not found')
    expect(wrapper.find('[role="status"]').text()).toBe('Loading…')
    await waitForText(wrapper, 'Releases from Mongolia (1)')
    // The statuses left are the share buttons' announcement and each list's "Mark all as read" one, empty until used.
    expect(wrapper.findAll('[role="status"]').map((status) => status.text())).toEqual(['', '', ''])
  })

  it('follows a change of slug without remounting', async () => {
    const { wrapper, router } = await mountRoute('/countries/mongolia')
    await waitForText(wrapper, 'Releases from Mongolia (1)')
    await router.push('/countries/canada')
    await nextTick()
    // Mongolia's release must not linger under Canada's heading while Canada's are read.
    expect(sectionByHeading(wrapper, 'Releases from Canada').find('h2').text()).toBe('Releases from Canada')
    expect(wrapper.text()).not.toContain(SEED_TITLE)
    await waitForText(wrapper, 'Also mentioned in (1)')
    expect(wrapper.find('h1').text()).toBe('Canada')
    expect(sectionByHeading(wrapper, 'Releases from Canada').findAll('article')).toHaveLength(0)
  })
})
