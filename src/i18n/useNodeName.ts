import { useI18n } from 'vue-i18n'
import type { TaxonomyNode } from '@/content/types'
import { GROUP, SECTION } from '@/router/nodeIds'
import { countryNamesOf } from './index'
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales'
import type { MessageKey } from './messages'

/** A name as shown: `lang` is set when it stays in the content's English inside a page in another language. */
export interface ShownName {
  text: string
  lang?: 'en'
}

/** The content (the releases and the osce.org menus) is English. */
const CONTENT_LOCALE: Locale = DEFAULT_LOCALE

/** Menu sections and groups the app has pages for: their names are part of the interface. */
const INTERFACE_NAMES: Readonly<Record<string, MessageKey>> = {
  [SECTION.ourWork]: 'nodes.ourWork',
  [SECTION.countries]: 'nodes.countries',
  [SECTION.structures]: 'nodes.structures',
  [SECTION.aboutUs]: 'nodes.aboutUs',
  [GROUP.fields]: 'nodes.fields',
  [GROUP.meetings]: 'nodes.meetings',
  [GROUP.participatingStates]: 'nodes.participatingStates',
  [GROUP.asianPartners]: 'nodes.asianPartners',
  [GROUP.mediterraneanPartners]: 'nodes.mediterraneanPartners',
  // Not an ISO country: the app's own neutral wording, translated like the rest of the interface.
  kosovo: 'nodes.kosovo',
}

const PLACE_KINDS: ReadonlySet<TaxonomyNode['kind']> = new Set(['country', 'partner'])

/**
 * Names menu nodes in the interface language: the app's own sections and groups
 * from the messages, countries by their ISO 3166 name (i18n-iso-countries), and
 * everything else (structures, fields, meetings…) by its English label, marked so.
 */
export function useNodeName(): (node: TaxonomyNode) => ShownName {
  const composer = useI18n()
  return (node) => {
    const locale = composer.locale.value
    if (locale === CONTENT_LOCALE || !isLocale(locale)) return { text: node.label }
    const key = INTERFACE_NAMES[node.id]
    if (key) return { text: composer.t(key) }
    const name = PLACE_KINDS.has(node.kind) ? countryNamesOf(composer, locale)?.[node.id] : undefined
    return name ? { text: name } : { text: node.label, lang: 'en' }
  }
}
