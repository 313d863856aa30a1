import { enableAutoUnmount, mount } from '@vue/test-utils'
import LinkedParagraph from '@/components/release/LinkedParagraph.vue'
import { createAppI18n, loadPageMessages, switchLocale } from '@/i18n'

enableAutoUnmount(afterEach)

async function mountParagraph(text: string, locale: 'en' | 'ru' = 'en') {
  const i18n = createAppI18n()
  await loadPageMessages(i18n.global)
  if (locale !== 'en') await switchLocale(i18n.global, locale)
  return mount(LinkedParagraph, { props: { text }, global: { plugins: [i18n] } })
}

describe('LinkedParagraph', () => {
  it('turns a query-string address into one web link that opens outside the app, with a named hint', async () => {
    const wrapper = await mountParagraph('Details: https://example.org/a?b=1&c=2.')
    const links = wrapper.findAll('a')
    expect(links).toHaveLength(1)
    expect(links[0]?.attributes()).toMatchObject({ href: 'https://example.org/a?b=1&c=2', target: '_blank', rel: 'noopener noreferrer' })
    expect(links[0]?.find('.external-link__hint .visually-hidden').text()).toBe('(opens outside the app)')
    expect(wrapper.text()).toBe('Details: https://example.org/a?b=1&c=2(opens outside the app).')
  })

  it('links an e-mail address with mailto in the same tab', async () => {
    const wrapper = await mountParagraph('Write to pressoffice@odihr.pl for accreditation.')
    const link = wrapper.get('a')
    expect([link.text(), link.attributes('href'), link.attributes('target')]).toEqual(['pressoffice@odihr.pl', 'mailto:pressoffice@odihr.pl', undefined])
  })

  it('renders markup in the text as text, never as elements', async () => {
    const wrapper = await mountParagraph('Before <script>alert(1)</script><img src=x onerror="alert(2)"> after')
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('a').exists()).toBe(false)
    expect(wrapper.get('p').text()).toBe('Before <script>alert(1)</script><img src=x onerror="alert(2)"> after')
  })

  it('names the hint in Russian for a Russian reader, marked as Russian', async () => {
    const wrapper = await mountParagraph('(https://www.osce.org/mission-to-moldova).', 'ru')
    const hint = wrapper.get('.external-link__hint .visually-hidden')
    expect([hint.text(), hint.attributes('lang')]).toEqual(['(откроется вне приложения)', 'ru'])
    expect(wrapper.get('a').attributes('href')).toBe('https://www.osce.org/mission-to-moldova')
  })
})
