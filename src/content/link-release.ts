/**
 * Turns a page's raw release into a linked Release: dates and places read,
 * sources, fields and countries resolved against the taxonomy.
 */
import { parseDate, parseDateline } from './dates'
import { diagnostic, type DiagnosticCode } from './diagnostics'
import { isMetadataLabel } from './metadata'
import type { RawRelease } from './parse-page'
import { mentionedCountries, resolvePlace } from './places'
import { hasNonLatinLetters, idSlug, shortHash } from './id-slug'
import { nameKey } from './text'
import type { Diagnostic, Release, ReleaseSource, TaxonomyNode } from './types'

const STRUCTURE_KINDS = new Set(['structure', 'secretariat-unit', 'institution', 'field-operation'])
const STRUCTURE_GROUPS = new Set(['secretariat', 'institutions', 'field-operations'])

/** Name lookups over one taxonomy, built once for all its releases. */
export class TaxonomyIndex {
  readonly nodes: ReadonlyMap<string, TaxonomyNode>
  private readonly fields = new Map<string, string>()
  private readonly structures = new Map<string, string>()
  readonly fieldLabels: string[] = []

  constructor(nodes: readonly TaxonomyNode[]) {
    this.nodes = new Map(nodes.map((node) => [node.id, node]))
    for (const node of nodes) {
      const names = [node.label, ...node.aliases, node.fullName, node.abbreviation].filter((name): name is string => !!name)
      if (node.kind === 'field') {
        this.fieldLabels.push(node.label)
        for (const name of names) this.fields.set(nameKey(name), node.id)
      } else if (STRUCTURE_KINDS.has(node.kind) || STRUCTURE_GROUPS.has(node.id)) {
        for (const name of names) {
          const key = sourceKey(name)
          if (!this.structures.has(key)) this.structures.set(key, node.id)
        }
      }
    }
  }

  field(label: string): string | null {
    return this.fields.get(nameKey(label)) ?? null
  }

  structure(source: string): string | null {
    return this.structures.get(sourceKey(source)) ?? null
  }
}

/** `OSCE Mission to Moldova` and `Mission to Moldova` are one name; so are `OSCE/ODIHR` and `ODIHR`. */
function sourceKey(name: string): string {
  return nameKey(name)
    .replace(/\s*\(closed\)$/, '')
    .replace(/^(the\s+)?osce(\s+|\/)/, '')
    .replace(/^the\s+/, '')
}

/** Splits `A, B` lists; tolerates `;` and stray spaces. */
function splitList(value: string): string[] {
  return value.split(/\s*[,;]\s*/).map((item) => item.trim()).filter(Boolean)
}

const ID_SLUG_LENGTH = 80

/**
 * `YYYY-MM-DD-` + the title's slug. A slug cut to length, empty, or
 * transliterated from another script (lossy: `Ё` and `Е` both give `e`) gets a
 * hash of the whole title, so that titles sharing a long start, or in another
 * script, still get distinct ids.
 */
export function releaseId(date: string, title: string): string {
  const slug = idSlug(title, ID_SLUG_LENGTH)
  const complete = slug !== '' && !hasNonLatinLetters(title) && slug === idSlug(title, Number.MAX_SAFE_INTEGER)
  return complete ? `${date}-${slug}` : `${date}-${slug ? `${slug}-` : ''}${shortHash(title)}`
}

export interface LinkedRelease {
  release: Release | null
  diagnostics: Diagnostic[]
  /** Line of the title, for duplicate reports. */
  line: number
}

