/**
 * Reads one osce.org page dump into its raw parts, keeping line numbers so that
 * every later problem can be located. It never throws: whatever the input, it
 * returns what it could read plus diagnostics.
 */
import { CONTENT_TYPES } from './data/site'
import { parseDateline } from './dates'
import { diagnostic, type DiagnosticCode } from './diagnostics'
import { isMetadataLabel } from './metadata'
import type { Diagnostic } from './types'

export interface Located {
  text: string
  /** 1-based line number in the page file. */
  line: number
}

export interface MenuGroup {
  heading: Located
  entries: Located[]
}

export interface MetadataField {
  label: Located
  /** The value, inline after the colon or on the next `- ` line; null when missing. */
  value: Located | null
}

export interface RawRelease {
  type: Located | null
  title: Located | null
  metadata: MetadataField[]
  body: Located[]
  /** Line the release starts on, for problems that concern it as a whole. */
  line: number
}

export interface ParsedPage {
  file: string
  menus: MenuGroup[]
  /** The menu lines as one string, so identical menus across pages are cheap to detect. */
  menuSignature: string
  release: RawRelease | null
  diagnostics: Diagnostic[]
}

const CONTENT_TYPE_KEYS = new Set(CONTENT_TYPES.map((type) => type.toLowerCase()))
/** `- Label:` alone on its line, or a known label with its value inline. */
const LABEL_LINE = /^-\s+([^:]{1,40}):\s*(.*)$/
const BARE_DASH = /^[-–]$/
const ENTRY_LINE = /^-\s+(.*)$/

/** Unicode controls other than tab: garbage bytes a dump should not contain. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]/

/** BOM dropped, NFC: the form that line numbers and menu signatures refer to. */
function normalizePageText(text: string): string {
  return text.replace(/^\uFEFF/, '').normalize('NFC')
}

const LINE_BREAK = /\r\n|\r|\n/

export function splitLines(text: string): string[] {
  return normalizePageText(text).split(LINE_BREAK)
}

function labelOf(line: string): { label: string; inline: string } | null {
  const match = LABEL_LINE.exec(line)
  if (!match) return null
  const label = (match[1] ?? '').trim()
  const inline = (match[2] ?? '').trim()
  const known = isMetadataLabel(label)
  // An unknown label only counts when it stands alone: `- Vienna: a city` is a value.
  if (!known && (inline !== '' || !/^[A-Z][A-Za-z ]*$/.test(label))) return null
  return { label, inline }
}

type PageProblem = Omit<Diagnostic, 'file'>

/** A page's menu block: identical text from line 1 gives identical groups, line numbers and problems. */
interface MenuBlock {
  signature: string
  menus: MenuGroup[]
  /** Lines the block takes; the release starts after them. */
  menuEnd: number
  /** Control-character warnings on the block's lines. */
  controlProblems: PageProblem[]
  /** Problems reading the menus themselves (stray group markers). */
  menuProblems: PageProblem[]
}

/**
 * Menu blocks already read, newest first. Pages share a handful of menu versions:
 * the compiler owns one cache per run so each version is parsed, and kept, once.
 */
export class MenuCache {
  private readonly recent: MenuBlock[] = []

  constructor(private readonly capacity = 8) {}

  find(normalized: string, lines: readonly string[]): MenuBlock | undefined {
    return this.recent.find(
      (block) => normalized.startsWith(block.signature) && normalized.charCodeAt(block.signature.length) === 10 && menuStopsAt(lines, block.menuEnd),
    )
  }

  remember(block: MenuBlock): void {
    this.recent.unshift(block)
    if (this.recent.length > this.capacity) this.recent.pop()
  }
}

/** Whether the menu loop, having read `menuEnd` lines, stops there (the next non-empty line is not a menu line). */
function menuStopsAt(lines: readonly string[], menuEnd: number): boolean {
  const next = nextNonEmpty(lines, menuEnd)
  if (next >= lines.length) return true
  const line = (lines[next] ?? '').trim()
  return !BARE_DASH.test(line) && !(ENTRY_LINE.test(line) && !labelOf(line))
}

function controlProblems(lines: readonly string[], from: number, to: number): PageProblem[] {
  const problems: PageProblem[] = []
  for (let index = from; index < to; index++) {
    if (CONTROL_CHARACTERS.test(lines[index] ?? '')) {
      problems.push(withoutFile(diagnostic('control-characters', '', index + 1, 'Line contains control characters or undecodable bytes.', 'Save the page as UTF-8 text and remove the stray characters.')))
    }
  }
  return problems
}

function withoutFile({ file: _file, ...rest }: Diagnostic): PageProblem {
  return rest
}

export function parsePage(file: string, text: string, cache?: MenuCache): ParsedPage {
  const normalized = normalizePageText(text)
  const lines = normalized.split(LINE_BREAK)
  const cached = cache?.find(normalized, lines)
  const block = cached ?? readMenuBlock(lines)
  // A stray marker after the block is this page's own problem, not the menu version's.
  if (!cached && cache && block.menus.length > 0) cache.remember({ ...block, menuProblems: block.menuProblems.filter((item) => item.line <= block.menuEnd) })

  const diagnostics: Diagnostic[] = []
  const problem: Problem = (code, line, message, fix) => diagnostics.push(diagnostic(code, file, line, message, fix))
  const replay = (problems: readonly PageProblem[]) => {
    for (const { code, line, message, fix } of problems) problem(code, line, message, fix)
  }
  // Same order on both paths: control characters by line, then menu problems, then the release's.
  replay(block.controlProblems)
  replay(controlProblems(lines, block.menuEnd, lines.length))
  replay(block.menuProblems)

  const release = parseRelease(lines, block.menuEnd, problem)
  if (!release && block.menus.length > 0) {
    problem('menus-without-release', lines.length, 'The page has menus but no release after them.', 'Add the release after the menus: type, title, `- Date:`, `- Place:`, `- Source:`, `- Fields of work:`, then the body; or remove the file.')
  } else if (!release) {
    problem('empty-page', 0, 'The page is empty.', 'Add a release (type, title, metadata, body) or remove the file.')
  }
  return { file, menus: block.menus, menuSignature: block.signature, release, diagnostics }
}

