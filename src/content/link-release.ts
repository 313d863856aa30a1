/**
 * Turns a page's raw release into a linked Release: dates and places read,
 * sources, fields and countries resolved against the taxonomy.
 */
import { diagnostic, type DiagnosticCode } from './diagnostics'
import { isMetadataLabel } from './metadata'
import type { RawRelease } from './parse-page'
import { HAND_KEPT_PLACES, mentionedCountries, type PlaceResolver } from './places'
import { releaseDate } from './release-date'
import { TOPICS_BY_FIELD } from './data/topics'
import { isKnownTopic, TopicRegistry } from './topics'
import { hasNonLatinLetters, idSlug, shortHash } from './id-slug'
import { nameKey } from './text'
import type { Diagnostic, Release, ReleaseSource, TaxonomyNode } from './types'

/** Partner groups too: releases name `Asian Partners for Co-operation` as their source. */
const STRUCTURE_KINDS = new Set(['structure', 'secretariat-unit', 'institution', 'field-operation', 'partner-group'])
const STRUCTURE_GROUPS = new Set(['secretariat', 'institutions', 'field-operations'])

/** Name lookups over one taxonomy, built once for all its releases. */
export class TaxonomyIndex {
  readonly nodes: ReadonlyMap<string, TaxonomyNode>
  private readonly fields = new Map<string, string>()
  private readonly structures = new Map<string, string>()
  readonly fieldLabels: string[] = []
  /** Terms below the menu's fields, collected while releases are linked. */
  readonly topics: TopicRegistry
  /** Keys of what comes before the first comma of field, topic and source names that hold one: only such items start a rejoin. */
  private readonly fieldHeads = new Set<string>()
  private readonly sourceHeads = new Set<string>()

  constructor(nodes: readonly TaxonomyNode[]) {
    this.nodes = new Map(nodes.map((node) => [node.id, node]))
    this.topics = new TopicRegistry(this.nodes)
    for (const node of nodes) {
      const names = [node.label, ...node.aliases, node.fullName, node.abbreviation].filter((name): name is string => !!name)
      if (node.kind === 'field') {
        this.fieldLabels.push(node.label)
        for (const name of names) this.fields.set(nameKey(name), node.id)
        addCommaHead(this.fieldHeads, names, nameKey)
      } else if (STRUCTURE_KINDS.has(node.kind) || STRUCTURE_GROUPS.has(node.id)) {
        for (const name of names) {
          const key = sourceKey(name)
          if (!this.structures.has(key)) this.structures.set(key, node.id)
        }
        addCommaHead(this.sourceHeads, names, sourceKey)
      }
    }
    addCommaHead(this.fieldHeads, Object.values(TOPICS_BY_FIELD).flat(), nameKey)
  }

  /** The `- Fields of work:` list as terms, names that hold a comma kept whole. */
  fieldTerms(value: string): string[] {
    return splitNames(value, (item) => this.fieldHeads.has(nameKey(item)), (name) => this.field(name) !== null || isKnownTopic(name))
  }

  /** The `- Source:` list as names, names that hold a comma kept whole. */
  sourceNames(value: string): string[] {
    return splitNames(value, (item) => this.sourceHeads.has(sourceKey(item)), (name) => this.structure(name) !== null)
  }

  field(label: string): string | null {
    return this.fields.get(nameKey(label)) ?? null
  }

  /**
   * The node ids a field-of-work term files a release under: the field; or, for
   * a term below the menu, its topic and then the topic's parent.
   */
  fieldIds(label: string, at: { file: string; line: number }): string[] {
    const field = this.field(label)
    if (field) return [field]
    const topic = this.topics.use(label, at)
    return [topic.id, topic.parent]
  }

  structure(source: string): string | null {
    const key = sourceKey(source)
    const exact = this.structures.get(key)
    if (exact) return exact
    // `Personal Representative of the Chairperson-in-Office on Combating Anti-Semitism`: the body, then what it works on.
    const general = QUALIFIER.exec(key)
    return general ? (this.structures.get(key.slice(0, general.index)) ?? null) : null
  }
}

