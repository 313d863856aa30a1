/**
 * Rebuilds the site's menu tree from the flattened menus of every page, oldest
 * page first, so the newest labels win while every node keeps the slug it was
 * first given (a renamed entry keeps its identity and gets its old label as an alias).
 */
import { COUNTRIES, type CountryFacts } from './data/countries'
import {
  ENTRY_FACTS,
  EXTRA_STRUCTURES,
  GROUP_ORDER,
  GROUPS,
  KNOWN_RENAMES,
  PLACED_ENTRIES,
  SECTION_ORDER,
  type GroupShape,
  type StructureFacts,
} from './data/site'
import type { Located, MenuGroup } from './parse-page'
import { idSlug, shortHash } from './id-slug'
import { nameKey } from './text'
import { diagnostic, type DiagnosticCode } from './diagnostics'
import type { Diagnostic, NodeKind, Taxonomy, TaxonomyNode } from './types'

export interface MenuSource {
  file: string
  /** The page's release date, which orders menu versions; null sorts first. */
  date: string | null
  menus: readonly MenuGroup[]
  menuSignature: string
}

export interface TaxonomyResult {
  taxonomy: Taxonomy
  diagnostics: Diagnostic[]
}

/** `Finland – OSCE Chairpersonship 2025`: the note at the end of an entry. No regex over the label: it must stay linear on any input. */
const CHAIR_NOTE_TAIL = /OSCE Chairpersonship \d{4}$/
const DASHES = new Set(['-', '–', '—'])

// Maps, not the data's records: a menu can have tens of thousands of entries, and looking a
// fresh string up as an object key costs far more than a Map lookup.
const GROUP_BY_KEY = new Map(Object.entries(GROUPS))
const PLACED_BY_KEY = new Map(Object.entries(PLACED_ENTRIES))
const FACTS_BY_KEY = new Map(Object.entries(ENTRY_FACTS))
const LINKS_BY_GROUP = new Map(Object.values(GROUPS).map((shape) => [shape.id, new Map(Object.entries(shape.links ?? {}))]))

const COUNTRY_BY_NAME = new Map<string, CountryFacts>()
for (const country of COUNTRIES) {
  for (const name of [country.name, ...country.aliases]) COUNTRY_BY_NAME.set(nameKey(name), country)
}

export function countryFacts(label: string): CountryFacts | undefined {
  return COUNTRY_BY_NAME.get(nameKey(label))
}

class TaxonomyBuilder {
  readonly nodes = new Map<string, TaxonomyNode>()
  /** Current members of each group, newest menu order, then those no longer listed. */
  readonly members = new Map<string, string[]>()
  readonly diagnostics: Diagnostic[] = []
  private readonly renames: Map<string, string>
  private readonly formerNames = new Map<string, string>()

  constructor(renames: Readonly<Record<string, string>>) {
    this.renames = new Map()
    const all = Object.entries({ ...KNOWN_RENAMES, ...renames })
    for (const [former, current] of all) this.renames.set(nameKey(former), nameKey(current))
    // The oldest label of a chain A → B → C is the one no rename leads to.
    const renamedTo = new Set(this.renames.values())
    for (const [former] of all) {
      if (!renamedTo.has(nameKey(former)) && !this.formerNames.has(this.canonical(former))) this.formerNames.set(this.canonical(former), former)
    }
    this.addSkeleton()
  }

  /** Keys are asked for again on every menu version; folding is the costly part, so remember them. */
  private readonly canonicalKeys = new Map<string, string>()
  private readonly nameKeys = new Map<string, string>()

  /** nameKey, remembered: each label is keyed when read, matched, and given its facts. */
  private keyOf(label: string): string {
    let key = this.nameKeys.get(label)
    if (key === undefined) {
      key = nameKey(label)
      this.nameKeys.set(label, key)
    }
    return key
  }

  /** Follows renames from any former label to the current one. */
  canonical(label: string): string {
    const known = this.canonicalKeys.get(label)
    if (known !== undefined) return known
    let key = this.keyOf(label)
    for (let hops = 0; hops < 10 && this.renames.has(key); hops++) key = this.renames.get(key) ?? key
    this.canonicalKeys.set(label, key)
    return key
  }

