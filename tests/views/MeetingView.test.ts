import { enableAutoUnmount } from '@vue/test-utils'
import { mountRoute, waitForText } from '../support/mountRoute'
import { linksIn, sectionByHeading } from '../support/pageSections'
import { installContent } from '../support/seedContent'

enableAutoUnmount(afterEach)

beforeEach(async () => {
  await installContent()
})

describe('MeetingView', () => {
  it('names the series, its place among the others, and links the other series', async () => {
    const { wrapper } = await mountRoute('/meetings/review-conferences')
    await waitForText(wrapper, 'Other meeting series')

    expect(wrapper.find('h1').text()).toBe('Review Conferences')
    expect(wrapper.text()).toContain('Meeting series 2 of 16 in Meetings and conferences.')
    expect(wrapper.text()).toContain('Releases are not linked to meetings yet')
    const others = linksIn(sectionByHeading(wrapper, 'Other meeting series'))
    expect(others).toHaveLength(15)
    expect(others[0]).toEqual({ text: 'Summit meetings', href: '/meetings/summit-meetings' })
    expect(others.map((link) => link.text)).not.toContain('Review Conferences')
    expect(linksIn(wrapper.find('nav[aria-label="Breadcrumb"]')).map((link) => link.href)).toEqual(['/our-work', '/meetings'])
  })

  it('shows not found for an unknown series and for a field slug', async () => {
    const unknown = await mountRoute('/meetings/tea-parties')
    await waitForText(unknown.wrapper, 'Page not found')

    const field = await mountRoute('/meetings/youth')
    await waitForText(field.wrapper, 'Page not found')
    expect(field.wrapper.text()).not.toContain('Other meeting series')
  })
})
