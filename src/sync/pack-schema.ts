/**
 * Schemas for everything the app downloads from the pack. Network data is
 * never cast: a file that does not match is refused with the rule it broke,
 * before anything is written.
 */
import * as v from 'valibot'
import { NODE_KINDS, PACK_FORMAT, type PackedRelease, type PackFile, type PackManifest, type ReleaseShard, type TaxonomyNode } from '@/content/types'

const SHA256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a 64-digit lowercase hex SHA-256'))
const MONTH = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2017-07'))
const ISO_DATE = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2017-07-06'))
const COUNT = v.pipe(v.number(), v.integer(), v.minValue(0))
/** Content-addressed paths as `buildPack` writes them; nothing that could climb out of the pack folder. */
const TAXONOMY_PATH = /^taxonomy\.[0-9a-f]{12}\.json$/
const SHARD_PATH = /^releases\/(\d{4}-\d{2})\.[0-9a-f]{12}\.json$/

const PackFileSchema = v.pipe(
  v.object({
    path: v.string(),
    role: v.picklist(['taxonomy', 'releases']),
    shard: v.optional(MONTH),
    count: COUNT,
    bytes: COUNT,
    sha256: SHA256,
  }),
  v.check((file) => (file.role === 'taxonomy' ? TAXONOMY_PATH.test(file.path) : SHARD_PATH.exec(file.path)?.[1] === file.shard), 'path must be taxonomy.<hash>.json, or releases/<month>.<hash>.json naming its shard'),
  v.check((file) => file.sha256.startsWith(file.path.split('.').at(-2) ?? '-'), 'the hash in the path must be the start of sha256'),
)

const sum = (files: readonly PackFile[], role: PackFile['role']) => files.filter((file) => file.role === role).reduce((total, file) => total + file.count, 0)

export const ManifestSchema = v.pipe(
  v.object({
    format: v.literal(PACK_FORMAT, `format must be ${PACK_FORMAT} (this app reads pack format ${PACK_FORMAT}; update the app, or rebuild the pack with this version's npm run content)`),
    version: v.pipe(v.string(), v.regex(/^[0-9a-f]{8,64}$/, 'version must be a hex hash')),
    contentDate: v.nullable(ISO_DATE),
    counts: v.object({ nodes: COUNT, releases: COUNT, files: COUNT, retired: v.optional(COUNT) }),
    files: v.array(PackFileSchema),
  }),
  v.check((manifest) => manifest.counts.files === manifest.files.length, 'counts.files must equal the number of files listed'),
  v.check((manifest) => manifest.files.filter((file) => file.role === 'taxonomy').length === 1, 'exactly one taxonomy file must be listed'),
  v.check((manifest) => sum(manifest.files, 'taxonomy') === manifest.counts.nodes, 'counts.nodes must equal the taxonomy file\'s count'),
  v.check((manifest) => sum(manifest.files, 'releases') === manifest.counts.releases, 'counts.releases must equal the sum of the release files\' counts'),
  v.check((manifest) => new Set(manifest.files.map((file) => file.shard ?? file.path)).size === manifest.files.length, 'each month must have one shard and each path must appear once'),
)

const ReleaseSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}-\S+$/, 'release id must start with its date')),
  type: v.nullable(v.string()),
  title: v.pipe(v.string(), v.minLength(1)),
  date: ISO_DATE,
  place: v.nullable(v.string()),
  sources: v.array(v.object({ name: v.string(), structure: v.nullable(v.string()) })),
  fields: v.array(v.string()),
  primaryCountries: v.array(v.string()),
  mentionedCountries: v.array(v.string()),
})

/** Standard base64 (RFC 4648 §4), padded. What the bytes say is checked when they are unpacked (shard-bodies.ts). */
const BASE64 = v.pipe(v.string(), v.regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'must be base64'))

export const ShardSchema = v.object({ shard: MONTH, releases: v.array(ReleaseSchema), bodies: BASE64 })

const NodeSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  kind: v.picklist(NODE_KINDS),
  label: v.string(),
  parent: v.nullable(v.string()),
  order: v.pipe(v.number(), v.integer()),
  aliases: v.array(v.string()),
  abbreviation: v.optional(v.string()),
  fullName: v.optional(v.string()),
  note: v.optional(v.string()),
  hostCountry: v.optional(v.string()),
  closed: v.optional(v.boolean()),
  target: v.optional(v.string()),
})

export const TaxonomySchema = v.pipe(
  v.object({ nodes: v.array(NodeSchema) }),
  v.check((taxonomy) => new Set(taxonomy.nodes.map((node) => node.id)).size === taxonomy.nodes.length, 'node ids must be unique'),
  v.check((taxonomy) => {
    const ids = new Set(taxonomy.nodes.map((node) => node.id))
    return taxonomy.nodes.every((node) => node.parent === null || ids.has(node.parent))
  }, 'every parent must be a node of the taxonomy'),
)

// Compile-time proof that what the schemas let through is what the app's types describe.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const manifestMatches: Exact<v.InferOutput<typeof ManifestSchema>['files'][number], PackFile> = true
const shardMatches: Exact<v.InferOutput<typeof ShardSchema>['releases'][number], PackedRelease> = true
const nodeMatches: Exact<v.InferOutput<typeof TaxonomySchema>['nodes'][number], TaxonomyNode> = true
void manifestMatches
void shardMatches
void nodeMatches

/** A downloaded file that is not what the pack promised. */
export class PackFormatError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`)
    this.name = 'PackFormatError'
  }
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new PackFormatError(path, 'is not JSON')
  }
}

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]
  if (!issue) return 'does not match the pack format'
  const where = v.getDotPath(issue)
  return where ? `${where}: ${issue.message}` : issue.message
}

export function parseManifest(path: string, text: string): PackManifest {
  const result = v.safeParse(ManifestSchema, parseJson(path, text))
  if (!result.success) throw new PackFormatError(path, firstIssue(result.issues))
  return result.output
}

/** A shard must hold the month and the number of releases its manifest entry says. */
export function parseShard(file: PackFile, text: string): ReleaseShard {
  const result = v.safeParse(ShardSchema, parseJson(file.path, text))
  if (!result.success) throw new PackFormatError(file.path, firstIssue(result.issues))
  const shard = result.output
  if (shard.shard !== file.shard) throw new PackFormatError(file.path, `holds month ${shard.shard}, the manifest says ${file.shard ?? 'none'}`)
  if (shard.releases.length !== file.count) throw new PackFormatError(file.path, `holds ${shard.releases.length} releases, the manifest says ${file.count}`)
  const outside = shard.releases.find((release) => !release.date.startsWith(shard.shard) || !release.id.startsWith(release.date))
  if (outside) throw new PackFormatError(file.path, `release ${outside.id} does not belong to month ${shard.shard}`)
  return shard
}

export function parseTaxonomy(path: string, text: string): TaxonomyNode[] {
  const result = v.safeParse(TaxonomySchema, parseJson(path, text))
  if (!result.success) throw new PackFormatError(path, firstIssue(result.issues))
  return result.output.nodes
}
