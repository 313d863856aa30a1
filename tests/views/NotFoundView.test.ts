import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { mountRoute } from '../support/mountRoute'

let wrapper: VueWrapper

describe('NotFoundView', () => {
  afterEach(() => wrapper.unmount())

  it('says what was asked for and links back to Latest releases and Countries', async () => {
    wrapper = (await mountRoute('/no/such/page')).wrapper
    expect(wrapper.get('h1').text()).toBe('Page not found')
    expect(wrapper.text()).toContain('There is no page “/no/such/page” in the installed content.')
    const links = wrapper.findAll('a').map((link) => [link.text(), link.attributes('href')])
    expect(links).toEqual([
      ['Latest releases', '/'],
      ['Countries', '/countries'],
    ])
  })
})
