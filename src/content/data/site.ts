/**
 * What we know about osce.org's menu shape, kept as data. Page dumps flatten the
 * menu tree into dash lists, so the tree cannot be read from line positions alone:
 * these tables say which group each menu name opens and where the entries that
 * close a group really belong.
 */
import type { NodeKind } from '../types'
import {
  CHAIRPERSONSHIP_BODIES,
  CLOSED_FIELD_OPERATIONS,
  DECISION_MAKING_BODIES,
  DECISION_MAKING_BODIES_GROUP,
  FORMER_OPERATION_NAMES,
  OTHER_SOURCES,
  type StructureFacts,
} from './structures'

export type { StructureFacts } from './structures'

export interface GroupShape {
  id: string
  /** Label used until a page's menu gives one. */
  label: string
  /** Kind of the group node itself. */
  kind: 'section' | 'group'
  parent: string | null
  /** Kind of the ordinary entries listed under it. */
  memberKind: NodeKind | null
  /** Entries of the list that are links, not members, with the node they lead to. */
  links?: Readonly<Record<string, string | null>>
}

/** Menu group headings (as the dump names them, lower case) and what they open. */
export const GROUPS: Readonly<Record<string, GroupShape>> = {
  'our work': { id: 'our-work', label: 'Our work', kind: 'section', parent: null, memberKind: null },
  'fields of work': {
    id: 'fields-of-work', label: 'Fields of work',
    kind: 'group',
    parent: 'our-work',
    memberKind: 'field',
    links: { 'field operations': 'field-operations', projects: null },
  },
  'meetings and conferences': {
    id: 'meetings-and-conferences', label: 'Meetings and conferences',
    kind: 'group',
    parent: 'our-work',
    memberKind: 'meeting',
    links: { partnerships: 'partnerships' },
  },
  countries: {
    id: 'countries', label: 'Countries',
    kind: 'section',
    parent: null,
    memberKind: null,
    links: { all: 'countries' },
  },
  'participating states': {
    id: 'participating-states', label: 'Participating States',
    kind: 'group',
    parent: 'countries',
    memberKind: 'country',
  },
  'structures and institutions': {
    id: 'structures-and-institutions', label: 'Structures and institutions',
    kind: 'section',
    parent: null,
    memberKind: 'structure',
  },
  secretariat: {
    id: 'secretariat', label: 'Secretariat',
    kind: 'group',
    parent: 'structures-and-institutions',
    memberKind: 'secretariat-unit',
  },
  'field operations': {
    id: 'field-operations', label: 'Field operations',
    kind: 'group',
    parent: 'structures-and-institutions',
    memberKind: 'field-operation',
  },
}

export interface PlacedEntry {
  id: string
  label: string
  kind: NodeKind
  parent: string | null
  /** Where it stands among its parent's children when the dump does not say. */
  order: number
}

/**
 * Entries that the dump lists at the end of a group but that belong to an
 * ancestor: `- Asian Partners…` follows the 57 States but is a child of Countries.
 */
export const PLACED_ENTRIES: Readonly<Record<string, PlacedEntry>> = {
  'asian partners for co-operation': {
    id: 'asian-partners', label: 'Asian Partners for Co-operation',
    kind: 'partner-group',
    parent: 'countries',
    order: 2,
  },
  'mediterranean partners for co-operation': {
    id: 'mediterranean-partners', label: 'Mediterranean Partners for Co-operation',
    kind: 'partner-group',
    parent: 'countries',
    order: 3,
  },
  chairpersonship: { id: 'chairpersonship', label: 'Chairpersonship', kind: 'structure', parent: 'structures-and-institutions', order: 0 },
  institutions: { id: 'institutions', label: 'Institutions', kind: 'group', parent: 'structures-and-institutions', order: 2 },
  'parliamentary assembly': {
    id: 'parliamentary-assembly', label: 'Parliamentary Assembly',
    kind: 'structure',
    parent: 'structures-and-institutions',
    order: 4,
  },
  'court of conciliation and arbitration': {
    id: 'court-of-conciliation-and-arbitration', label: 'Court of Conciliation and Arbitration',
    kind: 'structure',
    parent: 'structures-and-institutions',
    order: 5,
  },
  'organizational structure': {
    id: 'organizational-structure', label: 'Organizational structure',
    kind: 'structure',
    parent: 'structures-and-institutions',
    order: 6,
  },
  'about us': { id: 'about-us', label: 'About us', kind: 'section', parent: null, order: 3 },
  'decision-making bodies': {
    id: DECISION_MAKING_BODIES_GROUP.id, label: DECISION_MAKING_BODIES_GROUP.label,
    kind: 'group',
    parent: 'structures-and-institutions',
    order: DECISION_MAKING_BODIES_GROUP.order,
  },
  'closed field activities': {
    id: 'closed-field-activities', label: 'Closed field activities',
    kind: 'group',
    parent: 'field-operations',
    order: 1000,
  },
}

/** Top-level order of the sections, as the site shows them. */
export const SECTION_ORDER: Readonly<Record<string, number>> = {
  'our-work': 0,
  countries: 1,
  'structures-and-institutions': 2,
  'about-us': 3,
}

/** Children of groups whose order is fixed by the site, not by the dump. */
export const GROUP_ORDER: Readonly<Record<string, number>> = {
  'fields-of-work': 0,
  'meetings-and-conferences': 1,
  'participating-states': 1,
  secretariat: 1,
  'field-operations': 3,
}

