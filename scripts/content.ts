/**
 * Content CLI: validates the page dumps and writes the content pack.
 *   npm run content -- [--check] [--in DIR] [--out DIR]
 * Exit codes: 0 ok (warnings allowed), 1 content errors, 2 bad usage or unreadable input.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { compileContent } from '../src/content/compile'
import { formatDiagnostic, hasErrors } from '../src/content/diagnostics'
import { buildPack } from '../src/content/pack'

const DEFAULT_IN = 'content'
const DEFAULT_OUT = 'public/pack'

interface Options {
  check: boolean
  input: string
  output: string
}

function parseArguments(argv: readonly string[]): Options {
  const options: Options = { check: false, input: DEFAULT_IN, output: DEFAULT_OUT }
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]
    const value = () => {
      const next = argv[++index]
      if (!next || next.startsWith('--')) fail(`${argument} needs a folder, e.g. ${argument} content`)
      return next as string
    }
    if (argument === '--check') options.check = true
    else if (argument === '--in') options.input = value()
    else if (argument === '--out') options.output = value()
    else if (argument === '--help' || argument === '-h') {
      console.log('Usage: npm run content -- [--check] [--in DIR] [--out DIR]\n  --in   folder laid out like content/ (pages in DIR/pages/*.txt); default content\n  --out  where the pack is written; default public/pack\n  --check  validate only, write nothing')
      process.exit(0)
    } else fail(`Unknown option "${argument}". Use --check, --in DIR or --out DIR.`)
  }
  return options
}

function fail(message: string): never {
  console.error(`content: ${message}`)
  process.exit(2)
}

function readRenames(input: string): Record<string, string> {
  const file = join(input, 'aliases.json')
  if (!existsSync(file)) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    fail(`${file} is not valid JSON (${(error as Error).message}). Fix: write it as {"Former label": "Current label"}.`)
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((value) => typeof value !== 'string')) {
    fail(`${file} must map former labels to current labels, e.g. {"Czech Republic": "Czechia"}.`)
  }
  return parsed as Record<string, string>
}

function main(): void {
  const options = parseArguments(process.argv.slice(2))
  const pagesDir = join(options.input, 'pages')
  if (!existsSync(pagesDir)) fail(`No pages folder at ${pagesDir}. Fix: put page dumps (*.txt) in ${pagesDir}/ or pass --in DIR.`)
  const names = readdirSync(pagesDir).filter((name) => name.endsWith('.txt')).sort()
  if (names.length === 0) fail(`${pagesDir} holds no .txt page dumps. Fix: add at least one page.`)

  const started = performance.now()
  const pages = names.map((name) => {
    const path = join(pagesDir, name)
    return { file: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') }
  })
  const content = compileContent(pages, readRenames(options.input))
  for (const diagnostic of content.diagnostics) console.error(formatDiagnostic(diagnostic))
  const errors = content.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length
  const warnings = content.diagnostics.length - errors
  const summary = `${pages.length} pages, ${content.releases.length} releases, ${content.taxonomy.nodes.length} menu nodes, ${errors} errors, ${warnings} warnings`
  if (hasErrors(content.diagnostics)) {
    console.error(`content: ${summary}. Nothing was written; fix the errors above and run again.`)
    process.exit(1)
  }
  if (options.check) {
    console.log(`content: check passed: ${summary}.`)
    return
  }

  const pack = buildPack(content, (text) => createHash('sha256').update(text, 'utf8').digest('hex'))
  // Write beside the target, then swap, so a failed write never leaves a half pack behind.
  const output = resolve(options.output)
  const staging = `${output}.partial-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  for (const [path, text] of pack.files) {
    const file = join(staging, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  rmSync(output, { recursive: true, force: true })
  mkdirSync(dirname(output), { recursive: true })
  renameSync(staging, output)
  const bytes = pack.manifest.files.reduce((sum, file) => sum + file.bytes, 0)
  const seconds = (performance.now() - started) / 1000
  console.log(`content: wrote pack ${pack.manifest.version} to ${relative(process.cwd(), output) || output}: ${summary}, ${pack.manifest.counts.files} files, ${bytes} bytes, ${seconds.toFixed(2)} s.`)
}

main()
