// @vitest-environment node
import { createHash } from 'node:crypto'
import { inflateRawSync } from 'node:zlib'
import { compileContent, type PageText } from '@/content/compile'
import { buildPack, MANIFEST_FILE, shardOf, utf8Length, type Pack } from '@/content/pack'
import type { PackManifest, ReleaseShard, Taxonomy } from '@/content/types'
import { NODE_PACK_TOOLS } from '../../scripts/pack-tools'
import { readSeed, SEED_FILE, SEED_ID, seedVariant } from './helpers'

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const seed = readSeed()

function packOf(pages: readonly PageText[]): Pack {
  const content = compileContent(pages)
  expect(content.diagnostics).toEqual([])
  return buildPack(content, NODE_PACK_TOOLS)
}

/** ~40 releases over six months of 2021, made from the seed. */
function monthlyPages(): PageText[] {
  const pages: PageText[] = []
  for (let month = 1; month <= 6; month++) {
    for (let day = 1; day <= 7; day++) {
      const date = `2021-0${month}-${String(day * 3).padStart(2, '0')}`
      pages.push({ file: `pages/${date}.txt`, text: seedVariant(seed, { title: `OSCE event number ${day} of month ${month}`, date }) })
    }
  }
  return pages
}

describe('buildPack on the seed', () => {
  const first = packOf([{ file: SEED_FILE, text: seed }])
  const second = packOf([{ file: SEED_FILE, text: seed }])

  it('is byte-identical and has the same version when built twice', () => {
    expect([...second.files.entries()]).toEqual([...first.files.entries()])
    expect(second.manifest.version).toBe(first.manifest.version)
    expect(first.manifest.version).toMatch(/^[0-9a-f]{16}$/)
  })

  it('holds the manifest, the taxonomy and one release shard', () => {
    expect([...first.files.keys()].map((path) => path.replace(/\.[0-9a-f]{12}\.json$/, '.HASH.json')).sort()).toEqual([
      MANIFEST_FILE,
      'releases/2017-07.HASH.json',
      'taxonomy.HASH.json',
    ])
    const manifest = JSON.parse(first.files.get(MANIFEST_FILE) ?? '') as PackManifest
    expect(manifest).toEqual(first.manifest)
    expect(manifest.format).toBe(2)
    expect(manifest.contentDate).toBe('2017-07-06')
    expect(manifest.counts).toEqual({ nodes: 187, releases: 1, files: 2 })
    expect(manifest.files.map((file) => [file.role, file.shard, file.count])).toEqual([
      ['taxonomy', undefined, 187],
      ['releases', '2017-07', 1],
    ])
  })

  it('lists every file with its real sha256, byte size and a path carrying the hash', () => {
    for (const entry of first.manifest.files) {
      const text = first.files.get(entry.path)
      expect(text).toBeDefined()
      expect(entry.sha256).toBe(sha256(text ?? ''))
      expect(entry.bytes).toBe(Buffer.byteLength(text ?? '', 'utf8'))
      expect(entry.path.endsWith(`.${entry.sha256.slice(0, 12)}.json`)).toBe(true)
    }
    expect(first.manifest.version).toBe(sha256(first.manifest.files.map((file) => file.sha256).join('\n')).slice(0, 16))
    // Every file but the manifest is listed.
    expect(first.manifest.files.map((file) => file.path).sort()).toEqual([...first.files.keys()].filter((path) => path !== MANIFEST_FILE).sort())
  })

  it('stores the compiled taxonomy and releases as JSON', () => {
    const taxonomyFile = first.manifest.files.find((file) => file.role === 'taxonomy')
    const shardFile = first.manifest.files.find((file) => file.role === 'releases')
    const taxonomy = JSON.parse(first.files.get(taxonomyFile?.path ?? '') ?? '') as Taxonomy
    const shard = JSON.parse(first.files.get(shardFile?.path ?? '') ?? '') as ReleaseShard
    expect(taxonomy.nodes).toHaveLength(187)
    expect(shard.shard).toBe('2017-07')
    expect(shard.releases.map((release) => release.id)).toEqual([SEED_ID])
    expect(shard.releases[0]).not.toHaveProperty('body')
  })

  it('packs the month’s bodies once, as the app stores them: [id, paragraphs] as deflated JSON, base64', () => {
    const shardFile = first.manifest.files.find((file) => file.role === 'releases')
    const shard = JSON.parse(first.files.get(shardFile?.path ?? '') ?? '') as ReleaseShard
    const bodies = JSON.parse(inflateRawSync(Buffer.from(shard.bodies, 'base64')).toString('utf8')) as [string, string[]][]
    expect(bodies.map(([id, paragraphs]) => [id, paragraphs.length])).toEqual([[SEED_ID, 6]])
    expect(bodies[0]?.[1][0]).toMatch(/^ULAANBAATAR, 6 July 2017 - A two-day /)
  })

  it('counts non-ASCII bytes right (the seed has curly quotes and Türkiye)', () => {
    const taxonomyFile = first.manifest.files.find((file) => file.role === 'taxonomy')
    const text = first.files.get(taxonomyFile?.path ?? '') ?? ''
    expect(text).toContain('Türkiye')
    expect(taxonomyFile?.bytes).toBe(Buffer.byteLength(text, 'utf8'))
    expect(taxonomyFile?.bytes).toBeGreaterThan(text.length)
  })
})

