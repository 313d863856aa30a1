/**
 * The whole pipeline over a set of pages: parse each, rebuild the taxonomy from
 * all their menus, link every release, and report every problem at once.
 */
import { linkRelease, TaxonomyIndex } from './link-release'
import { diagnostic } from './diagnostics'
import { MenuCache, parsePage, type ParsedPage } from './parse-page'
import { newestFirst } from './release-order'
import { buildTaxonomy } from './taxonomy'
import { parseDate, parseDateline } from './dates'
import type { Diagnostic, Release, Taxonomy } from './types'

export interface PageText {
  /** Path shown in messages, e.g. `content/pages/2017-07-06-mongolia.txt`. */
  file: string
  text: string
}

export interface CompiledContent {
  taxonomy: Taxonomy
  /** Newest first, then by id. */
  releases: Release[]
  /** Sorted by file and line. */
  diagnostics: Diagnostic[]
}

/** The page's own date, which orders menu versions (the newest page's labels win). */
function pageDate(page: ParsedPage): string | null {
  const release = page.release
  if (!release) return null
  const dateValue = release.metadata.find((field) => field.label.text.toLowerCase() === 'date')?.value
  if (dateValue) return parseDate(dateValue.text)
  const dateline = release.body[0] ? parseDateline(release.body[0].text) : null
  return dateline ? parseDate(dateline.date) : null
}

export function compileContent(pages: readonly PageText[], renames: Readonly<Record<string, string>> = {}): CompiledContent {
  // Pages share a handful of menu versions: parse and keep one copy of each, not one per page.
  const menuCache = new MenuCache()
  const parsed = pages.map((page) => parsePage(page.file, page.text, menuCache))
  const diagnostics: Diagnostic[] = parsed.flatMap((page) => page.diagnostics)

  const { taxonomy, diagnostics: menuDiagnostics } = buildTaxonomy(
    parsed.map((page) => ({ file: page.file, date: pageDate(page), menus: page.menus, menuSignature: page.menuSignature })),
    renames,
  )
  diagnostics.push(...menuDiagnostics)

  const index = new TaxonomyIndex(taxonomy.nodes)
  const seen = new Map<string, { file: string; line: number }>()
  const releases: Release[] = []
  for (const page of parsed) {
    if (!page.release) continue
    const linked = linkRelease(page.file, page.release, index)
    diagnostics.push(...linked.diagnostics)
    if (!linked.release) continue
    const first = seen.get(linked.release.id)
    if (first) {
      diagnostics.push(
        diagnostic(
          'duplicate-release',
          page.file,
          linked.line,
          `Duplicate release "${linked.release.title}" (${linked.release.date}): ${first.file}:${first.line} has the same title and date.`,
          'Delete one of the two pages, or correct the title or date of the one that differs.',
        ),
      )
      continue
    }
    seen.set(linked.release.id, { file: page.file, line: linked.line })
    releases.push(linked.release)
  }

  releases.sort(newestFirst)
  // Code-unit order, not locale order: the pack's bytes must not depend on the machine.
  diagnostics.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1))
  return { taxonomy, releases, diagnostics }
}

