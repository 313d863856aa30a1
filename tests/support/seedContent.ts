/**
 * The real seed page, compiled and installed into a fresh fake IndexedDB, for
 * component tests that assert what the app shows from real content.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { compileContent, type CompiledContent } from '@/content/compile'
import { buildPack } from '@/content/pack'
import { NODE_PACK_TOOLS } from '../../scripts/pack-tools'
import { db } from '@/db/database'
import { beginInstall, completeInstall, installShards, prepareShard, replaceTaxonomy } from '@/db/install'
import { parseShard, parseTaxonomy } from '@/sync/pack-schema'
import { verifyShardBodies } from '@/sync/shard-bodies'

// Vitest runs from the project root; happy-dom gives import.meta.url an http scheme.
export const SEED_FILE = resolve(process.cwd(), 'content/pages/2017-07-06-mongolia-verlt.txt')
export const SEED_RELEASE_ID = '2017-07-06-osce-organizes-first-seminar-on-community-policing-approaches-to-countering-c184613d'
export const SEED_TITLE =
  'OSCE organizes first seminar on community-policing approaches to countering violent extremism and radicalization that lead to terrorism in Mongolia'

export function seedPageText(): string {
  return readFileSync(SEED_FILE, 'utf8')
}

export function compileSeed(extraPages: { file: string; text: string }[] = []): CompiledContent {
  return compileContent([{ file: 'content/pages/seed.txt', text: seedPageText() }, ...extraPages])
}

/** The seed page with another title and dateline date: a distinct release from the same place. */
export function variantPage(index: number, isoDate: string): { file: string; text: string } {
  const [year, month, day] = isoDate.split('-').map(Number)
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
  const text = seedPageText()
    .replace('OSCE organizes first seminar', `OSCE organizes seminar number ${index}`)
    .replace('ULAANBAATAR, 6 July 2017', `ULAANBAATAR, ${day} ${months[(month ?? 1) - 1]} ${year}`)
  return { file: `content/pages/variant-${index}.txt`, text }
}

/** The pack the build writes for `content`, as the static host serves it. */
export function packOf(content: CompiledContent = compileSeed()): ReturnType<typeof buildPack> {
  return buildPack(content, NODE_PACK_TOOLS)
}

/** Clears every table and installs `content` the way the app does, through src/db. */
export async function installContent(content: CompiledContent = compileSeed()): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()))
  const pack = packOf(content)
  await beginInstall({ version: pack.manifest.version, contentDate: pack.manifest.contentDate, totalReleases: pack.manifest.counts.releases })
  for (const file of pack.manifest.files) {
    const text = pack.files.get(file.path) ?? ''
    if (file.role === 'taxonomy') await replaceTaxonomy(file.path, parseTaxonomy(file.path, text), [])
    else await installShards([prepareShard(file.path, await verifyShardBodies(file, parseShard(file, text)))], [], [])
  }
  await completeInstall('2026-12-01T08:00:00.000Z')
}
