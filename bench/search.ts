/**
 * Search library comparison for the offline full-text search: MiniSearch,
 * FlexSearch (Document index) and a compact custom index, on the same compiled
 * sample, in this Node process. Node figures are a floor for a phone: V8 is the
 * same engine as Chromium, but a mid-range phone is several times slower and a
 * worker adds a structured-clone hop, so the targets need headroom here.
 *
 * Per candidate: build time, stored bytes (what would go into IndexedDB) and
 * their ratio to the releases' JSON, load time from that stored form, the
 * longest single synchronous step while loading (a main-thread task if not in
 * a worker), heap after load, query latency p50/p95/max over
 * SEARCH_QUERIES, and result sanity (answered queries, relevant top results,
 * diacritics-insensitive agreement).
 */
import { Charset, Document, Encoder } from 'flexsearch'
import MiniSearch from 'minisearch'
import { compileContent } from '../src/content/compile'
import { hasErrors } from '../src/content/diagnostics'
import { fold } from '../src/content/text'
import type { Release } from '../src/content/types'
import { generateSamplePages } from '../scripts/sample/generate'
import type { Figures } from './figures'
import { latinQuery } from '../src/search/cyrillic'
import { buildSearchIndex, openSearchIndex } from '../src/search/engine'

/** The text of one release as the library candidates index it; `id` is its position in the compiled list. */
interface SearchDoc {
  id: number
  title: string
  body: string
  place: string
  sources: string
  release: Release
}

/** Folded word tokens, for the relevance sanity check (independent of every candidate's own tokenizer). */
function tokenize(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0)
}
import { FORGIVING_QUERIES, SEARCH_QUERIES, type SearchQuery } from './search-queries'
import { collectGarbage, megabytes } from './measure'

/** From the issue. */
export const TARGET_QUERY_P95_MS = 30
export const TARGET_LOAD_MS = 1000
export const TARGET_SIZE_RATIO = 0.6
export const TARGET_LONGEST_TASK_MS = 100

/** Results a query asks for: a first page of hits. */
const RESULT_LIMIT = 20
/** Top results checked for relevance: what a reader sees without scrolling. */
const CHECKED_RESULTS = 5
/** Timed rounds over the whole query list, after one untimed warm-up round. */
const QUERY_ROUNDS = 5

/** What the stored form of an index is: text (JSON) or binary, as IndexedDB would hold it. */
type Stored = { kind: 'text'; chunks: [key: string, data: string][] } | { kind: 'binary'; buffer: ArrayBuffer }

interface LoadResult {
  search: (query: string) => number[]
  /** The longest synchronous step of the load, e.g. one chunk's import. */
  longestStepMs: number
  /** True when the index searches the stored buffer in place, so that buffer is its memory (and lives outside the JS heap). */
  usesStoredForm: boolean
}

interface Candidate {
  key: string
  label: string
  /** What it is timed and checked on. */
  queries: readonly SearchQuery[]
  build: (docs: readonly SearchDoc[]) => unknown
  store: (index: unknown) => Promise<Stored>
  load: (stored: Stored) => Promise<LoadResult>
}

function storedBytes(stored: Stored): number {
  if (stored.kind === 'binary') return stored.buffer.byteLength
  return stored.chunks.reduce((sum, [key, data]) => sum + Buffer.byteLength(key, 'utf8') + Buffer.byteLength(data, 'utf8'), 0)
}

function textChunks(stored: Stored): [string, string][] {
  if (stored.kind !== 'text') throw new Error('Expected a text stored form.')
  return stored.chunks
}

// ---------------------------------------------------------------- MiniSearch

const MINI_FIELDS = ['title', 'body', 'place', 'sources']

/** Options shared by build and load: loadJSON needs the same fields and term processing as the build. */
const miniOptions = {
  idField: 'id',
  fields: MINI_FIELDS,
  // Its default tokenizer splits on Unicode space and punctuation; folding here makes `Chişinău` and `chisinau` one term.
  processTerm: (term: string) => fold(term),
  searchOptions: {
    boost: { title: 3 },
    combineWith: 'AND',
    // Only the word still being typed is a prefix: expanding every word slows queries and blurs results.
    prefix: (_term: string, index: number, terms: string[]) => index === terms.length - 1,
    // Short words are not fuzzed: at 0.2 a 4-letter word allows no edit anyway, and 1–3 letters would match noise.
    fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
  },
} as const

