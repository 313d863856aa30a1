import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { mountRoute, waitForText } from '../../support/mountRoute'
import { installContent } from '../../support/seedContent'

enableAutoUnmount(afterEach)

/** Replaces one of the navigator's members for a test; the returned function puts the original back. */
function stubNavigator(name: 'share' | 'canShare' | 'clipboard', value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, name)
  Object.defineProperty(navigator, name, { configurable: true, value })
  return () => {
    if (own) Object.defineProperty(navigator, name, own)
    else Reflect.deleteProperty(navigator, name)
  }
}

const restores: (() => void)[] = []
let written: string[]

beforeEach(async () => {
  await installContent()
  written = []
  const write = vi.fn(async (items: ClipboardItem[]) => {
    for (const item of items) written.push(await (await item.getType('text/plain')).text())
  })
  restores.push(stubNavigator('clipboard', { write, writeText: vi.fn(), readText: vi.fn() }))
})
afterEach(() => {
  while (restores.length) restores.pop()?.()
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
    expect(written).toEqual([`${window.location.origin}${path}`])
    expect(wrapper.get('.share-links [role="status"]').attributes('aria-live')).toBe('polite')
  })

  it('shares the country’s name and link where the Web Share API exists', async () => {
    const share = vi.fn(async () => undefined)
    restores.push(stubNavigator('share', share), stubNavigator('canShare', () => true))
    const wrapper = await open('/countries/mongolia', 'Releases from Mongolia')
    expect(wrapper.find('[data-action="copy-link"]').exists()).toBe(false)
    await wrapper.get('[data-action="share"]').trigger('click')
    await flushPromises()
    expect(share).toHaveBeenCalledWith({ title: 'Mongolia', url: `${window.location.origin}/countries/mongolia` })
    expect(written).toEqual([])
  })
})
