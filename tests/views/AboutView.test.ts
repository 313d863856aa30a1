import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { db } from '@/db/database'
import { mountRoute, waitForText } from '../support/mountRoute'
import { installContent, packOf } from '../support/seedContent'

let wrapper: VueWrapper

const facts = () => Object.fromEntries(wrapper.findAll('.about__facts > div').map((row) => [row.get('dt').text(), row.get('dd').text()]))

describe('AboutView', () => {
  beforeEach(async () => {
    await installContent()
  })
  afterEach(() => wrapper.unmount())

  it('shows the installed content version, its date and what it holds', async () => {
    const mounted = await mountRoute('/about')
    wrapper = mounted.wrapper
    await waitForText(wrapper, 'Menu entries')
    await waitForText(wrapper, 'Participating States57')
    await waitForText(wrapper, 'Releases1')
    expect(wrapper.get('h1').text()).toBe('About')
    expect(facts()).toEqual({
      Version: packOf().manifest.version,
      'Newest release': '6 July 2017',
      Releases: '1',
      'Participating States': '57',
      'Partners for Co-operation': '11',
      'Menu entries': '187',
    })
  })

  it('says briefly that the content is available offline, linking to the settings', async () => {
    wrapper = (await mountRoute('/about')).wrapper
    await waitForText(wrapper, 'Available offline')
    const line = wrapper.get('.about__offline')
    expect(line.text()).toBe('Available offline · content of 6 July 2017 · Settings and storage')
    expect(line.get('a').attributes('href')).toBe('/settings')
  })

  it('says when nothing is installed yet', async () => {
    await db.installState.clear()
    wrapper = (await mountRoute('/about')).wrapper
    await waitForText(wrapper, 'No content is installed yet.')
    expect(wrapper.find('.about__facts').exists()).toBe(false)
    expect(wrapper.find('.about__offline').exists()).toBe(false)
  })
})
