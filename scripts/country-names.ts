/**
 * A Vite plugin for the country names of an interface language: importing
 * `i18n-iso-countries/langs/<code>.json?app-places` gives `{ countries: { mongolia: 'Монголия', … } }`,
 * the ISO 3166 names of only the places the app names (src/content/data/iso-codes.ts),
 * keyed by their menu id. The app then needs no code table of its own at run time,
 * and a language's bundle carries 70 names instead of 250.
 */
import type { Plugin } from 'vite'
import { ISO_CODES } from '../src/content/data/iso-codes.ts'

const PLACES_IMPORT = /[\\/]i18n-iso-countries[\\/]langs[\\/]([a-z]{2})\.json\?app-places$/
/** GeoNames' user-assigned code, not ISO 3166: Kosovo is named by the app's own neutral wording (the messages). */
const NOT_ISO = new Set(['XK'])

interface IsoCountriesFile {
  countries: Record<string, string | string[]>
}

export function namesByPlace(file: IsoCountriesFile, source: string): Record<string, string> {
  const names: Record<string, string> = {}
  for (const [place, code] of Object.entries(ISO_CODES)) {
    if (NOT_ISO.has(code)) continue
    const entry = file.countries[code]
    // A list gives the official name first (RU: Российская Федерация, then Россия).
    const name = Array.isArray(entry) ? entry[0] : entry
    if (!name) throw new Error(`${source} has no name for ${code} (${place}): the app cannot name it in this language.`)
    names[place] = name
  }
  return names
}

export function countryNamesByPlace(): Plugin {
  return {
    name: 'osce-field-reader:country-names',
    enforce: 'pre',
    transform(code, id) {
      const locale = PLACES_IMPORT.exec(id)?.[1]
      if (!locale) return null
      const names = namesByPlace(JSON.parse(code) as IsoCountriesFile, `i18n-iso-countries/langs/${locale}.json`)
      // The query hides the .json extension from the bundler, so the module is handed over as JavaScript.
      return { code: `export default ${JSON.stringify({ countries: names })}`, map: null, moduleType: 'js' }
    },
  }
}
