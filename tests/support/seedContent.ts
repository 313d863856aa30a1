/**
 * The real seed page, compiled and installed into a fresh fake IndexedDB, for
 * component tests that assert what the app shows from real content.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { compileContent, type CompiledContent } from '@/content/compile'
import { buildPack } from '@/content/pack'
import type { ReleaseShard, Taxonomy } from '@/content/types'
import { db } from '@/db/database'
import { beginInstall, completeInstall, installShards, replaceTaxonomy } from '@/db/install'

export const SEED_FILE = fileURLToPath(new URL('../../content/pages/2017-07-06-mongolia-verlt.txt', import.meta.url))
export const SEED_RELEASE_ID = '2017-07-06-osce-organizes-first-seminar-on-community-policing-approaches-to-countering'
export const SEED_TITLE =
  'OSCE organizes first seminar on community-policing approaches to countering violent extremism and radicalization that lead to terrorism in Mongolia'

export function seedPageText(): string {
  return readFileSync(SEED_FILE, 'utf8')
}

export function compileSeed(extraPages: { file: string; text: string }[] = []): CompiledContent {
  return compileContent([{ file: 'content/pages/seed.txt', text: seedPageText() }, ...extraPages])
}

/** Clears every table and installs `content` the way the app does, through src/db. */
export async function installContent(content: CompiledContent = compileSeed()): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()))
  const pack = buildPack(content, (text) => createHash('sha256').update(text).digest('hex'))
  await beginInstall({ version: pack.manifest.version, contentDate: pack.manifest.contentDate, totalReleases: pack.manifest.counts.releases })
  for (const file of pack.manifest.files) {
    const data = JSON.parse(pack.files.get(file.path) ?? 'null') as Taxonomy | ReleaseShard
    if (file.role === 'taxonomy') await replaceTaxonomy(file.path, (data as Taxonomy).nodes, [])
    else await installShards([{ path: file.path, data: data as ReleaseShard }], [], [])
  }
  await completeInstall()
}
