import { enableAutoUnmount } from '@vue/test-utils'
import { mountRoute, waitForText } from '../support/mountRoute'
import { linksIn, releaseTitles, sectionByHeading } from '../support/pageSections'
import { installContent, SEED_TITLE } from '../support/seedContent'

enableAutoUnmount(afterEach)

beforeEach(async () => {
  await installContent()
})

describe('FieldView', () => {
  it('lists the releases filed under a field', async () => {
    const { wrapper } = await mountRoute('/fields/countering-terrorism')
    await waitForText(wrapper, 'Releases on Countering terrorism (1)')

    expect(wrapper.find('h1').text()).toBe('Countering terrorism')
    expect(releaseTitles(sectionByHeading(wrapper, 'Releases on Countering terrorism'))).toEqual([SEED_TITLE])
    expect(linksIn(wrapper.find('nav[aria-label="Breadcrumb"]'))).toEqual([
      { text: 'Our work', href: '/our-work' },
      { text: 'Fields of work', href: '/fields' },
    ])
  })

  it('says plainly when a field has no release', async () => {
    const { wrapper } = await mountRoute('/fields/arms-control')
    await waitForText(wrapper, 'Releases on Arms control (0)')
    expect(wrapper.text()).toContain('No release in the installed content is filed under Arms control.')
    expect(wrapper.findAll('article')).toHaveLength(0)
  })

  it('shows not found for a country slug and for an unknown one', async () => {
    const country = await mountRoute('/fields/mongolia')
    await waitForText(country.wrapper, 'Page not found')
    expect(country.wrapper.text()).not.toContain(SEED_TITLE)

    const unknown = await mountRoute('/fields/alchemy')
    await waitForText(unknown.wrapper, 'Page not found')
    expect(unknown.wrapper.text()).toContain('alchemy')
  })
})
