/** Serves builds for browser tests: dist/ as built, or a copy of it with another content pack. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { compileContent, type PageText } from '../../../src/content/compile'
import { buildPack } from '../../../src/content/pack'
import { NODE_PACK_TOOLS } from '../../../scripts/pack-tools'
import { startServer } from '../../../scripts/serve'

/** The build under test: dist/, or another folder (`READER_DIST=/tmp/x`) so that two builds can be tested side by side. */
export const DIST = resolve(process.env.READER_DIST ?? 'dist')

export interface Site {
  url: string
  root: string
  close(): Promise<void>
}

export async function serve(root = DIST): Promise<Site> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No build in ${root}: run \`npm run build\` before the browser tests.`)
  const server = await startServer(root, 0)
  const { port } = server.address() as AddressInfo
  return {
    url: `http://localhost:${port}`,
    root,
    close: () => new Promise((done) => server.close(() => done())),
  }
}

/** A copy of dist/ whose pack is compiled from `pages`, in a temporary folder. */
export function buildWithPages(pages: readonly PageText[]): { root: string; releases: number; months: number; nodes: number; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'field-reader-site-'))
  cpSync(DIST, root, { recursive: true })
  rmSync(join(root, 'pack'), { recursive: true, force: true })
  const content = compileContent(pages)
  const pack = buildPack(content, NODE_PACK_TOOLS)
  for (const [path, text] of pack.files) {
    const file = join(root, 'pack', path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  const months = pack.manifest.files.filter((file) => file.role === 'releases').length
  return { root, releases: content.releases.length, months, nodes: content.taxonomy.nodes.length, remove: () => rmSync(root, { recursive: true, force: true }) }
}
