/**
 * Lays compiled content out as a pack: a manifest plus content-addressed JSON
 * files. Release shards are by month, so adding a release rewrites one shard and
 * an update downloads only the shards whose hash changed.
 */
import type { CompiledContent } from './compile'
import { PACK_FORMAT, type PackFile, type PackManifest, type Release, type ReleaseShard } from './types'

/** SHA-256 of a UTF-8 string, as lowercase hex. */
export type Sha256 = (text: string) => string

/** What the build does with bytes, injected so this module stays pure (scripts/pack-tools.ts has Node's). */
export interface PackTools {
  sha256: Sha256
  /** The UTF-8 text deflated (raw deflate, RFC 1951), base64-encoded. */
  deflateToBase64: (text: string) => string
}

export interface Pack {
  manifest: PackManifest
  /** Path (relative to the manifest) → file text. */
  files: Map<string, string>
}

export const MANIFEST_FILE = 'manifest.json'

export function shardOf(release: Pick<Release, 'date'>): string {
  return release.date.slice(0, 7)
}

export function buildPack(content: CompiledContent, { sha256, deflateToBase64 }: PackTools): Pack {
  const files = new Map<string, string>()
  const entries: PackFile[] = []
  const addFile = (stem: string, role: PackFile['role'], text: string, count: number, shard?: string) => {
    const hash = sha256(text)
    const path = `${stem}.${hash.slice(0, 12)}.json`
    files.set(path, text)
    const entry: PackFile = { path, role, count, bytes: utf8Length(text), sha256: hash }
    if (shard) entry.shard = shard
    entries.push(entry)
  }

  addFile('taxonomy', 'taxonomy', JSON.stringify(content.taxonomy), content.taxonomy.nodes.length)

  const shards = new Map<string, Release[]>()
  for (const release of content.releases) {
    const key = shardOf(release)
    const shard = shards.get(key) ?? []
    shard.push(release)
    shards.set(key, shard)
  }
  // Newest shard first: the app installs in this order, so recent news shows first.
  for (const key of [...shards.keys()].sort().reverse()) {
    const releases = shards.get(key) ?? []
    const shard: ReleaseShard = {
      shard: key,
      releases: releases.map(({ body: _body, ...release }) => release),
      bodies: deflateToBase64(JSON.stringify(releases.map((release) => [release.id, release.body]))),
    }
    addFile(`releases/${key}`, 'releases', JSON.stringify(shard), releases.length, key)
  }

  const manifest: PackManifest = {
    format: PACK_FORMAT,
    version: sha256(entries.map((entry) => entry.sha256).join('\n')).slice(0, 16),
    contentDate: content.releases[0]?.date ?? null,
    counts: { nodes: content.taxonomy.nodes.length, releases: content.releases.length, files: entries.length },
    files: entries,
  }
  files.set(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`)
  return { manifest, files }
}

export function utf8Length(text: string): number {
  let bytes = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4
      index++
    } else bytes += 3 // Lone surrogates are written as U+FFFD: 3 bytes.
  }
  return bytes
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
