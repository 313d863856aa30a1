import { enableAutoUnmount } from '@vue/test-utils'
import { mountRoute, waitForText } from '../support/mountRoute'
import { linksIn, releaseTitles, sectionByHeading } from '../support/pageSections'
import { installContent, SEED_TITLE } from '../support/seedContent'

enableAutoUnmount(afterEach)

beforeEach(async () => {
  await installContent()
})

describe('StructureView', () => {
  it('lists the Secretariat units and the releases the Secretariat itself issued', async () => {
    const { wrapper } = await mountRoute('/structures/secretariat')
    await waitForText(wrapper, 'Releases from Secretariat (1)')

    expect(wrapper.find('h1').text()).toBe('Secretariat')
    const units = linksIn(sectionByHeading(wrapper, 'Members'))
    expect(sectionByHeading(wrapper, 'Members').find('h2').text()).toBe('Members (12)')
    expect(units).toHaveLength(12)
    expect(units[0]).toEqual({ text: 'Secretary General', href: '/structures/secretary-general' })
    expect(units.map((unit) => unit.text)).toContain('Transnational Threats Department')
    expect(units.at(-1)).toEqual({ text: 'Documentation Centre in Prague', href: '/structures/documentation-centre-in-prague' })
    expect(releaseTitles(sectionByHeading(wrapper, 'Releases from Secretariat'))).toEqual([SEED_TITLE])
  })

  it('shows ODIHR with its abbreviation and its release', async () => {
    const { wrapper } = await mountRoute('/structures/odihr')
    await waitForText(wrapper, 'Releases from Office for Democratic Institutions and Human Rights (1)')

    expect(wrapper.find('h1').text()).toBe('Office for Democratic Institutions and Human Rights (ODIHR)')
    expect(releaseTitles(sectionByHeading(wrapper, 'Releases from'))).toEqual([SEED_TITLE])
    expect(linksIn(wrapper.find('nav[aria-label="Breadcrumb"]'))).toEqual([
      { text: 'Structures and institutions', href: '/structures' },
      { text: 'Institutions', href: '/structures/institutions' },
    ])
    expect(document.title).toBe('Office for Democratic Institutions and Human Rights · OSCE Field Reader')
  })

  it('shows the host of a field operation, linked, and its empty release list', async () => {
    const { wrapper } = await mountRoute('/structures/mission-to-moldova')
    await waitForText(wrapper, 'Releases from Mission to Moldova (0)')

    const host = wrapper.find('.structure-host')
    expect(host.text()).toBe('Host: Moldova')
    expect(host.find('a').attributes('href')).toBe('/countries/moldova')
    expect(sectionByHeading(wrapper, 'Releases from Mission to Moldova').findAll('article')).toHaveLength(0)
    expect(wrapper.text()).not.toContain('has closed')
  })

  it('says when a field activity has closed', async () => {
    const { wrapper } = await mountRoute('/structures/office-in-minsk')
    await waitForText(wrapper, 'Host: Belarus')
    expect(wrapper.text()).toContain('This field activity has closed.')
    expect(linksIn(wrapper.find('nav[aria-label="Breadcrumb"]')).map((link) => link.text)).toEqual([
      'Structures and institutions', 'Field operations', 'Closed field activities',
    ])
  })

  it('lists field operations, with the closed ones as a group of their own', async () => {
    const { wrapper } = await mountRoute('/structures/field-operations')
    await waitForText(wrapper, 'Members (13)')

    const members = linksIn(sectionByHeading(wrapper, 'Members'))
    expect(members[0]).toEqual({ text: 'Presence in Albania', href: '/structures/presence-in-albania' })
    expect(members.at(-1)).toEqual({ text: 'Closed field activities', href: '/structures/closed-field-activities' })
  })

  it('hides the release section of a group that issues none', async () => {
    const { wrapper } = await mountRoute('/structures/institutions')
    await waitForText(wrapper, 'Members (3)')
    // Wait past the release count read, so a late section would have appeared.
    const secretariat = await mountRoute('/structures/secretariat')
    await waitForText(secretariat.wrapper, 'Releases from Secretariat (1)')
    expect(wrapper.text()).not.toContain('Releases from')
  })

  it('shows not found for an unknown structure and for a country slug', async () => {
    const unknown = await mountRoute('/structures/ministry-of-magic')
    await waitForText(unknown.wrapper, 'Page not found')
    expect(unknown.wrapper.text()).toContain('ministry-of-magic')

    const country = await mountRoute('/structures/mongolia')
    await waitForText(country.wrapper, 'Page not found')
    expect(country.wrapper.text()).not.toContain('Releases from')
  })

  it('shows not found for a section, whose page is the index', async () => {
    const { wrapper } = await mountRoute('/structures/structures-and-institutions')
    await waitForText(wrapper, 'Page not found')
  })
})
