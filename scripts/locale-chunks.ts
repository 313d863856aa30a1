/**
 * Which lazily loaded interface language a module belongs to, for the build's chunking
 * (vite.config.ts): `locale-ru` for ru's messages and country names. English is part
 * of the app itself (the fallback of every other language), so it gets no chunk of its own.
 */
const LOCALE_MODULE = /(?:[\\/]src[\\/]i18n[\\/]messages|[\\/]i18n-iso-countries[\\/]langs)[\\/]([a-z]{2}(?:-[A-Za-z]+)?)\.json$/

export function localeOfBundleModule(moduleId: string): string | null {
  const locale = LOCALE_MODULE.exec(moduleId.split('?')[0] ?? '')?.[1]
  return locale && locale !== 'en' ? `locale-${locale}` : null
}
