/**
 * Diagnostics: the stable machine code of each problem the pipeline reports,
 * its severity, and how a diagnostic is shown in a terminal.
 */
import type { Diagnostic, Severity } from './types'

/**
 * Every diagnostic code and its severity. Codes are part of the `--report`
 * JSON that tooling reads: never rename one; add new ones here (docs/content-format.md lists them).
 */
export const DIAGNOSTIC_SEVERITY = {
  // The page as a whole
  'empty-page': 'error',
  'menus-without-release': 'error',
  'control-characters': 'warning',
  // Menus
  'stray-menu-marker': 'warning',
  'unknown-menu-group': 'warning',
  'unknown-menu-entry': 'warning',
  'unknown-country': 'warning',
  'positional-rename': 'warning',
  'unpaired-menu-change': 'warning',
  'slug-clash': 'error',
  // The release
  'unknown-type': 'warning',
  'extra-value-line': 'warning',
  'repeated-label': 'warning',
  'unknown-label': 'warning',
  'no-title': 'error',
  'no-date': 'error',
  'invalid-date': 'error',
  'invalid-dateline-date': 'error',
  'unmatched-source': 'warning',
  'unknown-field': 'error',
  'unknown-topic': 'warning',
  'no-body': 'warning',
  'duplicate-release': 'error',
  'duplicate-merged': 'warning',
  'duplicate-distinct': 'warning',
  // The pages folder (reported by the CLI)
  'ignored-files': 'warning',
} as const satisfies Record<string, Severity>

export type DiagnosticCode = keyof typeof DIAGNOSTIC_SEVERITY

/** A diagnostic whose severity follows from its code. */
export function diagnostic(code: DiagnosticCode, file: string, line: number, message: string, fix: string): Diagnostic {
  return { severity: DIAGNOSTIC_SEVERITY[code], code, file, line, message, fix }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((item) => item.severity === 'error')
}

/**
 * C0 and C1 controls, DEL, line and paragraph separators and bidi overrides: a
 * terminal acts on them (colours, cursor moves, reordered text) instead of showing them.
 */
const TERMINAL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** `a\x1b[2Jb` → `a\u001b[2Jb`: page text made safe to print. */
export function escapeControls(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** `content/pages/x.txt:12: error: Unknown field of work "Foo". Fix: …`, controls escaped. */
export function formatDiagnostic(item: Diagnostic): string {
  const where = item.line > 0 ? `${item.file}:${item.line}` : item.file
  return escapeControls(`${where}: ${item.severity}: ${item.message} Fix: ${item.fix}`)
}
