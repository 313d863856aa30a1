/**
 * Writes deterministic synthetic page dumps for load tests and benchmarks.
 *   npm run content:sample -- --releases N --out DIR [--seed S]
 * Exit codes: 0 written, 2 bad usage or unwritable output.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { DEFAULT_SEED, generateSamplePages } from './sample/generate'

const USAGE = `Usage: npm run content:sample -- --releases N --out DIR [--seed S]
  --releases  how many pages (releases) to write, a whole number ≥ 1
  --out       folder the .txt pages are written into (created if missing)
  --seed      random seed, a whole number; default ${DEFAULT_SEED}. Same arguments give identical files.
Then check them with: npx tsx scripts/content.ts --check --in <parent of DIR>   (DIR should be named "pages")`

/** Earlier runs' pages, which a smaller run must remove so DIR holds exactly this sample. */
const SAMPLE_FILE = /^sample-\d+\.txt$/

interface Options {
  releases: number
  output: string
  seed: number
}

function fail(message: string, showUsage = true): never {
  console.error(`content:sample: ${message}${showUsage ? `\n${USAGE}` : ''}`)
  process.exit(2)
}

function wholeNumber(option: string, text: string, minimum: number): number {
  if (!/^-?\d+$/.test(text)) fail(`${option} needs a whole number, got "${text}".`)
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value < minimum) fail(`${option} must be at least ${minimum}, got ${text}.`)
  return value
}

function parseArguments(argv: readonly string[]): Options {
  let releases: number | null = null
  let output: string | null = null
  let seed = DEFAULT_SEED
  for (let index = 0; index < argv.length; index++) {
    const option = argv[index] ?? ''
    if (option === '--help' || option === '-h') {
      console.log(USAGE)
      process.exit(0)
    }
    if (option !== '--releases' && option !== '--out' && option !== '--seed') fail(`Unknown option "${option}".`)
    const value = argv[++index]
    // `--releases -5` is a negative count, not a missing value followed by an option.
    if (value === undefined || (value.startsWith('--') && value.length > 2)) fail(`${option} needs a value.`)
    if (option === '--releases') releases = wholeNumber(option, value, 1)
    else if (option === '--seed') seed = wholeNumber(option, value, Number.MIN_SAFE_INTEGER)
    else output = value
  }
  if (releases === null) fail('--releases N is required.')
  if (!output) fail('--out DIR is required.')
  return { releases, output, seed }
}

function main(): void {
  const options = parseArguments(process.argv.slice(2))
  const started = performance.now()
  const pages = generateSamplePages(options.releases, options.seed)
  try {
    mkdirSync(options.output, { recursive: true })
    const keep = new Set(pages.map((page) => page.name))
    for (const name of readdirSync(options.output)) {
      if (SAMPLE_FILE.test(name) && !keep.has(name)) rmSync(join(options.output, name))
    }
    for (const page of pages) writeFileSync(join(options.output, page.name), page.text)
  } catch (error) {
    fail(`cannot write to ${options.output}: ${(error as Error).message}`, false)
  }
  const seconds = (performance.now() - started) / 1000
  const checkHint = basename(options.output) === 'pages' ? ` Check: npx tsx scripts/content.ts --check --in ${dirname(options.output)}` : ''
  console.log(`content:sample: wrote ${pages.length} pages to ${options.output} (seed ${options.seed}) in ${seconds.toFixed(2)} s.${checkHint}`)
}

main()
