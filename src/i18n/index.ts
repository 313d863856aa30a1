/**
 * The interface language: vue-i18n (Composition API), English built in, other
 * languages loaded on first use. `createAppI18n` makes a fresh instance per app
 * (installed by createAppState); `switchLocale` loads a language if needed, then
 * switches the interface, `<html lang>` and `dir` at once, without a reload.
 */
import { createI18n } from 'vue-i18n'
import { DEFAULT_LOCALE, LOCALE_CODES, localeEntry, textDirection, type LoadedLocale, type Locale } from './locales'
import englishShell from './messages/en.json?part=shell'
import type { MessageSchema } from './messages'
import { pluralRule } from './plural'

export function createAppI18n() {
  const i18n = createI18n({
    legacy: false,
    locale: DEFAULT_LOCALE,
    fallbackLocale: DEFAULT_LOCALE,
    // A copy: the later part is merged into this app's messages, never into the module every app shares.
    messages: { [DEFAULT_LOCALE]: structuredClone(englishShell) as MessageSchema },
    pluralRules: Object.fromEntries(LOCALE_CODES.map((code) => [code, pluralRule(code)])),
    // A key missing in a language falls back to English quietly: the tests catch missing keys, not the reader's console.
    missingWarn: false,
    fallbackWarn: false,
  })
  loadedCountries.set(i18n.global, new Map())
  return i18n
}

export type AppI18n = ReturnType<typeof createAppI18n>

/** What switchLocale needs of the app's global composer: `i18n.global`, or `useI18n()` in a component. */
export interface LocaleTarget {
  locale: { value: string }
  readonly availableLocales: readonly string[]
  setLocaleMessage(locale: string, messages: MessageSchema): void
  getLocaleMessage(locale: string): MessageSchema
}

/** What each loaded language brings beyond its messages, per app (keyed by its global composer). */
const loadedCountries = new WeakMap<object, Map<Locale, LoadedLocale['countries']>>()
/** The language asked for last, per app: a slow load must not undo a later choice. */
const requested = new WeakMap<object, Locale>()

async function ensureLoaded(target: LocaleTarget, locale: Locale): Promise<void> {
  const entry = localeEntry(locale)
  if (!entry.load || target.availableLocales.includes(locale)) return
  const loaded = await entry.load()
  target.setLocaleMessage(locale, loaded.messages)
  loadedCountries.get(target)?.set(locale, loaded.countries)
}

const pagesLoaded = new WeakSet<object>()
/** The start's choice of language, per app, while it is being made (startInLanguage). */
const starting = new WeakMap<object, Promise<void>>()

/** Records the start's choice of language being made, so that the page guard waits for it. */
export function languageStarting(target: LocaleTarget, choice: Promise<void>): Promise<void> {
  starting.set(target, choice)
  return choice
}

/**
 * Before a page beyond the home page opens: its English words, once the start has
 * chosen the language and only if that is English (a Russian reader's deep link
 * loads the Russian bundle, not English words it will not show).
 */
export async function loadPageMessagesIfEnglish(target: LocaleTarget): Promise<void> {
  await starting.get(target)
  if (target.locale.value === DEFAULT_LOCALE) await loadPageMessages(target)
}

/**
 * The English words of the pages beyond the first (src/i18n/messageParts.ts):
 * loaded before the first of them opens, by the router's guard (createAppState), the
 * first navigation of a deep link included, since the guard is in place before it runs.
 */
export async function loadPageMessages(target: LocaleTarget): Promise<void> {
  if (pagesLoaded.has(target)) return
  const { default: pages } = await import('./messages/en.json?part=pages')
  // The pages' sections beside the shell's. The two parts share no top-level section (messageParts.ts), so a
  // shallow merge is whole; vue-i18n's mergeLocaleMessage deep-copies through the reactive messages instead.
  target.setLocaleMessage(DEFAULT_LOCALE, { ...target.getLocaleMessage(DEFAULT_LOCALE), ...pages })
  pagesLoaded.add(target)
}

/** Loads `locale` if it is not yet, then shows the interface in it, `<html lang>` and `dir` included. */
export async function switchLocale(target: LocaleTarget, locale: Locale): Promise<void> {
  requested.set(target, locale)
  // Back to English from another language, the reader may be on any page: its words must be there.
  if (locale === DEFAULT_LOCALE && target.locale.value !== DEFAULT_LOCALE) await loadPageMessages(target)
  await ensureLoaded(target, locale)
  if (requested.get(target) !== locale) return
  target.locale.value = locale
  document.documentElement.lang = locale
  document.documentElement.dir = textDirection(locale)
}

/** The ISO 3166 names of a loaded language (none for English: the content's own labels are English). */
export function countryNamesOf(composer: object, locale: Locale): LoadedLocale['countries'] | undefined {
  return loadedCountries.get(composer)?.get(locale)
}
