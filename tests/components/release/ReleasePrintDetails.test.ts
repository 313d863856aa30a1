import { enableAutoUnmount } from '@vue/test-utils'
import { createAppI18n, switchLocale } from '@/i18n'
import { mountRoute, waitForText } from '../../support/mountRoute'
import { installContent, packOf, SEED_RELEASE_ID, SEED_TITLE } from '../../support/seedContent'

enableAutoUnmount(afterEach)

const LINK = `${window.location.origin}/releases/${SEED_RELEASE_ID}`

beforeEach(async () => {
  await installContent()
})

async function printDetails(options: Parameters<typeof mountRoute>[2] = {}) {
  const { wrapper } = await mountRoute(`/releases/${SEED_RELEASE_ID}`, undefined, options)
  await waitForText(wrapper, SEED_TITLE)
  await vi.waitFor(() => expect(wrapper.findAll('.release-print-details dt')).toHaveLength(2))
  return wrapper.findAll('.release-print-details > div').map((row) => [row.get('dt').text(), row.get('dd').text()])
}

describe('ReleasePrintDetails', () => {
  it('gives the printed release its app link and the date of the installed content', async () => {
    expect(packOf().manifest.contentDate).toBe('2017-07-06')
    expect(await printDetails()).toEqual([
      ['Link', LINK],
      ['Content as of', '6 July 2017'],
    ])
  })

  it('speaks Russian to a Russian reader', async () => {
    const i18n = createAppI18n()
    await switchLocale(i18n.global, 'ru')
    expect(await printDetails({ i18n })).toEqual([
      ['Ссылка', LINK],
      ['Содержание по состоянию на', '6 июля 2017 г.'],
    ])
  })
})
