/**
 * The /search URL is the search state: this module turns it into a SearchRequest
 * and back. Pure (no Vue, no router instance), so every case is unit-tested.
 */
import type { LocationQuery, LocationQueryRaw, RouteLocationRaw } from 'vue-router'
import type { FacetName, SearchFilters, SearchRequest, SearchSort } from '@/search/types'
import { PATHS } from './paths'

/** Results per window step: `n` grows 20, 40, 60… */
export const RESULT_STEP = 20
/** A window no screen needs; caps what a hand-edited URL can ask for. */
const MAX_RESULTS = 1000

export const FACET_NAMES: readonly FacetName[] = ['type', 'field', 'country', 'structure']

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const YEAR = /^\d{4}$/
const WINDOW = /^\d{1,5}$/

function first(value: LocationQuery[string] | undefined): string | null {
  const raw = Array.isArray(value) ? value[0] : value
  return typeof raw === 'string' ? raw : null
}

function slugParam(value: LocationQuery[string] | undefined): string | undefined {
  const raw = first(value)?.trim()
  return raw && SLUG.test(raw) ? raw : undefined
}

function yearParam(value: LocationQuery[string] | undefined): number | undefined {
  const raw = first(value)?.trim()
  return raw && YEAR.test(raw) ? Number(raw) : undefined
}

/** Text alone sorts by relevance; browsing by filters (no text) can only sort by date. */
function defaultSort(q: string): SearchSort {
  return q ? 'relevance' : 'date'
}

/** `n` as a whole number of steps, at least one; anything unreadable is the first step. */
function windowParam(value: LocationQuery[string] | undefined): number {
  const raw = first(value)?.trim()
  if (!raw || !WINDOW.test(raw)) return RESULT_STEP
  const steps = Math.max(1, Math.ceil(Number(raw) / RESULT_STEP))
  return Math.min(steps * RESULT_STEP, MAX_RESULTS)
}

export function parseSearchQuery(query: LocationQuery): SearchRequest {
  const q = (first(query.q) ?? '').replace(/\s+/g, ' ').trim()
  const filters: SearchFilters = {}
  for (const name of FACET_NAMES) {
    const value = slugParam(query[name])
    if (value !== undefined) filters[name] = value
  }
  let from = yearParam(query.from)
  let to = yearParam(query.to)
  // A reversed range is a slip of the hand, not a wish for nothing.
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from]
  if (from !== undefined) filters.from = from
  if (to !== undefined) filters.to = to
  const sortParam = first(query.sort)
  const sort: SearchSort = q && (sortParam === 'relevance' || sortParam === 'date') ? sortParam : defaultSort(q)
  return { q, filters, sort, limit: windowParam(query.n) }
}

/** The URL query for a request, in a fixed key order and without the defaults. */
export function toRouteQuery(request: SearchRequest): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  const q = request.q.replace(/\s+/g, ' ').trim()
  if (q) query.q = q
  for (const name of FACET_NAMES) {
    const value = request.filters[name]
    if (value) query[name] = value
  }
  if (request.filters.from !== undefined) query.from = String(request.filters.from)
  if (request.filters.to !== undefined) query.to = String(request.filters.to)
  if (q && request.sort !== defaultSort(q)) query.sort = request.sort
  if (request.limit > RESULT_STEP) query.n = String(request.limit)
  return query
}

export function searchLocation(request: SearchRequest): RouteLocationRaw {
  return { path: PATHS.search, query: toRouteQuery(request) }
}

/** One string per distinct request: the key results are cached under. */
export function searchKey(request: SearchRequest): string {
  return new URLSearchParams(toRouteQuery(request) as Record<string, string>).toString()
}

export function hasFilters(request: SearchRequest): boolean {
  return Object.values(request.filters).some((value) => value !== undefined)
}

/** Whether there is anything to search for: text or at least one filter. */
export function isBlank(request: SearchRequest): boolean {
  return !request.q && !hasFilters(request)
}

/** A changed query starts again at the first window of results. */
export function withFilters(request: SearchRequest, filters: SearchFilters): SearchRequest {
  const next: SearchFilters = {}
  for (const [name, value] of Object.entries(filters) as [keyof SearchFilters, string | number | undefined][]) {
    if (value !== undefined && value !== '') Object.assign(next, { [name]: value })
  }
  return { ...request, filters: next, limit: RESULT_STEP }
}

export function withFilter(request: SearchRequest, name: keyof SearchFilters, value: string | number | undefined): SearchRequest {
  return withFilters(request, { ...request.filters, [name]: value })
}

export function withText(request: SearchRequest, q: string): SearchRequest {
  const text = q.replace(/\s+/g, ' ').trim()
  // Relevance needs text; a "Newest" chosen for earlier text stays when the text is refined.
  const sort = text && request.q ? request.sort : defaultSort(text)
  return { ...request, q: text, sort, limit: RESULT_STEP }
}

export function withSort(request: SearchRequest, sort: SearchSort): SearchRequest {
  return { ...request, sort, limit: RESULT_STEP }
}