  private addSkeleton(): void {
    for (const shape of Object.values(GROUPS)) {
      this.add({ id: shape.id, kind: shape.kind, label: shape.label, parent: shape.parent, order: GROUP_ORDER[shape.id] ?? SECTION_ORDER[shape.id] ?? 0, aliases: [] })
    }
    for (const placed of Object.values(PLACED_ENTRIES)) {
      this.add({ id: placed.id, kind: placed.kind, label: placed.label, parent: placed.parent, order: placed.order, aliases: [] })
    }
    const partnerGroup: Partial<Record<CountryFacts['status'], string>> = {
      'asian-partner': 'asian-partners',
      'mediterranean-partner': 'mediterranean-partners',
      territory: 'countries',
    }
    COUNTRIES.forEach((country, index) => {
      const parent = partnerGroup[country.status]
      if (!parent) return
      const kind: NodeKind = country.status === 'territory' ? 'territory' : 'partner'
      this.add({ id: country.id, kind, label: country.name, parent, order: index + (kind === 'territory' ? 10 : 0), aliases: [...country.aliases] })
    })
    EXTRA_STRUCTURES.forEach((facts, index) => {
      const node: TaxonomyNode = { id: facts.id, kind: facts.kind, label: facts.label, parent: facts.parent, order: index, aliases: [...(facts.aliases ?? [])] }
      if (facts.fullName) node.fullName = facts.fullName
      if (facts.abbreviation) node.abbreviation = facts.abbreviation
      if (facts.hostCountry) node.hostCountry = facts.hostCountry
      if (facts.closed) node.closed = true
      this.add(node)
    })
  }

  private add(node: TaxonomyNode): void {
    this.nodes.set(node.id, node)
  }

  private relabel(node: TaxonomyNode, label: string): void {
    if (node.label === label) return
    if (!node.aliases.includes(node.label)) node.aliases.push(node.label)
    if (node.aliases.includes(label)) node.aliases = node.aliases.filter((alias) => alias !== label)
    node.label = label
  }

  private warn(code: DiagnosticCode, file: string, at: Located, message: string, fix: string) {
    this.diagnostics.push(diagnostic(code, file, at.line, message, fix))
  }

  readMenus(source: MenuSource): void {
    const listed = new Map<string, Located[]>()
    let group: GroupShape | null = null
    for (const menu of source.menus) {
      group = GROUP_BY_KEY.get(nameKey(menu.heading.text)) ?? null
      if (!group) {
        this.warn('unknown-menu-group', source.file, menu.heading, `Unknown menu group "${menu.heading.text}"; its entries are skipped.`, 'Fix the group name, or teach the app the group in src/content/data/site.ts (GROUPS).')
        continue
      }
      const node = this.nodes.get(group.id)
      if (node) this.relabel(node, menu.heading.text)
      menu.entries.forEach((entry, position) => this.readEntry(source.file, group as GroupShape, entry, position, listed))
    }
    for (const [groupId, entries] of listed) this.reconcile(source.file, groupId, entries)
  }

  private readEntry(file: string, group: GroupShape, entry: Located, position: number, listed: Map<string, Located[]>): void {
    const key = this.keyOf(entry.text)
    const links = LINKS_BY_GROUP.get(group.id)
    if (links?.has(key)) {
      const id = `${group.id}-${idSlug(entry.text)}`
      const existing = this.nodes.get(id)
      if (existing) {
        this.relabel(existing, entry.text)
        existing.order = position
      } else {
        const link: TaxonomyNode = { id, kind: 'link', label: entry.text, parent: group.id, order: position, aliases: [] }
        const target = links.get(key)
        if (target) link.target = target
        this.add(link)
      }
      return
    }
    const placed = PLACED_BY_KEY.get(key)
    if (placed) {
      const node = this.nodes.get(placed.id)
      if (node) this.relabel(node, entry.text)
      return
    }
    if (!group.memberKind) {
      this.warn('unknown-menu-entry', file, entry, `Menu entry "${entry.text}" under "${group.label}" is not a known part of the menu; it is skipped.`, 'Check the spelling, or add it to src/content/data/site.ts (PLACED_ENTRIES).')
      return
    }
    const entries = listed.get(group.id) ?? []
    entries.push(entry)
    listed.set(group.id, entries)
  }