const miniSearch: Candidate = {
  key: 'minisearch',
  label: 'MiniSearch 7',
  queries: SEARCH_QUERIES,
  build: (docs) => {
    const index = new MiniSearch<SearchDoc>(miniOptions)
    index.addAll(docs)
    return index
  },
  store: async (index) => {
    if (!(index instanceof MiniSearch)) throw new Error('Expected a MiniSearch index.')
    return { kind: 'text', chunks: [['minisearch', JSON.stringify(index)]] }
  },
  load: async (stored) => {
    const [chunk] = textChunks(stored)
    if (!chunk) throw new Error('Empty MiniSearch stored form.')
    const started = performance.now()
    const index = MiniSearch.loadJSON<SearchDoc>(chunk[1], miniOptions)
    // loadJSON is one synchronous call: the whole load is one task (loadJSONAsync only yields between documents' entries).
    const longestStepMs = performance.now() - started
    return {
      longestStepMs,
      usesStoredForm: false,
      search: (query) =>
        index
          .search(query)
          .slice(0, RESULT_LIMIT)
          .map((result) => Number(result.id)),
    }
  },
}

// ---------------------------------------------------------------- FlexSearch

type FlexDoc = { id: number; title: string; body: string; place: string; sources: string }

/** One encoder for all fields: its phonetic map (LatinBalance) is the typo tolerance FlexSearch offers; `fold` replaces its normaliser for the same diacritics handling as the app. */
function flexOptions() {
  return {
    tokenize: 'forward' as const,
    encoder: new Encoder({ ...Charset.LatinBalance, normalize: fold }),
    document: {
      id: 'id',
      // Field order is the boost: merged results list title hits before body hits.
      index: ['title', 'place', 'sources', 'body'] as ('title' | 'place' | 'sources' | 'body')[],
    },
  }
}

const flexSearch: Candidate = {
  key: 'flexsearch',
  label: 'FlexSearch 0.8 Document',
  queries: SEARCH_QUERIES,
  build: (docs) => {
    const index = new Document<FlexDoc>(flexOptions())
    for (const doc of docs) index.add(doc)
    return index
  },
  store: async (index) => {
    if (!(index instanceof Document)) throw new Error('Expected a FlexSearch Document index.')
    const chunks: [string, string][] = []
    await index.export((key: string, data: string) => {
      chunks.push([key, data])
      return Promise.resolve()
    })
    return { kind: 'text', chunks }
  },
  load: async (stored) => {
    const index = new Document<FlexDoc>(flexOptions())
    let longestStepMs = 0
    for (const [key, data] of textChunks(stored)) {
      const started = performance.now()
      index.import(key, data)
      longestStepMs = Math.max(longestStepMs, performance.now() - started)
    }
    return {
      longestStepMs,
      usesStoredForm: false,
      search: (query) => index.search(query, { limit: RESULT_LIMIT, suggest: true, merge: true }).slice(0, RESULT_LIMIT).map((result) => Number(result.id)),
    }
  },
}

// ---------------------------------------------------------------- custom

// The shipped engine (src/search/engine.ts), which grew out of this bench's custom candidate.
const customIndex: Candidate = {
  key: 'custom',
  label: 'Custom index (src/search)',
  // The shared list, plus two-edit and first-letter typos, phrases, exclusions and Cyrillic.
  queries: [...SEARCH_QUERIES, ...FORGIVING_QUERIES],
  build: (docs) => buildSearchIndex(docs.map((doc) => doc.release)),
  store: async (index) => {
    if (!(index instanceof ArrayBuffer)) throw new Error('Expected the custom index buffer.')
    return { kind: 'binary', buffer: index }
  },
  load: async (stored) => {
    if (stored.kind !== 'binary') throw new Error('Expected a binary stored form.')
    const started = performance.now()
    const index = openSearchIndex(stored.buffer)
    const positionOf = new Map(positions)
    return {
      longestStepMs: performance.now() - started,
      usesStoredForm: true,
      search: (query) =>
        index
          // As the worker does (worker-core.ts): a Cyrillic query is rewritten first, timed with the search.
          .search({ q: latinQuery(query), filters: {}, sort: 'relevance', limit: RESULT_LIMIT })
          .hits.map((hit) => positionOf.get(hit.id) ?? -1),
    }
  },
}

/** Release id → position in the compiled list, so every candidate's results are compared as numbers. */
let positions: [string, number][] = []

const CANDIDATES: readonly Candidate[] = [miniSearch, flexSearch, customIndex]

// ---------------------------------------------------------------- measuring

function percentile(sorted: readonly { ms: number }[], share: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]?.ms ?? 0
}

function toSearchDoc(release: Release, id: number): SearchDoc {
  return {
    id,
    release,
    title: release.title,
    body: release.body.join('\n'),
    place: release.place ?? '',
    sources: release.sources.map((source) => source.name).join('\n'),
  }
}

