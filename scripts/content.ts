/**
 * Content CLI: validates the page dumps and writes the content pack.
 *   npm run content -- [--check] [--skip-invalid] [--report FILE.json] [--in DIR] [--out DIR]
 * Exit codes: 0 ok (warnings allowed), 1 content errors, 2 bad usage or file-system trouble.
 * It never calls process.exit: the exit code is set and the process ends once
 * every message has reached the reader, however slowly it reads.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { compileContent, type CompiledContent, type PageText } from '../src/content/compile'
import { diagnostic, escapeControls, formatDiagnostic, hasErrors } from '../src/content/diagnostics'
import { buildPack } from '../src/content/pack'
import { NODE_PACK_TOOLS } from './pack-tools'
import { compileSkippingInvalid } from '../src/content/skip-invalid'
import type { Diagnostic } from '../src/content/types'
import { checkOutputFolder, checkReportFile } from './content/guard'
import { loadGazetteer } from './gazetteer'
import { CliProblem, fsReason, isFsError, shown, writeFix } from './content/problems'
import { readPagesFolder } from './content/read-pages'
import { contentReport, type ContentReport } from './content/report'
import { writePackAtomically } from './content/write-pack'

const DEFAULT_IN = 'content'
const DEFAULT_OUT = 'public/pack'

const USAGE = `Usage: npm run content -- [--check] [--skip-invalid] [--report FILE.json] [--in DIR] [--out DIR]
  --in DIR            folder laid out like content/ (pages in DIR/pages/*.txt); default ${DEFAULT_IN}
  --out DIR           where the pack is written; default ${DEFAULT_OUT}. Must be new, empty or a previous pack.
  --check             validate only, write no pack
  --skip-invalid      write the pack without the pages that have errors, and list them
  --report FILE.json  write every diagnostic as JSON (also when the build fails)`

interface Options {
  check: boolean
  skipInvalid: boolean
  input: string
  output: string
  report: string | null
  help: boolean
}

function parseArguments(argv: readonly string[]): Options {
  const options: Options = { check: false, skipInvalid: false, input: DEFAULT_IN, output: DEFAULT_OUT, report: null, help: false }
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? ''
    const value = (example: string) => {
      const next = argv[++index]
      if (!next || next.startsWith('--')) throw new CliProblem(`${argument} needs a value, e.g. ${argument} ${example}`)
      return next
    }
    if (argument === '--check') options.check = true
    else if (argument === '--skip-invalid') options.skipInvalid = true
    else if (argument === '--in') options.input = value('content')
    else if (argument === '--out') options.output = value('public/pack')
    else if (argument === '--report') options.report = value('content-report.json')
    else if (argument === '--help' || argument === '-h') options.help = true
    else throw new CliProblem(`Unknown option "${escapeControls(argument)}". Use --check, --skip-invalid, --report FILE.json, --in DIR or --out DIR (--help for details).`)
  }
  return options
}

function readRenames(input: string): Record<string, string> {
  const file = join(input, 'aliases.json')
  if (!existsSync(file)) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    if (isFsError(error)) throw new CliProblem(`Cannot read ${shown(file)}: ${fsReason(error)}. Fix: make it a readable JSON file, or remove it.`)
    throw new CliProblem(`${shown(file)} is not valid JSON (${(error as Error).message}). Fix: write it as {"Former label": "Current label"}.`)
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((value) => typeof value !== 'string')) {
    throw new CliProblem(`${shown(file)} must map former labels to current labels, e.g. {"Czech Republic": "Czechia"}.`)
  }
  return parsed as Record<string, string>
}

/** Pages in the folder that are not page dumps: one warning, however many, so the list stays readable. */
function ignoredFilesWarning(pagesDir: string, ignored: readonly string[]): Diagnostic[] {
  if (ignored.length === 0) return []
  const listed = ignored.slice(0, 10).join(', ') + (ignored.length > 10 ? ` and ${ignored.length - 10} more` : '')
  const what = ignored.length === 1 ? '1 entry is not a .txt page dump and was' : `${ignored.length} entries are not .txt page dumps and were`
  return [diagnostic('ignored-files', shown(pagesDir), 0, `${what} ignored: ${listed}.`, 'Move files that are not pages out of the pages folder, or name page dumps *.txt.')]
}

interface Compiled {
  content: CompiledContent
  diagnostics: Diagnostic[]
  skipped: string[]
  /** Why nothing may be written, or null. */
  refusal: string | null
}