  /** Matches one menu version's entries of a group against the members known so far. */
  private reconcile(file: string, groupId: string, entries: Located[]): void {
    const group = Object.values(GROUPS).find((shape) => shape.id === groupId)
    const kind = group?.memberKind ?? 'structure'
    const previous = this.members.get(groupId) ?? []
    const current: (string | null)[] = entries.map(() => null)
    const claimed = new Set<string>()
    const unmatched: number[] = []
    const previousByName = this.namesOf(previous)

    entries.forEach((entry, position) => {
      const { label } = splitChairNote(entry.text)
      const id = this.findMember(groupId, previousByName, label, kind)
      if (id && !claimed.has(id)) {
        claimed.add(id)
        current[position] = id
      } else unmatched.push(position)
    })

    // A Set keeps the menu order and makes each removal O(1): a menu can differ in thousands of entries.
    const missing = new Set(previous.filter((id) => !claimed.has(id)))
    for (const position of unmatched) {
      const entry = entries[position]
      if (!entry) continue
      const samePlace = previous[position]
      if (samePlace && missing.has(samePlace) && kind !== 'country') {
        const renamed = this.nodes.get(samePlace)
        this.warn('positional-rename', file, entry, `"${entry.text}" replaces "${renamed?.label}" at the same place in "${this.nodes.get(groupId)?.label}"; treated as a rename (same slug "${samePlace}").`, `If this is a rename, confirm it with {"${renamed?.label}": "${entry.text}"} in content/aliases.json; if they are different entries, the newest page's menu must list both.`)
        missing.delete(samePlace)
        claimed.add(samePlace)
        current[position] = samePlace
        continue
      }
      current[position] = this.createMember(file, groupId, kind, entry, position)
    }
    if (missing.size > 0 && unmatched.length > 0) {
      const at = entries[unmatched[0] ?? 0] ?? entries[0]
      if (at) {
        const names = listSome([...missing].map((id) => `"${this.nodes.get(id)?.label}"`))
        this.warn('unpaired-menu-change', file, at, `In "${this.nodes.get(groupId)?.label}", ${names} no longer appear while new entries do; cannot tell whether any of them was renamed.`, `If an entry was renamed, add {"Old label": "New label"} to content/aliases.json.`)
      }
    }

    entries.forEach((entry, position) => {
      const id = current[position]
      const node = id ? this.nodes.get(id) : undefined
      if (!node) return
      const { label, note } = splitChairNote(entry.text)
      this.relabel(node, label)
      if (note) node.note = note
      else delete node.note
      node.order = position
    })
    const kept = previous.filter((id) => !claimed.has(id))
    kept.forEach((id, index) => {
      const node = this.nodes.get(id)
      if (node) node.order = entries.length + index
    })
    this.members.set(groupId, [...(current.filter(Boolean) as string[]), ...kept])
  }

  /** Canonical name → member id, over labels and aliases; the first member listed wins, as in the menu. */
  private namesOf(members: readonly string[]): Map<string, string> {
    const byName = new Map<string, string>()
    for (const id of members) {
      const node = this.nodes.get(id)
      if (!node) continue
      for (const name of [node.label, ...node.aliases]) {
        const key = this.canonical(name)
        if (!byName.has(key)) byName.set(key, id)
      }
    }
    return byName
  }

  private findMember(groupId: string, previousByName: ReadonlyMap<string, string>, label: string, kind: NodeKind): string | null {
    if (kind === 'country') {
      const facts = countryFacts(label)
      if (facts && this.nodes.get(facts.id)?.parent === groupId) return facts.id
    }
    return previousByName.get(this.canonical(label)) ?? null
  }

  private createMember(file: string, groupId: string, kind: NodeKind, entry: Located, position: number): string {
    const { label } = splitChairNote(entry.text)
    const facts = kind === 'country' ? countryFacts(label) : undefined
    if (kind === 'country' && !facts) {
      this.warn('unknown-country', file, entry, `Country "${label}" is not in the gazetteer; datelines and mentions will not find it.`, 'Add it to src/content/data/countries.ts with its cities and adjectives.')
    }
    // The oldest known label names the slug, so it does not depend on which dumps are present.
    // A label of symbols only (or of a script the transliteration lacks) still gets an id.
    let id = facts?.id || idSlug(this.formerNames.get(this.canonical(label)) ?? label) || `${kind}-${shortHash(label)}`
    if (this.nodes.has(id)) id = `${id}-${kind}`
    if (this.nodes.has(id)) {
      this.warn('slug-clash', file, entry, `Menu entry "${label}" gets the slug "${id}", which another entry already has.`, 'Rename one of the entries in the page menus.')
      id = `${id}-${position}`
    }
    const aliases = facts ? [facts.name, ...facts.aliases].filter((name) => name !== label) : []
    this.add({ id, kind, label, parent: groupId, order: position, aliases })
    return id
  }

