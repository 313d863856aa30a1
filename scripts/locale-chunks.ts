/**
 * Which lazily loaded interface language a module belongs to, for the build's chunking
 * (vite.config.ts): `locale-ru` for ru's messages and its country names (the
 * `?app-places` import of scripts/country-names.ts; other code importing
 * i18n-iso-countries, such as search, is left to its own chunks). English is part
 * of the app itself (the fallback of every other language), so it gets no chunk of its own.
 */
const LOCALE_MODULE = /(?:[\\/]src[\\/]i18n[\\/]messages[\\/]([a-z]{2}(?:-[A-Za-z]+)?)\.json$|[\\/]i18n-iso-countries[\\/]langs[\\/]([a-z]{2})\.json\?app-places$)/

export function localeOfBundleModule(moduleId: string): string | null {
  const match = LOCALE_MODULE.exec(moduleId)
  const locale = match?.[1] ?? match?.[2]
  return locale && locale !== 'en' ? `locale-${locale}` : null
}
