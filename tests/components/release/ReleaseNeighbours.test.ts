import { enableAutoUnmount, type VueWrapper } from '@vue/test-utils'
import type { Router } from 'vue-router'
import { compileContent, type PageText } from '@/content/compile'
import { mountRoute, waitForText } from '../../support/mountRoute'
import { installContent, SEED_TITLE, seedPageText } from '../../support/seedContent'

enableAutoUnmount(afterEach)

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** The seed page with its own title, dateline place and date: a release from Mongolia, or from Kyrgyzstan with `BISHKEK`. */
function page(name: string, place: string, isoDate: string): PageText {
  const [year, month, day] = isoDate.split('-').map(Number)
  const text = seedPageText()
    .replace(SEED_TITLE, `Seminar ${name}`)
    .replace('- Place:\n- ULAANBAATAR\n', `- Place:\n- ${place}\n`)
    .replace('ULAANBAATAR, 6 July 2017', `${place}, ${day} ${MONTHS[(month ?? 1) - 1]} ${year}`)
  return { file: `content/pages/${name}.txt`, text }
}

const PAGES = [
  page('Alpha', 'ULAANBAATAR', '2018-01-10'),
  page('Bravo', 'BISHKEK', '2018-02-10'),
  page('Charlie', 'ULAANBAATAR', '2018-03-10'),
]
let idOf: Record<string, string>

beforeEach(async () => {
  const content = compileContent([{ file: 'content/pages/seed.txt', text: seedPageText() }, ...PAGES])
  expect(content.releases).toHaveLength(4)
  idOf = Object.fromEntries(content.releases.map((release) => [release.title.replace('Seminar ', ''), release.id]))
  idOf.seed = content.releases.find((release) => release.title === SEED_TITLE)?.id ?? ''
  await installContent(content)
})

const titleOf = (wrapper: VueWrapper) => wrapper.get('h1').text()
const link = (wrapper: VueWrapper, direction: 'previous' | 'next') => wrapper.find(`.release-neighbours [data-direction="${direction}"]`)
const shortTitle = (title: string) => (title === SEED_TITLE ? 'seed' : title.replace('Seminar ', ''))

/** Opens the list's first release and follows "Next" to the end, checking each step's links; the titles met, in order. */
async function walkNext(first: string, from: string): Promise<string[]> {
  const { wrapper, router } = await mountRoute(`/releases/${idOf[first]}?from=${from}`)
  await waitForText(wrapper, first === 'seed' ? SEED_TITLE : `Seminar ${first}`)
  const seen = [shortTitle(titleOf(wrapper))]
  // A search list asks the search index first, built here on the main thread.
  await vi.waitFor(() => expect(wrapper.find('.release-neighbours').exists()).toBe(true), { timeout: 5000 })
  expect(link(wrapper, 'previous').exists()).toBe(false)
  for (let step = 0; step < 10 && link(wrapper, 'next').exists(); step++) {
    const next = link(wrapper, 'next')
    expect(next.attributes('rel')).toBe('next')
    const nextTitle = next.get('.release-neighbours__title').text()
    expect(next.findAll('span').map((span) => span.text())).toEqual(['Next', nextTitle])
    await next.trigger('click')
    await waitForText(wrapper, nextTitle)
    await vi.waitFor(() => expect(titleOf(wrapper)).toBe(nextTitle))
    expect(new URL(currentUrl(router), 'http://x').searchParams.get('from')).toBe(from.replace(/%26/g, '&').replace(/%3D/g, '='))
    seen.push(shortTitle(nextTitle))
    // The one just left is the new Previous.
    await vi.waitFor(() => expect(link(wrapper, 'previous').find('.release-neighbours__title').text()).toBe(seen.at(-2) === 'seed' ? SEED_TITLE : `Seminar ${seen.at(-2)}`))
    expect(link(wrapper, 'previous').attributes('rel')).toBe('prev')
  }
  return seen
}

const currentUrl = (router: Router) => router.currentRoute.value.fullPath

describe('Previous and Next on a release opened from a list', () => {
  it('follow the latest releases, newest first', async () => {
    expect(await walkNext('Charlie', 'latest')).toEqual(['Charlie', 'Bravo', 'Alpha', 'seed'])
  })

  it('follow a country list: only the releases from Mongolia', async () => {
    expect(await walkNext('Charlie', 'country:mongolia')).toEqual(['Charlie', 'Alpha', 'seed'])
  })

  it('follow a field list and a structure list', async () => {
    expect(await walkNext('Charlie', 'field:countering-terrorism')).toEqual(['Charlie', 'Bravo', 'Alpha', 'seed'])
    expect(await walkNext('Charlie', 'structure:odihr')).toEqual(['Charlie', 'Bravo', 'Alpha', 'seed'])
  })

  it('follow a search list in its order', async () => {
    expect(await walkNext('Charlie', 'search:q=seminar%26country=mongolia%26sort=date')).toEqual(['Charlie', 'Bravo', 'Alpha', 'seed'])
  })

  it('are not shown on a release opened directly, nor for a list it is not in, nor for a list of one', async () => {
    for (const query of ['', '?from=country:kyrgyzstan', '?from=country:serbia']) {
      const { wrapper } = await mountRoute(`/releases/${idOf.Alpha}${query}`)
      await waitForText(wrapper, 'Seminar Alpha')
      await waitForText(wrapper, 'Related releases')
      expect(wrapper.find('.release-neighbours').exists()).toBe(false)
      wrapper.unmount()
    }
    const { wrapper } = await mountRoute(`/releases/${idOf.Bravo}?from=country:kyrgyzstan`)
    await waitForText(wrapper, 'Related releases')
    expect(wrapper.find('.release-neighbours').exists()).toBe(false)
  })

  it('name the list navigation and the neighbours by title for screen readers', async () => {
    const { wrapper } = await mountRoute(`/releases/${idOf.Alpha}?from=latest`)
    await vi.waitFor(() => expect(wrapper.find('.release-neighbours').exists()).toBe(true))
    const nav = wrapper.get('nav.release-neighbours')
    expect(nav.attributes('aria-label')).toBe('Previous and next in the list')
    expect(nav.findAll('a').map((anchor) => [anchor.text(), anchor.attributes('href')])).toEqual([
      ['PreviousSeminar Bravo', `/releases/${idOf.Bravo}?from=latest`],
      ['Next' + SEED_TITLE, `/releases/${idOf.seed}?from=latest`],
    ])
  })
})
