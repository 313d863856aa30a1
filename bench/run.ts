/**
 * Bench entry: runs each section, prints a readable report and writes
 * `.bench/results.json`.
 *   npm run bench [-- SECTION...]   (no names: every section)
 * To add a section (e.g. a Chromium one), write a function returning Figures
 * and list it in SECTIONS.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { benchBackup } from './backup'
import { benchBrowser } from './browser'
import { benchCompile, benchShardStability } from './compile'
import type { BenchSection, Figure, Figures } from './figures'
import { benchLighthouse } from './lighthouse'
import { benchLoad } from './load'
import { benchReading } from './reading'
import { benchScale } from './scale'
import { benchSync } from './sync'
import { benchSearch } from './search'

const RESULTS_DIR = '.bench'
const RESULTS_FILE = join(RESULTS_DIR, 'results.json')

const SECTIONS: readonly BenchSection[] = [
  {
    name: 'compile',
    description: 'Content pipeline over synthetic pages: parse, compile, pack',
    run: () => benchCompile([1000, 20000]),
  },
  {
    name: 'shardStability',
    description: 'Pack files changed when one release is added',
    run: () => benchShardStability(20000),
  },
  {
    name: 'browser',
    description: 'The production build in headless Chromium with a 20,000-release pack (needs `npm run build` first)',
    run: () => benchBrowser(20000),
  },
  {
    name: 'reading',
    description: 'Read marks and follows in headless Chromium, 20,000 releases, half read, 10 follows: country page with its unread count, home with For you, Mark all as read (needs `npm run build` first)',
    run: () => benchReading(20000),
  },
  {
    name: 'backup',
    description: 'The reader\'s backup in headless Chromium, 20,000 releases all read: import into a device without reader data, the same file again, export; time and main-thread long tasks (needs `npm run build` first)',
    run: () => benchBackup(20000),
  },
  {
    name: 'sync',
    description: 'Content sync, 20,000 releases, persistent Chromium profile: settled origin storage and where the bytes go; an update of one release (needs `npm run build` first)',
    run: () => benchSync(20000),
  },
  {
    name: 'lighthouse',
    description: 'Lighthouse mobile on the production build: first visit of /countries/mongolia, fresh profile, 5 runs, then 3 without the headless scrollbar hold (needs `npm run build` first)',
    run: () => benchLighthouse(),
  },
  {
    name: 'load',
    description: 'The npm start server (its own process, serving dist/) under 200 concurrent keep-alive clients for 30 s: a first visit\'s files, the pack, app routes, missing files and bad requests (needs `npm run build` first)',
    run: () => benchLoad(),
  },
  {
    name: 'scale',
    description: 'The browser section on 100,000 releases (five times the newsroom) next to 20,000: install, long tasks, storage, worker heaps, search index build, country page and search p95, and the growth ratios (needs `npm run build` first; about 15 min)',
    run: () => benchScale(),
  },
  {
    name: 'search',
    description: 'Search candidates (MiniSearch, FlexSearch, custom index) on 20,000 releases, in Node',
    run: () => benchSearch(20000),
  },
]

interface SectionResult {
  description: string
  seconds: number
  figures: Figures
}

function formatValue(figure: Figure): string {
  const whole = (value: number) => Math.round(value).toLocaleString('en')
  switch (figure.unit) {
    case 'ms':
      // Query latencies are often below a millisecond; whole numbers would print them all as 0.
      return figure.value < 10 ? `${figure.value.toFixed(2)} ms` : `${whole(figure.value)} ms`
    case 'pages/s':
      return `${whole(figure.value)} pages/s`
    case 'bytes':
      return `${whole(figure.value)} bytes (${(figure.value / (1024 * 1024)).toFixed(2)} MiB)`
    case 'MB':
      return `${figure.value.toFixed(1)} MiB`
    case 'ratio':
      return `${figure.value.toFixed(2)}×`
    case 'count':
      return whole(figure.value)
    case 'score':
      return Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(3)
  }
}

function printSection(name: string, result: SectionResult): void {
  console.log(`\n${name}: ${result.description} (${result.seconds.toFixed(1)} s)`)
  const figures = Object.values(result.figures)
  const width = Math.max(0, ...figures.map((figure) => figure.label.length))
  for (const figure of figures) {
    const note = figure.note ? `   ${figure.note}` : ''
    console.log(`  ${figure.label.padEnd(width)}  ${formatValue(figure).padStart(12)}${note}`)
  }
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2)
  const unknown = wanted.filter((name) => !SECTIONS.some((section) => section.name === name))
  if (unknown.length > 0) {
    console.error(`bench: unknown section ${unknown.map((name) => `"${name}"`).join(', ')}. Sections: ${SECTIONS.map((section) => section.name).join(', ')}.`)
    process.exit(2)
  }
  const selected = wanted.length === 0 ? SECTIONS : SECTIONS.filter((section) => wanted.includes(section.name))

  // Load matters: a busy machine slows wall-clock figures, so it is recorded with them.
  const environment = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    loadAverageAtStart: loadavg().map((load) => Number(load.toFixed(2))),
  }
  console.log(`bench: node ${environment.node}, ${environment.cpu} × ${environment.cores}, load ${environment.loadAverageAtStart.join(' ')}`)

  const started = performance.now()
  const results: Record<string, SectionResult> = {}
  for (const section of selected) {
    const sectionStarted = performance.now()
    const figures = await section.run()
    results[section.name] = { description: section.description, seconds: (performance.now() - sectionStarted) / 1000, figures }
    printSection(section.name, results[section.name] as SectionResult)
  }

  const totalSeconds = (performance.now() - started) / 1000
  mkdirSync(RESULTS_DIR, { recursive: true })
  const report = { date: new Date().toISOString(), totalSeconds, environment, sections: results }
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nbench: done in ${totalSeconds.toFixed(1)} s; results in ${RESULTS_FILE}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
