/**
 * Reads the page dumps of a pages folder: every `*.txt` (any case) is a page;
 * anything else is reported once as ignored. A page that cannot be read stops
 * the run with a located one-line message per page.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, type Dirent } from 'node:fs'
import { join } from 'node:path'
import type { PageText } from '../../src/content/compile'
import { escapeControls } from '../../src/content/diagnostics'
import { CliProblem, fsReason, isFsError, shown } from './problems'

const PAGE_NAME = /\.txt$/i

export interface PagesFolder {
  pages: PageText[]
  /** Entries that are not page dumps, as listed (`notes.md`, `images/`); hidden entries (`.gitkeep`) are not listed. */
  ignored: string[]
}

export function readPagesFolder(pagesDir: string): PagesFolder {
  let entries: Dirent[]
  try {
    entries = readdirSync(pagesDir, { withFileTypes: true })
  } catch (error) {
    if (isFsError(error) && error.code === 'ENOENT') {
      throw new CliProblem(`No pages folder at ${shown(pagesDir)}. Fix: put page dumps (*.txt) in ${shown(pagesDir)}/ or pass --in DIR.`)
    }
    if (isFsError(error) && error.code === 'ENOTDIR') throw new CliProblem(`${shown(pagesDir)} is not a folder (a part of it is a file). Fix: pass --in a folder that holds pages/*.txt.`)
    throw new CliProblem(`Cannot list ${shown(pagesDir)}: ${fsReason(error)}. Fix: make the folder readable, or pass another --in folder.`)
  }

  const names = entries.map((entry) => entry.name).sort()
  const pageNames = names.filter((name) => PAGE_NAME.test(name))
  const kinds = new Map(entries.map((entry) => [entry.name, entry]))
  const ignored = names
    .filter((name) => !PAGE_NAME.test(name) && !name.startsWith('.'))
    .map((name) => (kinds.get(name)?.isDirectory() ? `${name}/` : name))
  if (pageNames.length === 0) throw new CliProblem(`${shown(pagesDir)} holds no .txt page dumps. Fix: add at least one page.`)

  const pages: PageText[] = []
  const problems: string[] = []
  for (const name of pageNames) {
    const path = join(pagesDir, name)
    try {
      pages.push({ file: shown(path), text: readFileSync(path, 'utf8') })
    } catch (error) {
      problems.push(unreadable(path, pagesDir, error))
    }
  }
  // Every unreadable page at once, one line each, so one run shows them all.
  if (problems.length > 0) throw new CliProblem(problems.join('\n'))
  return { pages, ignored }
}

/** Why a page could not be read, and what to do, in the maintainer's terms. */
function unreadable(path: string, pagesDir: string, error: unknown): string {
  const code = isFsError(error) ? error.code : ''
  const moveOut = `or move it out of ${shown(pagesDir)}`
  if (code === 'EISDIR') return `Cannot read ${shown(path)}: it is a folder, not a page dump. Fix: rename it so its name does not end in .txt, ${moveOut}.`
  if (code === 'ELOOP') return `Cannot read ${shown(path)}: it is a symbolic link that loops. Fix: delete the link, or point it at a page dump.`
  if (code === 'ENOENT' && isSymbolicLink(path)) {
    return `Cannot read ${shown(path)}: it is a symbolic link to ${escapeControls(linkTarget(path))}, which does not exist. Fix: point the link at an existing page dump, or delete it.`
  }
  if (code === 'EACCES' || code === 'EPERM') return `Cannot read ${shown(path)}: ${fsReason(error)}. Fix: make it readable (chmod a+r), ${moveOut}.`
  return `Cannot read ${shown(path)}: ${fsReason(error)}. Fix: check the file, ${moveOut}.`
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

function linkTarget(path: string): string {
  try {
    return readlinkSync(path)
  } catch {
    return '?'
  }
}
