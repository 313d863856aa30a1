// @vitest-environment node
import { readFileSync } from 'node:fs'
import { compileContent } from '@/content/compile'
import { DIAGNOSTIC_SEVERITY, diagnostic, escapeControls, formatDiagnostic } from '@/content/diagnostics'
import { readSeed, replaceOnce, seedVariant } from './helpers'

const seed = readSeed()

describe('diagnostic codes', () => {
  it('take their severity from one table', () => {
    expect(diagnostic('unknown-field', 'a.txt', 3, 'Unknown field of work "Basket weaving".', 'Use a label.')).toEqual({
      severity: 'error',
      code: 'unknown-field',
      file: 'a.txt',
      line: 3,
      message: 'Unknown field of work "Basket weaving".',
      fix: 'Use a label.',
    })
    expect(diagnostic('no-body', 'a.txt', 3, 'x', 'y').severity).toBe('warning')
  })

  it('are each documented in docs/content-format.md with their severity', () => {
    const docs = readFileSync(new URL('../../docs/content-format.md', import.meta.url), 'utf8')
    const undocumented = Object.entries(DIAGNOSTIC_SEVERITY).filter(([code, severity]) => !docs.includes(`| \`${code}\` | ${severity} |`))
    expect(undocumented).toEqual([])
  })

  it('are on every diagnostic a real compile gives', () => {
    const broken = replaceOnce(seedVariant(seed, { title: 'A release with a stray value' }), '- Date:\n', '- Date:\n- 31 February 2017\n- 1 March 2017\n')
    const compiled = compileContent([{ file: 'pages/broken.txt', text: broken }, { file: 'pages/empty.txt', text: '' }])
    expect(compiled.diagnostics.map((item) => [item.file, item.line, item.severity, item.code])).toEqual([
      ['pages/broken.txt', 155, 'error', 'invalid-date'],
      ['pages/broken.txt', 156, 'warning', 'extra-value-line'],
      ['pages/empty.txt', 0, 'error', 'empty-page'],
    ])
  })
})

describe('terminal control characters in messages', () => {
  it('are shown escaped, so a page cannot move the cursor, clear the screen or reorder the line', () => {
    expect(escapeControls('Clear\u001b[2J screen, bell\u0007, tab\t, C1 \u009b, bidi \u202eevil\u202c, line\u2028break')).toBe(
      'Clear\\u001b[2J screen, bell\\u0007, tab\\u0009, C1 \\u009b, bidi \\u202eevil\\u202c, line\\u2028break',
    )
    expect(escapeControls('Ulaanbaatar – “Türkiye” ✓')).toBe('Ulaanbaatar – “Türkiye” ✓')
  })

  it('are escaped in the printed diagnostic, message and file name alike', () => {
    const item = diagnostic('unmatched-source', 'pages/\u001b]0;title\u0007.txt', 158, 'Source "Evil\u001b[31m Office" matches no structure; it is kept as text.', 'Check the spelling.')
    expect(formatDiagnostic(item)).toBe('pages/\\u001b]0;title\\u0007.txt:158: warning: Source "Evil\\u001b[31m Office" matches no structure; it is kept as text. Fix: Check the spelling.')
  })
})