interface Sanity {
  answered: number
  relevantTop: number
  checkedTop: number
  diacriticGroups: number
  diacriticAgreeing: number
}

/** Whether the engines' top results are about the query, judged by plain substring tests over folded text. */
function checkResults(queries: readonly SearchQuery[], results: readonly number[][], docs: readonly SearchDoc[]): Sanity {
  const folded = new Map<number, string>()
  const textOf = (id: number) => {
    let text = folded.get(id)
    if (text === undefined) {
      const doc = docs[id]
      text = doc ? tokenize(`${doc.title} ${doc.place} ${doc.sources} ${doc.body}`).join(' ') : ''
      folded.set(id, text)
    }
    return text
  }
  const sanity: Sanity = { answered: 0, relevantTop: 0, checkedTop: 0, diacriticGroups: 0, diacriticAgreeing: 0 }
  const byDiacriticKey = new Map<string, string[]>()
  for (const [position, query] of queries.entries()) {
    const ids = results[position] ?? []
    if (ids.length > 0) sanity.answered++
    for (const id of ids.slice(0, CHECKED_RESULTS)) {
      sanity.checkedTop++
      // `co-operation` is tokenised into `co operation`, so expectations are compared in the same form.
      const text = textOf(id)
      if (query.expect.every((word) => text.includes(tokenize(word).join(' ')))) sanity.relevantTop++
    }
    if (query.kind === 'diacritics') {
      const key = query.expect.join(' ')
      byDiacriticKey.set(key, [...(byDiacriticKey.get(key) ?? []), ids.slice(0, 10).join(',')])
    }
  }
  for (const lists of byDiacriticKey.values()) {
    sanity.diacriticGroups++
    if (lists.every((list) => list === lists[0])) sanity.diacriticAgreeing++
  }
  return sanity
}