export function linkRelease(file: string, raw: RawRelease, index: TaxonomyIndex): LinkedRelease {
  const diagnostics: Diagnostic[] = []
  const problem = (code: DiagnosticCode, line: number, message: string, fix: string) => diagnostics.push(diagnostic(code, file, line, message, fix))

  const metadata = new Map<string, RawRelease['metadata'][number]>()
  for (const field of raw.metadata) {
    const key = field.label.text.toLowerCase()
    if (metadata.has(key)) problem('repeated-label', field.label.line, `"${field.label.text}:" appears twice; the first one is used.`, 'Delete the repeated label.')
    else metadata.set(key, field)
  }
  for (const field of raw.metadata) {
    if (!isMetadataLabel(field.label.text)) {
      problem('unknown-label', field.label.line, `Unknown metadata label "${field.label.text}:"; it is ignored.`, 'Use Date, Place, Source or Fields of work.')
    }
  }

  const title = raw.title?.text ?? ''
  if (!title) {
    problem('no-title', raw.type?.line ?? raw.line, 'The release has no title.', 'Put the title on its own line after the type line (e.g. after "Press release").')
  }

  const firstParagraph = raw.body[0]
  const dateline = firstParagraph ? parseDateline(firstParagraph.text) : null
  const dateField = metadata.get('date')
  let date: string | null = null
  if (dateField?.value) {
    date = parseDate(dateField.value.text)
    if (!date) {
      problem('invalid-date', dateField.value.line, `Date "${dateField.value.text}" is not a real date.`, 'Write it as "6 July 2017" or "2017-07-06".')
    }
  } else if (dateline) {
    date = parseDate(dateline.date)
    if (!date && firstParagraph) {
      problem('invalid-dateline-date', firstParagraph.line, `Dateline date "${dateline.date}" is not a real date.`, 'Correct the dateline, e.g. "VIENNA, 6 July 2017 - …", or add a "- Date:" value.')
    }
  } else {
    problem('no-date', dateField?.label.line ?? raw.title?.line ?? raw.line, 'The release has no date: the "- Date:" value is missing and the body has no dateline.', 'Add the date on the line after "- Date:" (e.g. "- 6 July 2017"), or start the body with a dateline "PLACE, 6 July 2017 - ".')
  }

  const placeField = metadata.get('place')
  const writtenPlace = placeField?.value?.text ?? dateline?.place ?? null
  const place = writtenPlace ? resolvePlace(writtenPlace) : null

  const sourceField = metadata.get('source') ?? metadata.get('sources') ?? metadata.get('where we are')
  const sources: ReleaseSource[] = []
  for (const name of sourceField?.value ? splitList(sourceField.value.text) : []) {
    const structure = index.structure(name)
    if (!structure && sourceField?.value) {
      problem('unmatched-source', sourceField.value.line, `Source "${name}" matches no structure; it is kept as text.`, 'Check the spelling against Structures and institutions, or add the name as an alias in src/content/data/site.ts (ENTRY_FACTS).')
    }
    sources.push({ name, structure })
  }

  const fieldsField = metadata.get('fields of work') ?? metadata.get('what we do')
  const fields: string[] = []
  for (const label of fieldsField?.value ? splitList(fieldsField.value.text) : []) {
    const id = index.field(label)
    if (id && !fields.includes(id)) fields.push(id)
    else if (!id && fieldsField?.value) {
      problem('unknown-field', fieldsField.value.line, `Unknown field of work "${label}".`, `Use a label from the Fields of work menu, e.g. ${index.fieldLabels.slice(0, 3).map((name) => `"${name}"`).join(', ')}.`)
    }
  }

  const primary = [...(place?.countries ?? [])]
  for (const source of sources) {
    const host = source.structure ? index.nodes.get(source.structure)?.hostCountry : undefined
    if (host && !primary.includes(host)) primary.push(host)
  }
  const body = raw.body.map((paragraph) => paragraph.text)
  const mentioned = mentionedCountries([title, ...body]).filter((country) => !primary.includes(country))

  if (body.length === 0) {
    problem('no-body', raw.title?.line ?? raw.line, 'The release has no body text.', 'Add the body paragraphs after the metadata, one per line.')
  }

  const line = raw.title?.line ?? raw.line
  if (!title || !date) return { release: null, diagnostics, line }
  return {
    release: {
      id: releaseId(date, title),
      type: raw.type?.text ?? null,
      title,
      date,
      place: place?.place ?? null,
      sources,
      fields,
      primaryCountries: primary,
      mentionedCountries: mentioned,
      body,
    },
    diagnostics,
    line,
  }
}
