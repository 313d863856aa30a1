import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { mountRoute, waitForText } from '../support/mountRoute'
import { installContent } from '../support/seedContent'

let wrapper: VueWrapper

describe('OurWorkView', () => {
  beforeEach(async () => {
    await installContent()
  })
  afterEach(() => wrapper.unmount())

  it('links to the Fields of work and Meetings and conferences indexes with their sizes', async () => {
    wrapper = (await mountRoute('/our-work')).wrapper
    await waitForText(wrapper, 'Meetings and conferences')
    expect(wrapper.get('h1').text()).toBe('Our work')
    const items = wrapper.findAll('.our-work__item').map((item) => [item.get('a').text(), item.get('a').attributes('href'), item.get('.our-work__size').text()])
    expect(items).toEqual([
      ['Fields of work', '/fields', '23 entries'],
      ['Meetings and conferences', '/meetings', '16 entries'],
    ])
  })
})
