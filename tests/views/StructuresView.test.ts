import { enableAutoUnmount } from '@vue/test-utils'
import { mountRoute, waitForText } from '../support/mountRoute'
import { linksIn } from '../support/pageSections'
import { installContent } from '../support/seedContent'

enableAutoUnmount(afterEach)

beforeEach(async () => {
  await installContent()
})

describe('StructuresView', () => {
  it('shows the structures tree with members nested under their groups', async () => {
    const { wrapper } = await mountRoute('/structures')
    await waitForText(wrapper, 'Chairpersonship')

    const topLevel = wrapper.findAll('.page > ul > li > .node-link').map((link) => link.text())
    expect(topLevel).toEqual([
      'Chairpersonship', 'Secretariat', 'Institutions', 'Field operations',
      'Parliamentary Assembly', 'Court of Conciliation and Arbitration', 'Organizational structure',
      'Decision-making bodies', 'Partnerships',
    ])
    const links = linksIn(wrapper)
    expect(links).toContainEqual({ text: 'Conflict Prevention Centre', href: '/structures/conflict-prevention-centre' })
    expect(links).toContainEqual({ text: 'Office for Democratic Institutions and Human Rights', href: '/structures/odihr' })
    expect(wrapper.text()).toContain('Special Monitoring Mission to Ukraine (closed)')
  })
})
