import { defineComponent, h } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import NavTree from '@/components/layout/NavTree.vue'
import { mountRoute, waitForText } from '../../support/mountRoute'
import { compileSeed, installContent } from '../../support/seedContent'

const Tree = defineComponent({ render: () => h(NavTree, { idPrefix: 'test' }) })
let wrapper: VueWrapper | undefined

async function mountTreeAt(path: string) {
  const mounted = await mountRoute(path, Tree)
  wrapper = mounted.wrapper
  // The menus are read after the mount: their sections are drawn a frame apart, About us (the OSCE Main Website) last.
  await waitForText(mounted.wrapper, 'OSCE Main Website')
  return mounted
}

const linksIn = (id: string) => wrapper?.findAll(`#test-${id} a`) ?? []
const toggleFor = (id: string) => {
  const button = wrapper?.find(`button[aria-controls="test-${id}"]`)
  if (!button?.exists()) throw new Error(`no toggle for ${id}`)
  return button
}
const topLevelLinks = () => wrapper?.findAll('.nav-list--depth-0 > li > .nav-list__row > a') ?? []

describe('NavTree', () => {
  beforeEach(async () => {
    await installContent()
  })
  afterEach(() => wrapper?.unmount())

  it('draws menus that arrive after the mount over several frames: the top level, then one section a frame', async () => {
    const frames: FrameRequestCallback[] = []
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback))
    const runFrame = async () => {
      const frame = frames.shift()
      if (!frame) throw new Error('no frame was asked for')
      frame(performance.now())
      await vi.waitFor(() => expect(frames.length > 0 || linksIn('about-us').length > 0).toBe(true))
    }
    wrapper = (await mountRoute('/', Tree)).wrapper
    await vi.waitFor(() => expect(frames).toHaveLength(1))
    expect(topLevelLinks()).toHaveLength(0)

    await runFrame()
    expect(topLevelLinks()).toHaveLength(4)
    expect(wrapper.findAll('.nav-list--depth-1')).toHaveLength(0)
    await runFrame()
    expect(linksIn('our-work').map((link) => link.attributes('href'))).toEqual(['/fields', '/meetings'])
    expect(linksIn('countries')).toHaveLength(0)
    await runFrame()
    await runFrame()
    await runFrame()
    expect(linksIn('about-us').map((link) => link.text())).toEqual(['OSCE Main Website'])
    expect(frames).toHaveLength(0)
    vi.restoreAllMocks()
  })

  it('lists the four sections in menu order, each linking to its index page', async () => {
    await mountTreeAt('/')
    expect(topLevelLinks().map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['Our work', '/our-work'],
      ['Countries', '/countries'],
      ['Structures and institutions', '/structures'],
      ['About us', '/about'],
    ])
  })

  it('opens sections, keeps deeper groups closed and leaves out links that lead nowhere or back to a section', async () => {
    await mountTreeAt('/')
    expect(linksIn('countries').map((link) => link.text())).toEqual([
      'Participating States',
      'Asian Partners for Co-operation',
      'Mediterranean Partners for Co-operation',
      'Kosovo',
    ])
    expect(linksIn('our-work').map((link) => link.attributes('href'))).toEqual(['/fields', '/meetings'])
    expect(toggleFor('participating-states').attributes('aria-expanded')).toBe('false')
    expect(linksIn('participating-states')).toHaveLength(0)

    await toggleFor('fields-of-work').trigger('click')
    const fieldLinks = linksIn('fields-of-work').map((link) => link.text())
    expect(fieldLinks).toHaveLength(24)
    expect(fieldLinks).toContain('Countering terrorism')
    // "Field operations" leads to a structures group, so it stays; "Projects" leads outside the reader.
    expect(fieldLinks.at(-1)).toBe('Field operations')
    expect(fieldLinks).not.toContain('Projects')
    expect(wrapper?.text()).not.toMatch(/\bAll\b/)
  })

  it('leaves out menu shortcuts to another section or back to their own group', async () => {
    const content = compileSeed()
    content.taxonomy.nodes.push({
      id: 'structures-about',
      kind: 'link',
      label: 'About the OSCE',
      parent: 'structures-and-institutions',
      order: 99,
      aliases: [],
      target: 'about-us',
    })
    content.taxonomy.nodes.push({ id: 'secretariat-all', kind: 'link', label: 'All units', parent: 'secretariat', order: 99, aliases: [], target: 'secretariat' })
    await installContent(content)
    await mountTreeAt('/')
    const ownLinks = (id: string) => wrapper?.findAll(`#test-${id} > ul > li > .nav-list__row > a`).map((link) => link.text())
    expect(ownLinks('structures-and-institutions')).toEqual([
      'Chairpersonship',
      'Secretariat',
      'Institutions',
      'Field operations',
      'Parliamentary Assembly',
      'Court of Conciliation and Arbitration',
      'Organizational structure',
      'Decision-making bodies',
      'Partnerships',
    ])
    await toggleFor('secretariat').trigger('click')
    expect(ownLinks('secretariat')).toHaveLength(12)
    expect(wrapper?.text()).not.toContain('All units')
  })

  it('opens onto the current page, marks it, and collapses with the group button', async () => {
    await mountTreeAt('/countries/mongolia')
    const toggle = toggleFor('participating-states')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(toggle.text()).toBe('Participating States: submenu')
    expect(linksIn('participating-states')).toHaveLength(57)
    const current = wrapper?.findAll('a[aria-current="page"]') ?? []
    expect(current.map((link) => link.attributes('href'))).toEqual(['/countries/mongolia'])

    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(linksIn('participating-states')).toHaveLength(0)

    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(linksIn('participating-states')).toHaveLength(57)
  })

  it('reopens a group the reader closed when they arrive on a page inside it', async () => {
    const { router } = await mountTreeAt('/countries/mongolia')
    await toggleFor('participating-states').trigger('click')
    expect(linksIn('participating-states')).toHaveLength(0)
    await router.push('/countries/canada')
    await vi.waitFor(() => expect(linksIn('participating-states')).toHaveLength(57))
    expect(wrapper?.get('a[aria-current="page"]').text()).toBe('Canada')
  })

  it('opens the groups around a page the reader navigates to', async () => {
    const { router } = await mountTreeAt('/')
    expect(linksIn('secretariat')).toHaveLength(0)
    await router.push('/structures/transnational-threats-department')
    await waitForText(wrapper as VueWrapper, 'Transnational Threats Department')
    expect(toggleFor('secretariat').attributes('aria-expanded')).toBe('true')
    expect(linksIn('secretariat')).toHaveLength(12)
  })
})
