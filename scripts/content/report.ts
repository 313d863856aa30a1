/**
 * `--report FILE.json`: every diagnostic as JSON for tooling, written whether or
 * not the build succeeds (a failed build is when it is needed most).
 */
import type { Diagnostic } from '../../src/content/types'

/** Marks the file as ours, so a later run may overwrite it and nothing else. */
export const REPORT_KIND = 'osce-field-reader content report'

export interface ContentReport {
  report: typeof REPORT_KIND
  format: 1
  summary: {
    pages: number
    releases: number
    errors: number
    warnings: number
    /** Pages left out by --skip-invalid. */
    skipped: string[]
    /** Whether this run wrote a pack. */
    packWritten: boolean
  }
  /** Sorted by file and line. */
  diagnostics: Pick<Diagnostic, 'file' | 'line' | 'severity' | 'code' | 'message' | 'fix'>[]
}

export function contentReport(summary: ContentReport['summary'], diagnostics: readonly Diagnostic[]): string {
  const report: ContentReport = {
    report: REPORT_KIND,
    format: 1,
    summary,
    // Fixed key order, so reports diff cleanly.
    diagnostics: diagnostics.map(({ file, line, severity, code, message, fix }) => ({ file, line, severity, code, message, fix })),
  }
  return `${JSON.stringify(report, null, 2)}\n`
}

export function isContentReport(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null && (parsed as { report?: unknown }).report === REPORT_KIND
  } catch {
    return false
  }
}
