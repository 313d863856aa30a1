import { enableAutoUnmount } from '@vue/test-utils'
import { compileContent, type PageText } from '@/content/compile'
import { mountRoute, waitForText } from '../support/mountRoute'
import { releaseTitles, sectionByHeading } from '../support/pageSections'
import { installContent, SEED_TITLE, seedPageText } from '../support/seedContent'

const RELEASE_COUNT = 45
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function replaceExactlyOnce(text: string, from: string, to: string): string {
  const parts = text.split(from)
  if (parts.length !== 2) throw new Error(`Expected "${from}" once in the seed, found it ${parts.length - 1} times`)
  return parts.join(to)
}

/** The seed page with its own title and dateline day: release n is dated n days after 31 December 2019. */
function syntheticPage(n: number): PageText {
  const day = new Date(Date.UTC(2020, 0, n))
  const dateline = `ULAANBAATAR, ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`
  const text = replaceExactlyOnce(replaceExactlyOnce(seedPageText(), SEED_TITLE, `Synthetic release ${n}`), 'ULAANBAATAR, 6 July 2017', dateline)
  return { file: `content/pages/synthetic-${n}.txt`, text }
}

const newestFirst = (count: number) => Array.from({ length: count }, (_, index) => `Synthetic release ${RELEASE_COUNT - index}`)

enableAutoUnmount(afterEach)

beforeEach(async () => {
  const pages = Array.from({ length: RELEASE_COUNT }, (_, index) => syntheticPage(index + 1))
  const compiled = compileContent(pages)
  expect(compiled.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
  expect(compiled.releases).toHaveLength(RELEASE_COUNT)
  await installContent(compiled)
})

describe('a country with many releases', () => {
  it('shows them 20 at a time, newest first, until all are shown', async () => {
    const { wrapper } = await mountRoute('/countries/mongolia')
    await waitForText(wrapper, `Releases from Mongolia (${RELEASE_COUNT})`)
    const section = () => sectionByHeading(wrapper, 'Releases from Mongolia')
    const moreButton = () => section().find('.release-list__more button')

    expect(releaseTitles(section())).toEqual(newestFirst(20))
    expect(section().text()).toContain('20 of 45')

    await moreButton().trigger('click')
    await waitForText(wrapper, '40 of 45')
    expect(releaseTitles(section())).toEqual(newestFirst(40))

    await moreButton().trigger('click')
    await vi.waitFor(() => expect(releaseTitles(section())).toHaveLength(45))
    expect(releaseTitles(section())).toEqual(newestFirst(45))
    expect(moreButton().exists()).toBe(false)
    expect(section().find('h2').text()).toBe('Releases from Mongolia (45) · 45 unread')
  })

  it('opens at the length the reader had expanded it to when they come back from a release', async () => {
    const { wrapper, router } = await mountRoute('/countries/mongolia')
    await waitForText(wrapper, '20 of 45')
    const section = () => sectionByHeading(wrapper, 'Releases from Mongolia')
    await section().find('.release-list__more button').trigger('click')
    await waitForText(wrapper, '40 of 45')

    await section().findAll('a').filter((link) => link.text() === 'Synthetic release 6')[0]?.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('release'))
    router.back()
    await waitForText(wrapper, '40 of 45')
    expect(releaseTitles(section())).toEqual(newestFirst(40))
  })
})
