/**
 * The content model shared by the build CLI (which writes the pack) and the app
 * (which installs and renders it). Everything here is plain JSON-serialisable data.
 */
import type { DiagnosticCode } from './diagnostics'

/** Every kind of menu node, as data: the app validates downloaded menus against it. */
export const NODE_KINDS = [
  /** Top-level menu entries: Our work, Countries, Structures and institutions, About us. */
  'section',
  /** A menu group that lists members: Fields of work, Participating States, Secretariat, Field operations… */
  'group',
  'field',
  /** A term below the menu's fields (`Media laws`): child of its field, or of the `other-topics` group. */
  'topic',
  'meeting',
  /** A participating State. */
  'country',
  /** Asian or Mediterranean Partners for Co-operation (a group of partner countries). */
  'partner-group',
  /** A Partner for Co-operation (child of its partner group). */
  'partner',
  /** A place the OSCE works in that is neither a State nor a Partner (Kosovo). */
  'territory',
  /** Chairpersonship, Parliamentary Assembly, Court of Conciliation and Arbitration, Organizational structure. */
  'structure',
  'secretariat-unit',
  'institution',
  'field-operation',
  /** A menu entry that only points elsewhere (`All`, `Projects`, `Partnerships`…). */
  'link',
] as const

export type NodeKind = (typeof NODE_KINDS)[number]

export interface TaxonomyNode {
  /** Stable slug, unique across the whole taxonomy; never changes when the label drifts. */
  id: string
  kind: NodeKind
  /** The newest label the site uses. */
  label: string
  parent: string | null
  /** Position among its siblings, from 0. */
  order: number
  /** Former labels and other names (full names, short forms) it is known by. */
  aliases: string[]
  abbreviation?: string
  fullName?: string
  /** Extra label text the site shows, e.g. `OSCE Chairpersonship 2025` for Finland. */
  note?: string
  /** For field operations: the id of the country or territory that hosts it. */
  hostCountry?: string
  closed?: boolean
  /** For links: the node the entry leads to, when it leads inside the taxonomy. */
  target?: string
}

export interface Taxonomy {
  nodes: TaxonomyNode[]
}

export interface ReleaseSource {
  /** The source as the page names it. */
  name: string
  /** The structure it was matched to, or null when none matches (kept as text). */
  structure: string | null
}

export interface Release {
  /** Stable slug from date and title: `2017-07-06-osce-organizes-first-seminar-…`. */
  id: string
  /** Content type label (`Press release`), or null when the item carries none. */
  type: string | null
  title: string
  /** ISO date `YYYY-MM-DD`. */
  date: string
  /** Place in proper case (`Ulaanbaatar`, `Vienna/Warsaw`), or null. */
  place: string | null
  sources: ReleaseSource[]
  /** Field-of-work node ids. */
  fields: string[]
  /** Country ids where it happened (dateline, host of a source field operation). */
  primaryCountries: string[]
  /** Country ids named in title or body that are not primary. */
  mentionedCountries: string[]
  /** Body paragraphs, plain text (never HTML). */
  body: string[]
}

export type Severity = 'error' | 'warning'

/** A located problem in the content: what, where, and how to fix it. */
export interface Diagnostic {
  severity: Severity
  /** Stable machine name of the problem (`unknown-field`), for tooling; see DIAGNOSTIC_SEVERITY. */
  code: DiagnosticCode
  file: string
  /** 1-based line number; 0 when the problem concerns the whole file. */
  line: number
  message: string
  fix: string
}

export interface PackFile {
  /** Path relative to the manifest, content-addressed: `releases/2017-07.3f9a1c2b7d4e.json`. */
  path: string
  role: 'taxonomy' | 'releases'
  /** For release shards: the month it holds, `YYYY-MM`. */
  shard?: string
  /** Records in the file (nodes or releases). */
  count: number
  bytes: number
  sha256: string
}

/** Pack format 2: shards carry their month's bodies deflated once at build time (see ReleaseShard). */
export const PACK_FORMAT = 2

export interface PackManifest {
  format: typeof PACK_FORMAT
  /** Hash of the pack's contents: equal versions mean identical content. */
  version: string
  /** Newest release date in the pack (`YYYY-MM-DD`), the content's "as of" date. */
  contentDate: string | null
  counts: {
    nodes: number
    releases: number
    files: number
    /** Releases the maintainer removed on purpose since the previous pack; apps refuse larger unexplained drops. */
    retired?: number
  }
  files: PackFile[]
}

/** A release as a shard lists it: everything but the body, which travels packed with its month's. */
export type PackedRelease = Omit<Release, 'body'>

/**
 * One month of releases. `bodies` is the month's bodies as the app stores them, packed once by the
 * build instead of on every phone: `[[id, paragraphs], …]` in the order of `releases`, as JSON,
 * deflated (raw deflate, RFC 1951) and base64-encoded. Deflating on the phone cost more than writing
 * the data (issue 9), and the packed month is a fifth of the bytes to download.
 */
export interface ReleaseShard {
  shard: string
  releases: PackedRelease[]
  bodies: string
}