function compile(pages: readonly PageText[], renames: Record<string, string>, skipInvalid: boolean): Compiled {
  if (!skipInvalid) {
    const content = compileContent(pages, renames, { gazetteer: loadGazetteer() })
    const refusal = hasErrors(content.diagnostics) ? 'Nothing was written; fix the errors above and run again (or pass --skip-invalid to leave those pages out).' : null
    return { content, diagnostics: content.diagnostics, skipped: [], refusal }
  }
  const result = compileSkippingInvalid(pages, renames, { gazetteer: loadGazetteer() })
  let refusal: string | null = null
  if (result.unskippable.length > 0) refusal = 'Nothing was written: the menu errors above concern every page with those menus and cannot be skipped; fix them and run again.'
  else if (hasErrors(result.content.diagnostics)) refusal = 'Nothing was written; fix the errors above and run again.'
  else if (result.skipped.length === pages.length) refusal = 'Nothing was written: every page has errors; fix them and run again.'
  return { content: result.content, diagnostics: result.diagnostics, skipped: result.skipped, refusal }
}

function writeReport(path: string, report: string): void {
  // Beside the target, then renamed over it: a failed write never leaves half a report.
  const partial = `${resolve(path)}.partial-${process.pid}`
  try {
    writeFileSync(partial, report)
    renameSync(partial, path)
  } catch (error) {
    rmSync(partial, { force: true })
    throw new CliProblem(`Cannot write the report ${shown(path)}: ${fsReason(error)}. Fix: ${writeFix(error)}`)
  }
}

/** Runs the CLI and returns its exit code. Messages go out in one write each, so a slow reader still gets them all. */
function run(argv: readonly string[]): number {
  const options = parseArguments(argv)
  if (options.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const pagesDir = join(options.input, 'pages')
  const writesPack = !options.check
  // Refuse unsafe targets before any work, so a refused run leaves every file as it was.
  if (writesPack) checkOutputFolder(options.output, options.input)
  if (options.report) checkReportFile(options.report, writesPack ? options.output : null, options.input)

  const started = performance.now()
  const folder = readPagesFolder(pagesDir)
  const compiled = compile(folder.pages, readRenames(options.input), options.skipInvalid)
  const diagnostics = [...ignoredFilesWarning(pagesDir, folder.ignored), ...compiled.diagnostics]
  const errors = diagnostics.filter((item) => item.severity === 'error').length
  const { content } = compiled
  const skippedNote = options.skipInvalid ? `, ${compiled.skipped.length} pages skipped` : ''
  const summary = `${folder.pages.length} pages, ${content.releases.length} releases, ${content.taxonomy.nodes.length} menu nodes, ${errors} errors, ${diagnostics.length - errors} warnings${skippedNote}`
  if (diagnostics.length > 0) process.stderr.write(`${diagnostics.map(formatDiagnostic).join('\n')}\n`)
  if (compiled.skipped.length > 0 && !compiled.refusal) {
    process.stderr.write(`content: skipped ${compiled.skipped.length} pages with errors (left out of the pack): ${compiled.skipped.map(escapeControls).join(', ')}\n`)
  }

  const reportSummary: ContentReport['summary'] = { pages: folder.pages.length, releases: content.releases.length, errors, warnings: diagnostics.length - errors, skipped: compiled.skipped, packWritten: false }
  const finish = (code: number): number => {
    if (options.report) writeReport(options.report, contentReport(reportSummary, diagnostics))
    return code
  }
  if (compiled.refusal) {
    process.stderr.write(`content: ${summary}. ${compiled.refusal}\n`)
    return finish(1)
  }
  if (options.check) {
    process.stdout.write(`content: check passed: ${summary}.\n`)
    return finish(0)
  }

  const pack = buildPack(content, NODE_PACK_TOOLS)
  const output = resolve(options.output)
  const written = writePackAtomically(output, pack.files)
  reportSummary.packWritten = true
  if (written.leftover) process.stderr.write(`content: the old pack could not be deleted from ${shown(written.leftover)}; delete that folder yourself.\n`)
  const bytes = pack.manifest.files.reduce((sum, file) => sum + file.bytes, 0)
  const seconds = (performance.now() - started) / 1000
  process.stdout.write(`content: wrote pack ${pack.manifest.version} to ${shown(output)}: ${summary}, ${pack.manifest.counts.files} files, ${bytes} bytes, ${seconds.toFixed(2)} s.\n`)
  return finish(0)
}

function main(): void {
  try {
    process.exitCode = run(process.argv.slice(2))
  } catch (error) {
    if (error instanceof CliProblem) {
      process.stderr.write(`${error.message.split('\n').map((line) => `content: ${line}`).join('\n')}\n`)
    } else if (isFsError(error)) {
      // File-system trouble nobody foresaw still gets one located line, not a stack trace.
      const where = error.path ? ` ${shown(error.path)}` : ''
      process.stderr.write(`content: ${error.syscall ?? 'file operation'}${where} failed: ${fsReason(error)}. Fix: ${writeFix(error)}\n`)
    } else {
      throw error
    }
    process.exitCode = 2
  }
}

main()