/** Menus: `-` opens a group, the next line names it, `- Item` lines are its entries. */
function readMenuBlock(lines: readonly string[]): MenuBlock {
  const menuProblems: PageProblem[] = []
  const menus: MenuGroup[] = []
  let index = 0
  let menuEnd = 0
  while (index < lines.length) {
    const line = (lines[index] ?? '').trim()
    if (line === '') {
      index++
      continue
    }
    if (BARE_DASH.test(line)) {
      const headingIndex = nextNonEmpty(lines, index + 1)
      const heading = headingIndex < lines.length ? (lines[headingIndex] ?? '').trim() : ''
      if (heading === '' || BARE_DASH.test(heading) || ENTRY_LINE.test(heading)) {
        menuProblems.push(withoutFile(diagnostic('stray-menu-marker', '', index + 1, 'Menu group marker `-` is not followed by a group name.', 'Put the group name on the line after `-`, or delete the stray `-`.')))
        index = headingIndex
        continue
      }
      menus.push({ heading: { text: heading, line: headingIndex + 1 }, entries: [] })
      index = headingIndex + 1
      menuEnd = index
      continue
    }
    const entry = ENTRY_LINE.exec(line)
    if (entry && menus.length > 0 && !labelOf(line)) {
      menus[menus.length - 1]?.entries.push({ text: (entry[1] ?? '').trim(), line: index + 1 })
      index++
      menuEnd = index
      continue
    }
    break
  }
  return {
    signature: lines.slice(0, menuEnd).join('\n'),
    menus,
    menuEnd,
    controlProblems: controlProblems(lines, 0, menuEnd),
    menuProblems,
  }
}

function nextNonEmpty(lines: readonly string[], from: number): number {
  let index = from
  while (index < lines.length && (lines[index] ?? '').trim() === '') index++
  return index
}

type Problem = (code: DiagnosticCode, line: number, message: string, fix: string) => void

function parseRelease(lines: readonly string[], start: number, problem: Problem): RawRelease | null {
  const header: Located[] = []
  const metadata: MetadataField[] = []
  const body: Located[] = []
  let phase: 'header' | 'metadata' | 'body' = 'header'

  for (let index = start; index < lines.length; index++) {
    const text = (lines[index] ?? '').trim()
    if (text === '') continue
    const located = { text, line: index + 1 }
    const label = labelOf(text)
    if (phase !== 'body' && label) {
      phase = 'metadata'
      metadata.push({
        label: { text: label.label, line: index + 1 },
        value: label.inline ? { text: label.inline, line: index + 1 } : null,
      })
      continue
    }
    const dashValue = ENTRY_LINE.exec(text)
    if (phase === 'metadata' && dashValue) {
      const field = metadata[metadata.length - 1]
      const value = { text: (dashValue[1] ?? '').trim(), line: index + 1 }
      if (field && !field.value) field.value = value
      else problem('extra-value-line', index + 1, `Unexpected value line "${text}" after "${field?.label.text}:".`, 'Each `- Label:` takes one value line; join the values with commas.')
      continue
    }
    // A dateline opens the body: after a type line it means the title is missing, not that the dateline is the title.
    if (phase === 'header' && header.length < 2 && !(header.length === 1 && looksLikeDateline(text))) {
      header.push(located)
      continue
    }
    phase = 'body'
    body.push(located)
  }

  if (header.length === 0 && metadata.length === 0 && body.length === 0) return null

  let type: Located | null = null
  let title: Located | null = null
  const first = header[0]
  const second = header[1]
  // Types the site has never used are accepted as written; the compiler warns once per new type.
  if (header.length === 2 && first && second && looksLikeTypeLine(first.text)) {
    type = first
    title = second
  } else if (header.length === 2 && first && second) {
    // `Title` then an unlabelled line: the title, then the body's first paragraph.
    title = first
    body.unshift(second)
  } else if (first && isContentType(first.text)) {
    type = first
  } else if (first) {
    title = first
  }
  const releaseLine = first?.line ?? metadata[0]?.label.line ?? body[0]?.line ?? start + 1
  return { type, title, metadata, body, line: releaseLine }
}

function isContentType(text: string): boolean {
  return CONTENT_TYPE_KEYS.has(text.toLowerCase())
}

/** One to four words of letters, no digits or punctuation: `Weekly report`, `Feature story`, `Op-ed`. */
const TYPE_LINE = /^\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}$/u
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}/u

/**
 * Whether a header line names a content type rather than a title: a known type,
 * or a short label in sentence case (`Weekly report`) or of at most three
 * title-case or capital words (`Feature Story`, `WEEKLY REPORT`). Titles are longer, or name people and
 * places in capitals after the first word (`OSCE Chair visits Moldova`).
 */
export function looksLikeTypeLine(text: string): boolean {
  if (isContentType(text)) return true
  if (text.length > 40 || !TYPE_LINE.test(text) || !/^\p{Lu}/u.test(text)) return false
  const rest = text.split(' ').slice(1)
  const sentenceCase = rest.every((word) => word === word.toLowerCase())
  const shortCapitalised = rest.length <= 2 && (rest.every((word) => TITLE_CASE_WORD.test(word)) || text === text.toUpperCase())
  return sentenceCase || shortCapitalised
}

export function looksLikeDateline(text: string): boolean {
  return parseDateline(text) !== null
}