  applyFacts(): void {
    for (const node of this.nodes.values()) {
      const facts = this.factsOf(node)
      if (facts) {
        if (facts.fullName) node.fullName = facts.fullName
        if (facts.abbreviation) node.abbreviation = facts.abbreviation
        if (facts.hostCountry) node.hostCountry = facts.hostCountry
        for (const alias of facts.aliases ?? []) if (!node.aliases.includes(alias)) node.aliases.push(alias)
      }
    }
  }

  /** Facts kept for the node under its label or, failing that, the first alias that has some. */
  private factsOf(node: TaxonomyNode): Partial<StructureFacts> | undefined {
    const byLabel = FACTS_BY_KEY.get(this.keyOf(node.label))
    if (byLabel) return byLabel
    for (const alias of node.aliases) {
      const facts = FACTS_BY_KEY.get(this.keyOf(alias))
      if (facts) return facts
    }
    return undefined
  }

  /** Nodes in tree order (depth first, siblings by order), orders renumbered from 0. */
  ordered(): TaxonomyNode[] {
    const children = new Map<string | null, TaxonomyNode[]>()
    for (const node of this.nodes.values()) {
      const siblings = children.get(node.parent) ?? []
      siblings.push(node)
      children.set(node.parent, siblings)
    }
    const result: TaxonomyNode[] = []
    const visit = (parent: string | null) => {
      const siblings = (children.get(parent) ?? []).sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, 'en'))
      siblings.forEach((node, index) => {
        result.push(compactNode({ ...node, order: index }))
        visit(node.id)
      })
    }
    visit(null)
    return result
  }
}

/** `Finland – OSCE Chairpersonship 2025` → label `Finland`, note `OSCE Chairpersonship 2025`: white space, a dash, white space, the note. */
export function splitChairNote(text: string): { label: string; note: string | null } {
  const tail = CHAIR_NOTE_TAIL.exec(text)
  if (!tail) return { label: text, note: null }
  const beforeNote = text.slice(0, tail.index)
  const dashAt = beforeNote.trimEnd().length - 1
  const label = beforeNote.slice(0, dashAt).trimEnd()
  const spacedDash = dashAt < beforeNote.length - 1 && DASHES.has(beforeNote.charAt(dashAt)) && label.length < dashAt
  return spacedDash && label !== '' ? { label, note: tail[0] } : { label: text, note: null }
}

/** `"a", "b", … and 12 more`: a readable list, however many there are. */
function listSome(items: readonly string[], shown = 10): string {
  if (items.length <= shown) return items.join(', ')
  return `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`
}

/** Fixed key order and no empty optional fields, so identical input gives identical bytes. */
function compactNode(node: TaxonomyNode): TaxonomyNode {
  const compact: TaxonomyNode = { id: node.id, kind: node.kind, label: node.label, parent: node.parent, order: node.order, aliases: [...new Set(node.aliases)] }
  if (node.abbreviation) compact.abbreviation = node.abbreviation
  if (node.fullName) compact.fullName = node.fullName
  if (node.note) compact.note = node.note
  if (node.hostCountry) compact.hostCountry = node.hostCountry
  if (node.closed) compact.closed = true
  if (node.target) compact.target = node.target
  return compact
}

export function buildTaxonomy(sources: readonly MenuSource[], renames: Readonly<Record<string, string>> = {}): TaxonomyResult {
  const builder = new TaxonomyBuilder(renames)
  const byAge = [...sources].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.file.localeCompare(b.file))
  let lastSignature: string | null = null
  for (const source of byAge) {
    if (source.menus.length === 0 || source.menuSignature === lastSignature) continue
    lastSignature = source.menuSignature
    builder.readMenus(source)
  }
  builder.applyFacts()
  return { taxonomy: { nodes: builder.ordered() }, diagnostics: builder.diagnostics }
}
