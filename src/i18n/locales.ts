/**
 * The interface languages. English is built into the app (and is every other
 * language's fallback); the others are loaded when a reader first needs them.
 *
 * Adding a language: its messages in messages/<code>.json (same keys as en.json),
 * then one line below: its own name, and the loader of its messages and of its
 * country names from i18n-iso-countries (see CONTRIBUTING.md, "Adding a language").
 */
import type { MessageSchema } from './messages'

export interface LoadedLocale {
  messages: MessageSchema
  /** ISO 3166 names (i18n-iso-countries) of the places the app names, by menu id: `mongolia` → `Монголия` (scripts/country-names.ts). */
  countries: Readonly<Record<string, string>>
}

interface LocaleEntry {
  /** The language's name in itself, as a reader looking for theirs expects to find it. */
  name: string
  /** Right-to-left languages say so; every OSCE language is left-to-right. */
  dir?: 'ltr' | 'rtl'
  /** The Intl locale for dates and numbers, when it is more precise than the code. */
  formats?: string
  load?: () => Promise<LoadedLocale>
}

type JsonModule<T> = Promise<{ default: T }>
/** Both halves of a language arrive together (the build puts them in one file). */
async function bundle(messages: JsonModule<MessageSchema>, countries: JsonModule<{ countries: LoadedLocale['countries'] }>): Promise<LoadedLocale> {
  const [messagesModule, countriesModule] = await Promise.all([messages, countries])
  return { messages: messagesModule.default, countries: countriesModule.default.countries }
}

export const LOCALES = {
  // British English dates ("6 July 2017"), as the OSCE writes them.
  en: { name: 'English', formats: 'en-GB' },
  ru: { name: 'Русский', load: () => bundle(import('./messages/ru.json'), import('i18n-iso-countries/langs/ru.json?app-places')) },
} satisfies Record<string, LocaleEntry>

export type Locale = keyof typeof LOCALES
export const DEFAULT_LOCALE: Locale = 'en'
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[]

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value)
}

/** A language's entry, with every optional field visible to the type checker. */
export function localeEntry(locale: Locale): LocaleEntry {
  return LOCALES[locale]
}

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return localeEntry(locale).dir ?? 'ltr'
}

export function formatLocale(locale: Locale): string {
  return localeEntry(locale).formats ?? locale
}

/** The first of the browser's languages the interface speaks (`ru-RU` → `ru`), or English. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const language = tag.toLowerCase().split('-')[0]
    if (isLocale(language)) return language
  }
  return DEFAULT_LOCALE
}
