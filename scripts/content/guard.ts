/**
 * What the CLI may overwrite. `--out` is replaced whole, so it must be a folder
 * that holds nothing but a pack this CLI wrote (or nothing); `--report` is
 * overwritten, so it must be new or a previous report. Both are refused inside
 * the input, and the input inside them: the maintainer's files are never lost.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { escapeControls } from '../../src/content/diagnostics'
import { MANIFEST_FILE } from '../../src/content/pack'
import { PACK_FORMAT } from '../../src/content/types'
import { CliProblem, fsReason, shown } from './problems'
import { isContentReport } from './report'

/** The absolute path with every existing part's symbolic links resolved, so two spellings of one folder compare equal. */
export function realPath(path: string): string {
  const absolute = resolve(path)
  let existing = absolute
  const rest: string[] = []
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing))
    existing = dirname(existing)
  }
  return join(realpathSync(existing), ...rest)
}

function isWithin(path: string, folder: string): boolean {
  return path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`)
}

/** The files a pack has: `manifest.json`, `taxonomy.<hash>.json`, `releases/<YYYY-MM>.<hash>.json`. */
const PACK_TOP_FILE = /^taxonomy\.[0-9a-f]{12}\.json$/
const PACK_SHARD_FILE = /^\d{4}-\d{2}\.[0-9a-f]{12}\.json$/
const RELEASES_FOLDER = 'releases'

/** Entries of `folder` that a pack does not have, as `name` or `name/`; [] for a pack or an empty folder. */
function foreignEntries(folder: string): string[] {
  const foreign: string[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === RELEASES_FOLDER && entry.isDirectory()) {
      for (const shard of readdirSync(join(folder, RELEASES_FOLDER), { withFileTypes: true })) {
        if (!shard.isFile() || !PACK_SHARD_FILE.test(shard.name)) foreign.push(`${RELEASES_FOLDER}/${shard.name}${shard.isDirectory() ? '/' : ''}`)
      }
    } else if (!entry.isFile() || (entry.name !== MANIFEST_FILE && !PACK_TOP_FILE.test(entry.name))) {
      foreign.push(`${entry.name}${entry.isDirectory() ? '/' : ''}`)
    }
  }
  return foreign.sort()
}

/** Pack formats this tool has written: a pack of any of them may be replaced. */
const KNOWN_PACK_FORMATS: readonly unknown[] = [1, PACK_FORMAT]

function hasPackManifest(folder: string): boolean {
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(folder, MANIFEST_FILE), 'utf8'))
    return typeof manifest === 'object' && manifest !== null && KNOWN_PACK_FORMATS.includes((manifest as { format?: unknown }).format) && Array.isArray((manifest as { files?: unknown }).files)
  } catch {
    return false
  }
}

function listSome(names: readonly string[], shownCount = 5): string {
  const listed = names.slice(0, shownCount).map(escapeControls).join(', ')
  return names.length > shownCount ? `${listed} and ${names.length - shownCount} more` : listed
}

/** Refuses an output folder the CLI must not replace; says why and how to fix it. */
export function checkOutputFolder(output: string, input: string): void {
  const out = realPath(output)
  const inputFolder = realPath(input)
  const pickAnother = 'Fix: pass an --out folder outside the input, e.g. --out public/pack.'
  if (out === inputFolder) throw new CliProblem(`--out ${shown(output)} is the input folder; writing the pack there would delete the page dumps. ${pickAnother}`)
  if (isWithin(inputFolder, out)) throw new CliProblem(`--out ${shown(output)} contains the input folder ${shown(input)}; replacing it would delete the page dumps. ${pickAnother}`)
  if (isWithin(out, inputFolder)) throw new CliProblem(`--out ${shown(output)} is inside the input folder ${shown(input)}; keep the pack apart from the page dumps. ${pickAnother}`)
  if (!existsSync(output)) return

  let kind
  try {
    kind = lstatSync(output)
  } catch (error) {
    throw new CliProblem(`Cannot inspect --out ${shown(output)}: ${fsReason(error)}. Fix: pass another --out folder.`)
  }
  if (kind.isSymbolicLink()) throw new CliProblem(`--out ${shown(output)} is a symbolic link; the pack would replace the link, not the folder it points to. Fix: pass the real folder, ${shown(realPath(output))}.`)
  if (!kind.isDirectory()) throw new CliProblem(`--out ${shown(output)} is a file, not a folder; it would be deleted. Fix: pass a folder for the pack, e.g. --out public/pack.`)

  let foreign: string[]
  try {
    foreign = foreignEntries(output)
  } catch (error) {
    throw new CliProblem(`Cannot list --out ${shown(output)}: ${fsReason(error)}. Fix: make it readable, or pass another --out folder.`)
  }
  if (foreign.length > 0) {
    throw new CliProblem(
      `--out ${shown(output)} holds files that are not part of a content pack (${listSome(foreign)}); the CLI replaces that folder whole and would delete them. Fix: pass a new or empty folder, or a previous pack folder, to --out.`,
    )
  }
  const isEmpty = readdirSync(output).length === 0
  if (!isEmpty && !hasPackManifest(output)) {
    throw new CliProblem(`--out ${shown(output)} has pack-like files but no readable ${MANIFEST_FILE}, so it is not a pack this CLI wrote. Fix: pass a new or empty folder to --out, or delete that folder yourself.`)
  }
}

/** Refuses a report path that would overwrite something other than a previous report. */
export function checkReportFile(report: string, output: string | null, input: string): void {
  const target = realPath(report)
  if (!/\.json$/i.test(report)) throw new CliProblem(`--report ${shown(report)} must name a .json file. Fix: e.g. --report content-report.json.`)
  if (target === realPath(input) || isWithin(target, realPath(input))) {
    throw new CliProblem(`--report ${shown(report)} is inside the input folder ${shown(input)}, with the page dumps and aliases. Fix: write the report elsewhere, e.g. --report content-report.json.`)
  }
  if (output !== null && (target === realPath(output) || isWithin(target, realPath(output)))) {
    throw new CliProblem(`--report ${shown(report)} is inside the --out folder ${shown(output)}, which is replaced by the pack. Fix: write the report elsewhere, e.g. --report content-report.json.`)
  }
  if (!existsSync(report)) return
  let previous: string
  try {
    if (lstatSync(report).isDirectory()) throw new CliProblem(`--report ${shown(report)} is a folder. Fix: name a .json file, e.g. --report ${shown(join(report, 'content-report.json'))}.`)
    previous = readFileSync(report, 'utf8')
  } catch (error) {
    if (error instanceof CliProblem) throw error
    throw new CliProblem(`Cannot read --report ${shown(report)} to check it is a previous report: ${fsReason(error)}. Fix: pass a new file name.`)
  }
  if (!isContentReport(previous)) {
    throw new CliProblem(`--report ${shown(report)} exists and is not a content report; it would be overwritten. Fix: pass a new file name, or delete the file yourself if it can go.`)
  }
}
