import { enableAutoUnmount } from '@vue/test-utils'
import { mountRoute, waitForText } from '../support/mountRoute'
import { linksIn } from '../support/pageSections'
import { installContent } from '../support/seedContent'

enableAutoUnmount(afterEach)

beforeEach(async () => {
  await installContent()
})

describe('FieldsView', () => {
  it('lists the 23 fields of work and not the menu shortcuts', async () => {
    const { wrapper } = await mountRoute('/fields')
    await waitForText(wrapper, 'Arms control')

    const links = linksIn(wrapper)
    expect(links).toHaveLength(23)
    expect(links[0]).toEqual({ text: 'Arms control', href: '/fields/arms-control' })
    expect(links.map((link) => link.text)).not.toContain('Projects')
  })
})
