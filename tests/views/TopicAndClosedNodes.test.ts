import { enableAutoUnmount } from '@vue/test-utils'
import { mountRoute, waitForText } from '../support/mountRoute'
import { linksIn, releaseTitles, sectionByHeading } from '../support/pageSections'
import { compileSeed, installContent, seedPageText } from '../support/seedContent'

enableAutoUnmount(afterEach)

const TOPIC_TITLE = 'Journalists and lawmakers discuss a new media law in Yerevan'

/** The seed plus a release tagged below the menu's fields, from a closed field operation. */
function topicPage() {
  const text = seedPageText()
    .replace('OSCE organizes first seminar on community-policing approaches to countering violent extremism and radicalization that lead to terrorism in Mongolia', TOPIC_TITLE)
    .replace('- OSCE Secretariat, OSCE Office for Democratic Institutions and Human Rights', '- OSCE Office in Yerevan (closed)')
    .replace('- Countering terrorism, Human rights', '- Media laws, Space debris')
    .replace('ULAANBAATAR, 6 July 2017', 'YEREVAN, 3 May 2012')
  return { file: 'content/pages/topic.txt', text }
}

beforeEach(async () => {
  await installContent(compileSeed([topicPage()]))
})

describe('nodes that releases bring beyond the menu', () => {
  it('a topic has a field page with its releases', async () => {
    const { wrapper } = await mountRoute('/fields/media-laws')
    await waitForText(wrapper, 'Releases on Media laws (1)')
    expect(wrapper.find('h1').text()).toBe('Media laws')
    expect(releaseTitles(sectionByHeading(wrapper, 'Releases on Media laws'))).toEqual([TOPIC_TITLE])
    expect(linksIn(wrapper.find('nav[aria-label="Breadcrumb"]')).map((link) => link.text)).toEqual(['Our work', 'Fields of work', 'Media freedom and development'])
  })

  it('a field page lists its topics and includes their releases', async () => {
    const { wrapper } = await mountRoute('/fields/media-freedom-and-development')
    await waitForText(wrapper, 'Releases on Media freedom and development (1)')
    expect(linksIn(sectionByHeading(wrapper, 'Topics'))).toEqual([{ text: 'Media laws', href: '/fields/media-laws' }])
  })

  it('Other topics has a page listing the unknown terms and their releases', async () => {
    const { wrapper } = await mountRoute('/fields/other-topics')
    await waitForText(wrapper, 'Releases on Other topics (1)')
    expect(linksIn(sectionByHeading(wrapper, 'Topics'))).toEqual([{ text: 'Space debris', href: '/fields/space-debris' }])
  })

  it('a closed field operation shows its host country and that it has closed', async () => {
    const { wrapper } = await mountRoute('/structures/office-in-yerevan')
    await waitForText(wrapper, 'Releases from Office in Yerevan (1)')
    const host = wrapper.find('.structure-host')
    expect(host.text()).toBe('Host: Armenia')
    expect(host.find('a').attributes('href')).toBe('/countries/armenia')
    expect(wrapper.text()).toContain('This field activity has closed.')
    expect(linksIn(wrapper.find('nav[aria-label="Breadcrumb"]')).map((link) => link.text)).toEqual(['Structures and institutions', 'Field operations', 'Closed field activities'])
  })

  it('the decision-making bodies are a group with pages of their own', async () => {
    const { wrapper } = await mountRoute('/structures/decision-making-bodies')
    await waitForText(wrapper, 'Members (4)')
    expect(linksIn(sectionByHeading(wrapper, 'Members'))).toEqual([
      { text: 'Summits', href: '/structures/summits' },
      { text: 'Ministerial Council', href: '/structures/ministerial-council' },
      { text: 'Permanent Council', href: '/structures/permanent-council' },
      { text: 'Forum for Security Co-operation', href: '/structures/forum-for-security-co-operation' },
    ])
  })
})
