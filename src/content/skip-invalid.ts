/**
 * `--skip-invalid`: compile what can be compiled, leaving out the pages that
 * have errors, and say which. Strict compiling stays the default; this is for a
 * maintainer who wants the good pages published while the bad ones are fixed.
 */
import { compileContent, type CompiledContent, type CompileOptions, type PageText } from './compile'
import type { DiagnosticCode } from './diagnostics'
import type { Diagnostic } from './types'

/**
 * Errors in the menu tree concern every page that shares the menu version, not
 * one page: leaving pages out one by one could drop them all. They stay errors.
 */
const MENU_ERRORS: ReadonlySet<DiagnosticCode> = new Set(['slug-clash'])

export interface SkippingCompile {
  /** The kept pages' content. It still has errors when some cannot be skipped: check it before writing. */
  content: CompiledContent
  /** Files left out, in file order. */
  skipped: string[]
  /** Errors no page can be left out for (menu errors); when any, nothing may be written. */
  unskippable: Diagnostic[]
  /** Everything to report: the kept pages' diagnostics and each skipped page's own, sorted by file and line. */
  diagnostics: Diagnostic[]
}

export function compileSkippingInvalid(pages: readonly PageText[], renames: Readonly<Record<string, string>> = {}, options: CompileOptions = {}): SkippingCompile {
  const skippedDiagnostics = new Map<string, Diagnostic[]>()
  let kept = pages
  for (;;) {
    const content = compileContent(kept, renames, options)
    const errors = content.diagnostics.filter((item) => item.severity === 'error')
    const unskippable = errors.filter((item) => MENU_ERRORS.has(item.code))
    const invalid = new Set(errors.map((item) => item.file))
    const remaining = kept.filter((page) => !invalid.has(page.file))
    // Removing a page can make another fail (a field only its menus had): go again until none fails.
    if (errors.length === 0 || unskippable.length > 0 || remaining.length === kept.length) {
      const skipped = [...skippedDiagnostics.keys()].sort()
      const diagnostics = [...content.diagnostics, ...[...skippedDiagnostics.values()].flat()].sort(byFileAndLine)
      return { content, skipped, unskippable, diagnostics }
    }
    for (const file of invalid) skippedDiagnostics.set(file, content.diagnostics.filter((item) => item.file === file))
    kept = remaining
  }
}

function byFileAndLine(a: Diagnostic, b: Diagnostic): number {
  return a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1
}
