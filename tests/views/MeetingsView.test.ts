import { enableAutoUnmount } from '@vue/test-utils'
import { mountRoute, waitForText } from '../support/mountRoute'
import { linksIn } from '../support/pageSections'
import { installContent } from '../support/seedContent'

enableAutoUnmount(afterEach)

beforeEach(async () => {
  await installContent()
})

describe('MeetingsView', () => {
  it('lists the 16 meeting series and says releases are not linked yet', async () => {
    const { wrapper } = await mountRoute('/meetings')
    await waitForText(wrapper, 'Summit meetings')

    const links = linksIn(wrapper)
    expect(links).toHaveLength(16)
    expect(links.at(-1)).toEqual({ text: 'Annual OSCE Asian conferences', href: '/meetings/annual-osce-asian-conferences' })
    expect(wrapper.text()).toContain('Releases are not linked to meetings yet')
  })
})