/**
 * Members the menu does not list: the institutions, and the bodies releases name
 * as sources (decision-making bodies, the Chairpersonship's bodies, closed field
 * operations: data/structures.ts).
 */
export const EXTRA_STRUCTURES: readonly StructureFacts[] = [
  {
    id: 'odihr',
    label: 'Office for Democratic Institutions and Human Rights',
    kind: 'institution',
    parent: 'institutions',
    fullName: 'OSCE Office for Democratic Institutions and Human Rights',
    abbreviation: 'ODIHR',
  },
  {
    id: 'hcnm',
    label: 'High Commissioner on National Minorities',
    kind: 'institution',
    parent: 'institutions',
    fullName: 'OSCE High Commissioner on National Minorities',
    abbreviation: 'HCNM',
  },
  {
    id: 'rfom',
    label: 'Representative on Freedom of the Media',
    kind: 'institution',
    parent: 'institutions',
    fullName: 'OSCE Representative on Freedom of the Media',
    abbreviation: 'RFoM',
  },
  ...DECISION_MAKING_BODIES,
  ...CHAIRPERSONSHIP_BODIES,
  ...OTHER_SOURCES,
  ...CLOSED_FIELD_OPERATIONS,
]

/** Facts about menu entries, keyed by their label in lower case (current or former). */
export const ENTRY_FACTS: Readonly<Record<string, Partial<StructureFacts>>> = withFormerNames({
  secretariat: { fullName: 'OSCE Secretariat' },
  // The Chairmanship was renamed Chairpersonship in 2016 (osce.org/chairpersonship).
  chairpersonship: { aliases: ['OSCE Chairmanship', 'OSCE Chair', 'Chairmanship', 'Chairperson-in-Office', 'OSCE Chairperson-in-Office', 'Chairman-in-Office', 'OSCE Chairman-in-Office'] },
  'parliamentary assembly': { abbreviation: 'OSCE PA' },
  'presence in albania': { hostCountry: 'albania' },
  'centre in ashgabat': { hostCountry: 'turkmenistan' },
  'programme office in astana': { hostCountry: 'kazakhstan', aliases: ['Programme Office in Nur-Sultan'] },
  'programme office in bishkek': { hostCountry: 'kyrgyzstan', aliases: ['Centre in Bishkek'] },
  'mission to bosnia and herzegovina': { hostCountry: 'bosnia-and-herzegovina' },
  'programme office in dushanbe': { hostCountry: 'tajikistan', aliases: ['Office in Tajikistan'] },
  'mission in kosovo': { hostCountry: 'kosovo' },
  'mission to moldova': { hostCountry: 'moldova' },
  'mission to montenegro': { hostCountry: 'montenegro' },
  'mission to serbia': { hostCountry: 'serbia' },
  'mission to skopje': { hostCountry: 'north-macedonia' },
  'project co-ordinator in uzbekistan': { hostCountry: 'uzbekistan' },
  // TNTD (2012) brought together the Action against Terrorism Unit, the Strategic Police Matters Unit and the Borders Unit: their old releases name them.
  'transnational threats department': { abbreviation: 'TNTD', aliases: ['Transnational Threat Department', 'Action against Terrorism Unit', 'Strategic Police Matters Unit', 'Borders Unit'] },
  'conflict prevention centre': { abbreviation: 'CPC' },
  // Releases name the person more often than the office.
  'office of the special representative and co-ordinator for combating trafficking in human beings': {
    abbreviation: 'OSR/CTHB',
    aliases: ['Special Representative and Co-ordinator for Combating Trafficking in Human Beings'],
  },
  'office of the co-ordinator of osce economic and environmental activities': {
    abbreviation: 'OCEEA',
    aliases: ['Co-ordinator of OSCE Economic and Environmental Activities', 'Office of the Co-ordinator of Economic and Environmental Activities'],
  },
  // The Gender Section of the Secretariat, under its earlier name.
  'gender issues programme': { aliases: ['Gender Section'] },
  // Fields of work under earlier or shorter names osce.org has tagged releases with.
  'reform and co-operation in the security sector': { aliases: ['Military reform and co-operation', 'Security sector reform'] },
  'national minority issues': { aliases: ['National minorities', 'Minority rights'] },
  'media freedom and development': { aliases: ['Media freedom'] },
  'combating trafficking in human beings': { aliases: ['Combating trafficking', 'Anti-trafficking'] },
  'countering terrorism': { aliases: ['Counter-terrorism', 'Combating terrorism'] },
  'conflict prevention and resolution': { aliases: ['Conflict prevention'] },
})

/** Adds the former names of field operations (data/structures.ts) to their facts as aliases. */
function withFormerNames(facts: Record<string, Partial<StructureFacts>>): Record<string, Partial<StructureFacts>> {
  for (const [label, formerNames] of Object.entries(FORMER_OPERATION_NAMES)) {
    const entry = facts[label] ?? {}
    entry.aliases = [...new Set([...(entry.aliases ?? []), ...formerNames])]
    facts[label] = entry
  }
  return facts
}

/** Renames the site is known to have made (former label → current label), lower case. */
export const KNOWN_RENAMES: Readonly<Record<string, string>> = {
  'czech republic': 'czechia',
  turkey: 'türkiye',
  'gender equality review conferences': 'gender equality conferences',
}

/** In a module of its own, so the app can import it without the structures data above. */
export { CONTENT_TYPES } from './content-types'