async function benchCandidate(candidate: Candidate, docs: readonly SearchDoc[], releasesJsonBytes: number, figures: Figures): Promise<void> {
  const key = candidate.key
  collectGarbage()
  let started = performance.now()
  let built: unknown = candidate.build(docs)
  const buildMs = performance.now() - started

  started = performance.now()
  const stored = await candidate.store(built)
  const storeMs = performance.now() - started
  built = undefined // the built index is gone before loading, as after a cold start
  const bytes = storedBytes(stored)

  collectGarbage()
  const heapBefore = process.memoryUsage().heapUsed
  started = performance.now()
  const loaded = await candidate.load(stored)
  const loadMs = performance.now() - started
  collectGarbage()
  // The stored form is live before and after, so the difference is what loading added; an index that searches the stored buffer in place is charged for that buffer.
  const heapIndex = process.memoryUsage().heapUsed - heapBefore + (loaded.usesStoredForm ? bytes : 0)

  // One untimed round so JIT warm-up is not billed to the first queries.
  const queries = candidate.queries
  for (const query of queries) loaded.search(query.text)
  const samples: { ms: number; query: string; kind: SearchQuery['kind'] }[] = []
  const results: number[][] = []
  for (let round = 0; round < QUERY_ROUNDS; round++) {
    for (const [position, query] of queries.entries()) {
      const queryStarted = performance.now()
      const ids = loaded.search(query.text)
      samples.push({ ms: performance.now() - queryStarted, query: query.text, kind: query.kind })
      results[position] = ids
    }
  }
  samples.sort((a, b) => a.ms - b.ms)
  const slowest = [...new Set(samples.slice(-8).reverse().map((sample) => `'${sample.query}'`))].slice(0, 3)
  const unanswered = queries.filter((_query, position) => (results[position] ?? []).length === 0).map((query) => `'${query.text}'`)
  const forgiving = samples.filter((sample) => FORGIVING_QUERIES.some((query) => query.text === sample.query))
  const p95 = percentile(samples, 0.95)
  const sanity = checkResults(queries, results, docs)
  const ratio = bytes / releasesJsonBytes
  const status = (met: boolean) => (met ? 'met' : 'MISSED')

  figures[`${key}.buildMs`] = { label: `${candidate.label}: build`, value: buildMs, unit: 'ms' }
  figures[`${key}.storeMs`] = { label: `${candidate.label}: serialise to stored form`, value: storeMs, unit: 'ms' }
  figures[`${key}.storedBytes`] = { label: `${candidate.label}: stored size`, value: bytes, unit: 'bytes', note: stored.kind === 'text' ? `${stored.chunks.length} JSON chunk(s)` : 'one ArrayBuffer' }
  figures[`${key}.sizeRatio`] = { label: `${candidate.label}: stored / releases JSON`, value: ratio, unit: 'ratio', note: `target ≤ ${TARGET_SIZE_RATIO}: ${status(ratio <= TARGET_SIZE_RATIO)}` }
  figures[`${key}.loadMs`] = { label: `${candidate.label}: load from stored form`, value: loadMs, unit: 'ms', note: `target ≤ ${TARGET_LOAD_MS}: ${status(loadMs <= TARGET_LOAD_MS)}` }
  figures[`${key}.longestLoadStepMs`] = {
    label: `${candidate.label}: longest synchronous load step`,
    value: loaded.longestStepMs,
    unit: 'ms',
    note: `≤ ${TARGET_LONGEST_TASK_MS} needed on a main thread: ${status(loaded.longestStepMs <= TARGET_LONGEST_TASK_MS)}`,
  }
  figures[`${key}.heapMB`] = {
    label: `${candidate.label}: memory held by the loaded index`,
    value: megabytes(heapIndex),
    unit: 'MB',
    note: loaded.usesStoredForm ? 'the stored ArrayBuffer, searched in place' : 'JS heap after GC, stored form excluded',
  }
  figures[`${key}.queryP50Ms`] = { label: `${candidate.label}: query p50`, value: percentile(samples, 0.5), unit: 'ms', note: `${samples.length} runs` }
  figures[`${key}.queryP95Ms`] = { label: `${candidate.label}: query p95`, value: p95, unit: 'ms', note: `target ≤ ${TARGET_QUERY_P95_MS}: ${status(p95 <= TARGET_QUERY_P95_MS)}` }
  figures[`${key}.queryMaxMs`] = { label: `${candidate.label}: query max`, value: samples[samples.length - 1]?.ms ?? 0, unit: 'ms', note: `worst: ${slowest.join(', ')}` }
  if (forgiving.length > 0) {
    const worst = forgiving[forgiving.length - 1]
    figures[`${key}.forgivingP95Ms`] = {
      label: `${candidate.label}: query p95, typos of two edits, phrases, exclusions, Cyrillic`,
      value: percentile(forgiving, 0.95),
      unit: 'ms',
      note: `${forgiving.length} runs; worst '${worst?.query ?? ''}' (${worst?.kind ?? ''}) ${(worst?.ms ?? 0).toFixed(1)} ms`,
    }
  }
  figures[`${key}.answered`] = {
    label: `${candidate.label}: queries with ≥ 1 result`,
    value: sanity.answered,
    unit: 'count',
    note: `of ${queries.length}${unanswered.length > 0 ? `; none for ${unanswered.join(', ')}` : ''}`,
  }
  figures[`${key}.relevantTop`] = {
    label: `${candidate.label}: top-${CHECKED_RESULTS} results containing all expected words`,
    value: sanity.checkedTop > 0 ? sanity.relevantTop / sanity.checkedTop : 0,
    unit: 'ratio',
    note: `${sanity.relevantTop} of ${sanity.checkedTop}`,
  }
  figures[`${key}.diacriticsAgree`] = { label: `${candidate.label}: diacritic spellings giving the same top 10`, value: sanity.diacriticAgreeing, unit: 'count', note: `of ${sanity.diacriticGroups} groups` }
}

/** Compiles the `releases`-page sample once and measures every candidate on it. */
export async function benchSearch(releases: number): Promise<Figures> {
  const pages = generateSamplePages(releases).map((page) => ({ file: page.name, text: page.text }))
  const content = compileContent(pages)
  if (hasErrors(content.diagnostics)) throw new Error('Sample content has errors; the search bench needs clean content.')
  const docs = content.releases.map(toSearchDoc)
  positions = content.releases.map((release, index) => [release.id, index])
  // The size the target is relative to: each release as JSON, as the pack and IndexedDB hold them.
  const releasesJsonBytes = content.releases.reduce((sum, release) => sum + Buffer.byteLength(JSON.stringify(release), 'utf8'), 0)

  const figures: Figures = {
    releases: { label: 'releases indexed', value: docs.length, unit: 'count' },
    releasesJsonBytes: { label: 'releases as JSON (sum of JSON.stringify)', value: releasesJsonBytes, unit: 'bytes' },
    queries: { label: 'queries in SEARCH_QUERIES', value: SEARCH_QUERIES.length, unit: 'count', note: `× ${QUERY_ROUNDS} timed rounds; the shipped engine also runs ${FORGIVING_QUERIES.length} FORGIVING_QUERIES` },
  }
  // SEARCH_BENCH_ONLY=custom measures the shipped engine alone (the libraries take two minutes more).
  const only = process.env.SEARCH_BENCH_ONLY?.split(',')
  for (const candidate of CANDIDATES) if (!only || only.includes(candidate.key)) await benchCandidate(candidate, docs, releasesJsonBytes, figures)
  return figures
}
