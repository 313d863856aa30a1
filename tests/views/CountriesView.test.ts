import { enableAutoUnmount } from '@vue/test-utils'
import { mountRoute, waitForText } from '../support/mountRoute'
import { linksIn, sectionByHeading } from '../support/pageSections'
import { installContent } from '../support/seedContent'

enableAutoUnmount(afterEach)

beforeEach(async () => {
  await installContent()
})

describe('CountriesView', () => {
  it('lists the 57 participating States in menu order, Finland with its note', async () => {
    const { wrapper } = await mountRoute('/countries')
    await waitForText(wrapper, 'Participating States (57)')

    const states = sectionByHeading(wrapper, 'Participating States')
    const links = linksIn(states)
    expect(links).toHaveLength(57)
    expect(links[0]).toEqual({ text: 'Albania', href: '/countries/albania' })
    // The menu's order, which puts Belgium before Belarus, is kept.
    expect(links.slice(5, 7).map((link) => link.text)).toEqual(['Belgium', 'Belarus'])
    expect(links.at(-1)).toEqual({ text: 'Uzbekistan', href: '/countries/uzbekistan' })
    expect(states.findAll('li').find((item) => item.text().startsWith('Finland'))?.text()).toBe('Finland – OSCE Chairpersonship 2025')
    expect(document.title).toBe('Countries · OSCE Field Reader')
  })

  it('lists the Partners and Kosovo in sections of their own', async () => {
    const { wrapper } = await mountRoute('/countries')
    await waitForText(wrapper, 'Other places')

    expect(wrapper.findAll('h2').map((heading) => heading.text())).toEqual([
      'Participating States (57)',
      'Asian Partners for Co-operation (5)',
      'Mediterranean Partners for Co-operation (6)',
      'Other places',
    ])
    expect(linksIn(sectionByHeading(wrapper, 'Asian Partners')).map((link) => link.text)).toContain('Japan')
    expect(linksIn(sectionByHeading(wrapper, 'Mediterranean Partners')).map((link) => link.text)).toContain('Tunisia')
    expect(linksIn(sectionByHeading(wrapper, 'Other places'))).toEqual([{ text: 'Kosovo', href: '/countries/kosovo' }])
  })
})
