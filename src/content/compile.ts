/**
 * The whole pipeline over a set of pages: parse each, rebuild the taxonomy from
 * all their menus, link every release, and report every problem at once.
 */
import { CONTENT_TYPES } from './data/site'
import { diagnostic } from './diagnostics'
import { resolveDuplicates, type LinkedCopy } from './duplicates'
import type { Gazetteer } from './gazetteer'
import { linkRelease, TaxonomyIndex } from './link-release'
import { MenuCache, parsePage, type ParsedPage } from './parse-page'
import { newestFirst } from './release-order'
import { PlaceResolver } from './places'
import { releaseDate } from './release-date'
import { buildTaxonomy } from './taxonomy'
import { withNewNodes } from './topics'
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

/** The page's own date, which orders menu versions (the newest page's labels win): the release's date. */
function pageDate(page: ParsedPage): string | null {
  return page.release ? releaseDate(page.release).date : null
}

export interface CompileOptions {
  /**
   * Places beyond the hand-kept ones (countries.ts, data/place-overlay.ts): the
   * build passes the GeoNames gazetteer (scripts/gazetteer.ts). It is an option
   * so that src/content, which the app also imports, never bundles it.
   */
  gazetteer?: Gazetteer
}

/** `push(...items)` overflows the call stack when a page has 100,000 problems; a loop never does. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

export function compileContent(pages: readonly PageText[], renames: Readonly<Record<string, string>> = {}, options: CompileOptions = {}): CompiledContent {
  // Pages share a handful of menu versions: parse and keep one copy of each, not one per page.
  const menuCache = new MenuCache()
  const parsed = pages.map((page) => parsePage(page.file, page.text, menuCache))
  const diagnostics: Diagnostic[] = parsed.flatMap((page) => page.diagnostics)

  const { taxonomy, diagnostics: menuDiagnostics } = buildTaxonomy(
    parsed.map((page) => ({ file: page.file, date: pageDate(page), menus: page.menus, menuSignature: page.menuSignature })),
    renames,
  )
  append(diagnostics, menuDiagnostics)

  const index = new TaxonomyIndex(taxonomy.nodes)
  const places = new PlaceResolver(options.gazetteer ?? null)
  const copies: LinkedCopy[] = []
  const newTypes = new NewTypes()
  for (const page of parsed) {
    if (!page.release) continue
    const linked = linkRelease(page.file, page.release, index, places)
    append(diagnostics, linked.diagnostics)
    if (!linked.release) continue
    if (page.release.type) newTypes.note(page.file, page.release.type)
    copies.push({ file: page.file, line: linked.line, release: linked.release })
  }
  const { releases, diagnostics: duplicateDiagnostics } = resolveDuplicates(copies)
  for (const more of [duplicateDiagnostics, index.topics.diagnostics(), newTypes.diagnostics()]) append(diagnostics, more)
  taxonomy.nodes = withNewNodes(taxonomy.nodes, index.topics.newNodes())

  releases.sort(newestFirst)
  // Code-unit order, not locale order: the pack's bytes must not depend on the machine.
  diagnostics.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1))
  return { taxonomy, releases, diagnostics }
}


const KNOWN_TYPES = new Set(CONTENT_TYPES.map((type) => type.toLowerCase()))

/** Content types the site list does not know: accepted as written, warned once per type at its first page. */
class NewTypes {
  private readonly seen = new Map<string, { file: string; line: number; text: string; uses: number }>()

  note(file: string, type: { text: string; line: number }): void {
    const key = type.text.toLowerCase()
    if (KNOWN_TYPES.has(key)) return
    const known = this.seen.get(key)
    if (!known) this.seen.set(key, { file, line: type.line, text: type.text, uses: 1 })
    else {
      known.uses++
      if (file < known.file) Object.assign(known, { file, line: type.line, text: type.text })
    }
  }

  diagnostics(): Diagnostic[] {
    return [...this.seen.values()].map((type) =>
      diagnostic(
        'unknown-type',
        type.file,
        type.line,
        `New content type "${type.text}" (${type.uses} release${type.uses === 1 ? '' : 's'}); it is shown and filterable as written.`,
        `Nothing to do if osce.org uses this type; add it to CONTENT_TYPES in src/content/data/content-types.ts to silence this warning, or correct a misspelt type.`,
      ),
    )
  }
}
