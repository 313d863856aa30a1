import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { switchLocale } from '@/i18n'
import { createAppI18n } from '@/i18n'
import { mountRoute, waitForText } from '../../support/mountRoute'
import { installContent, SEED_RELEASE_ID, SEED_TITLE } from '../../support/seedContent'
import { captureClipboard, stubNavigator } from '../../support/navigatorStubs'

enableAutoUnmount(afterEach)

const LINK = `${window.location.origin}/releases/${SEED_RELEASE_ID}`
const SOURCES = 'OSCE Secretariat and OSCE Office for Democratic Institutions and Human Rights'

const clipboard = captureClipboard()

beforeEach(async () => {
  await installContent()
})

async function openSeedRelease(options: Parameters<typeof mountRoute>[2] = {}): Promise<VueWrapper> {
  const { wrapper } = await mountRoute(`/releases/${SEED_RELEASE_ID}`, undefined, options)
  await waitForText(wrapper, SEED_TITLE)
  return wrapper
}

async function click(wrapper: VueWrapper, action: string): Promise<void> {
  await wrapper.get(`[data-action="${action}"]`).trigger('click')
  await vi.waitFor(() => expect(wrapper.get('.release-share [role="status"]').text()).not.toBe(''))
}

describe('ReleaseShare', () => {
  it('copies the exact citation of the seed release and announces it', async () => {
    const wrapper = await openSeedRelease()
    await click(wrapper, 'copy-citation')
    expect(clipboard.texts).toEqual([`${SOURCES}, “${SEED_TITLE}”, Press release, Ulaanbaatar, 6 July 2017. ${LINK}`])
    expect(wrapper.get('.release-share [role="status"]').attributes('aria-live')).toBe('polite')
    expect(wrapper.get('.release-share [role="status"]').text()).toBe('Citation copied.')
  })

  it('gives the citation in Russian quotes, list and date for a Russian reader, names and title in English', async () => {
    const i18n = createAppI18n()
    await switchLocale(i18n.global, 'ru')
    const wrapper = await openSeedRelease({ i18n })
    await click(wrapper, 'copy-citation')
    expect(clipboard.texts).toEqual([
      `OSCE Secretariat и OSCE Office for Democratic Institutions and Human Rights, «${SEED_TITLE}», Press release, Ulaanbaatar, 6 июля 2017 г. ${LINK}`,
    ])
    expect(wrapper.get('.release-share [role="status"]').text()).toBe('Цитата скопирована.')
  })

  it('without the Web Share API offers "Copy link", which copies the app link of the release', async () => {
    const wrapper = await openSeedRelease()
    expect(wrapper.find('[data-action="share"]').exists()).toBe(false)
    await click(wrapper, 'copy-link')
    expect(clipboard.texts).toEqual([LINK])
    expect(wrapper.get('.release-share [role="status"]').text()).toBe('Link copied.')
  })

  it('shares title, one-line summary and the app link where the Web Share API exists', async () => {
    const share = vi.fn(async () => undefined)
    stubNavigator('share', share)
    stubNavigator('canShare', () => true)
    const wrapper = await openSeedRelease()
    expect(wrapper.find('[data-action="copy-link"]').exists()).toBe(false)
    await wrapper.get('[data-action="share"]').trigger('click')
    await flushPromises()
    expect(share).toHaveBeenCalledWith({
      title: SEED_TITLE,
      text: 'A two-day national seminar on a community-policing approach to countering violent extremism and radicalization that lead to terrorism (VERLT), organized by the OSCE, concluded today in Ulaanbaatar.',
      url: LINK,
    })
    expect(clipboard.texts).toEqual([])
  })

  it('copies the link instead when the browser refuses to share, but not when the reader cancels', async () => {
    const share = vi.fn().mockRejectedValueOnce(new DOMException('cancelled', 'AbortError')).mockRejectedValueOnce(new DOMException('no', 'NotAllowedError'))
    stubNavigator('share', share)
    stubNavigator('canShare', () => true)
    const wrapper = await openSeedRelease()
    await wrapper.get('[data-action="share"]').trigger('click')
    await flushPromises()
    expect(clipboard.texts).toEqual([])
    await click(wrapper, 'share')
    expect(clipboard.texts).toEqual([LINK])
  })
})