describe('shards', () => {
  it('are by month, newest first', () => {
    const pack = packOf(monthlyPages())
    expect(pack.manifest.counts.releases).toBe(42)
    expect(pack.manifest.contentDate).toBe('2021-06-21')
    expect(pack.manifest.files.filter((file) => file.role === 'releases').map((file) => [file.shard, file.count])).toEqual([
      ['2021-06', 7],
      ['2021-05', 7],
      ['2021-04', 7],
      ['2021-03', 7],
      ['2021-02', 7],
      ['2021-01', 7],
    ])
    expect(shardOf({ date: '2021-03-09' })).toBe('2021-03')
  })

  it('adding one release rewrites exactly one shard, keeps the taxonomy file and changes the version', () => {
    const pages = monthlyPages()
    const before = packOf(pages)
    const after = packOf([
      ...pages,
      { file: 'pages/added.txt', text: seedVariant(seed, { title: 'A release added later', date: '2021-03-15' }) },
    ])
    const beforePaths = new Set(before.files.keys())
    const afterPaths = new Set(after.files.keys())
    const removed = [...beforePaths].filter((path) => !afterPaths.has(path))
    const added = [...afterPaths].filter((path) => !beforePaths.has(path))
    expect(removed).toHaveLength(1)
    expect(added).toHaveLength(1)
    expect(removed[0]).toMatch(/^releases\/2021-03\.[0-9a-f]{12}\.json$/)
    expect(added[0]).toMatch(/^releases\/2021-03\.[0-9a-f]{12}\.json$/)
    // Unchanged paths hold unchanged bytes; only the manifest differs among them.
    const changedInPlace = [...afterPaths].filter((path) => beforePaths.has(path) && before.files.get(path) !== after.files.get(path))
    expect(changedInPlace).toEqual([MANIFEST_FILE])
    const taxonomyPath = (pack: Pack) => pack.manifest.files.find((file) => file.role === 'taxonomy')?.path
    expect(taxonomyPath(after)).toBe(taxonomyPath(before))
    expect(after.manifest.version).not.toBe(before.manifest.version)
    expect(after.manifest.files.find((file) => file.shard === '2021-03')?.count).toBe(8)
    expect(after.manifest.contentDate).toBe(before.manifest.contentDate)
  })

  it('do not depend on the order the pages come in', () => {
    const pages = monthlyPages()
    const forward = packOf(pages)
    const backward = packOf([...pages].reverse())
    expect(backward.manifest.version).toBe(forward.manifest.version)
    expect([...backward.files.entries()].sort()).toEqual([...forward.files.entries()].sort())
  })
})

describe('utf8Length', () => {
  it('matches Buffer.byteLength for well-formed text', () => {
    for (const text of ['', 'ascii', 'Türkiye', '“quoted” – dash', '€', '😀 emoji', 'ОБСЕ', 'a€😀é']) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'))
    }
  })

  it('matches Buffer.byteLength for lone surrogates (encoded as U+FFFD)', () => {
    for (const text of ['\ud800', '\ud800\ud800', 'x\udc00y', '\ud83d']) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'))
    }
  })
})