/** Where a source name narrows a body down to one of its tasks: ` on …`, ` for …`. */
const QUALIFIER = / (?:on|for) /

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

/** Longest run of list items that can be one name: `Missions of Long Duration in Kosovo, Sandjak and Vojvodina`. */
const MAX_NAME_ITEMS = 4

function addCommaHead(heads: Set<string>, names: Iterable<string>, key: (name: string) => string): void {
  for (const name of names) {
    const comma = name.indexOf(',')
    if (comma > 0) heads.add(key(name.slice(0, comma)))
  }
}

/**
 * A comma-separated list, its items rejoined where a known name holds a comma
 * (`Women, peace and security`). Only items that can start such a name are
 * tried, so a list of 50,000 terms costs one lookup per term.
 */
function splitNames(value: string, mayStartName: (item: string) => boolean, isName: (name: string) => boolean): string[] {
  const items = splitList(value)
  const names: string[] = []
  for (let start = 0; start < items.length; ) {
    let end = mayStartName(items[start] ?? '') ? Math.min(items.length, start + MAX_NAME_ITEMS) : start + 1
    while (end > start + 1 && !isName(items.slice(start, end).join(', '))) end--
    names.push(items.slice(start, end).join(', '))
    start = end
  }
  return names
}

export interface LinkedRelease {
  release: Release | null
  diagnostics: Diagnostic[]
  /** Line of the title, for duplicate reports. */
  line: number
}

/** `places` reads datelines and `- Place:` values; the compiler passes one with the full gazetteer. */
export function linkRelease(file: string, raw: RawRelease, index: TaxonomyIndex, places: PlaceResolver = HAND_KEPT_PLACES): LinkedRelease {
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

  const { date, dateline, problem: dateProblem } = releaseDate(raw)
  if (dateProblem) problem(dateProblem.code, dateProblem.line, dateProblem.message, dateProblem.fix)

  const sourceField = metadata.get('source') ?? metadata.get('sources') ?? metadata.get('where we are')
  const sources: ReleaseSource[] = []
  for (const name of sourceField?.value ? index.sourceNames(sourceField.value.text) : []) {
    const structure = index.structure(name)
    if (!structure && sourceField?.value) {
      problem('unmatched-source', sourceField.value.line, `Source "${name}" matches no structure; it is kept as text.`, 'Check the spelling against Structures and institutions, or add the name as an alias in src/content/data/site.ts (ENTRY_FACTS).')
    }
    sources.push({ name, structure })
  }

  const fieldsField = metadata.get('fields of work') ?? metadata.get('what we do')
  const fields: string[] = []
  const filed = new Set<string>()
  const fieldsLine = fieldsField?.value?.line ?? 0
  // Only a release that will be kept files topics: a rejected page must not leave an empty topic behind.
  for (const label of fieldsField?.value && title && date ? index.fieldTerms(fieldsField.value.text) : []) {
    // A term below the menu's fields is a topic: filed under it and then its field (warned once per term by the compiler).
    for (const id of index.fieldIds(label, { file, line: fieldsLine })) {
      // A Set, not fields.includes: a hostile page can list tens of thousands of terms.
      if (filed.has(id)) continue
      filed.add(id)
      fields.push(id)
    }
  }

  const hosts: string[] = []
  for (const source of sources) {
    const host = source.structure ? index.nodes.get(source.structure)?.hostCountry : undefined
    if (host && !hosts.includes(host)) hosts.push(host)
  }
  const placeField = metadata.get('place')
  const writtenPlace = placeField?.value?.text ?? dateline?.place ?? null
  // The sources' host countries settle place names several countries have (`BAR` with the Mission to Montenegro).
  const place = writtenPlace ? places.resolve(writtenPlace, hosts) : null
  const primary = [...(place?.countries ?? [])]
  for (const host of hosts) if (!primary.includes(host)) primary.push(host)
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
