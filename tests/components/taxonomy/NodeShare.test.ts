import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { mountRoute, waitForText } from '../../support/mountRoute'
import { installContent } from '../../support/seedContent'
import { captureClipboard, stubNavigator } from '../../support/navigatorStubs'

enableAutoUnmount(afterEach)

const clipboard = captureClipboard()

beforeEach(async () => {
  await installContent()
})

async function open(path: string, heading: string): Promise<VueWrapper> {
  const { wrapper } = await mountRoute(path)
  await waitForText(wrapper, heading)
  await vi.waitFor(() => expect(wrapper.find('[role="group"][aria-label="Share this page"]').exists()).toBe(true))
  return wrapper
}

describe('sharing a country, structure or field page', () => {
  it.each([
    ['/countries/mongolia', 'Releases from Mongolia'],
    ['/structures/odihr', 'Releases from Office for Democratic Institutions and Human Rights'],
    ['/fields/countering-terrorism', 'Releases on Countering terrorism'],
  ])('without the Web Share API, "Copy link" on %s copies its exact app link and announces it', async (path, heading) => {
    const wrapper = await open(path, heading)
    expect(wrapper.find('[data-action="share"]').exists()).toBe(false)
    await wrapper.get('[data-action="copy-link"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.get('.share-links [role="status"]').text()).toBe('Link copied.'))
    expect(clipboard.texts).toEqual([`${window.location.origin}${path}`])
    expect(wrapper.get('.share-links [role="status"]').attributes('aria-live')).toBe('polite')
  })

  it('shares the country’s name and link where the Web Share API exists', async () => {
    const share = vi.fn(async () => undefined)
    stubNavigator('share', share)
    stubNavigator('canShare', () => true)
    const wrapper = await open('/countries/mongolia', 'Releases from Mongolia')
    expect(wrapper.find('[data-action="copy-link"]').exists()).toBe(false)
    await wrapper.get('[data-action="share"]').trigger('click')
    await flushPromises()
    expect(share).toHaveBeenCalledWith({ title: 'Mongolia', url: `${window.location.origin}/countries/mongolia` })
    expect(clipboard.texts).toEqual([])
  })
})
