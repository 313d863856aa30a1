import { describe, expect, it } from 'vitest'
import { PackFormatError, parseManifest, parseShard, parseTaxonomy } from '@/sync/pack-schema'
import type { PackFile, PackManifest } from '@/content/types'
import { packOfPages, seedPage } from '../support/packServer'

const pack = packOfPages([seedPage()])
const manifestText = pack.files.get('manifest.json') ?? ''
const shardFile = pack.manifest.files.find((file) => file.role === 'releases') as PackFile
const taxonomyFile = pack.manifest.files.find((file) => file.role === 'taxonomy') as PackFile

function manifestWith(change: (manifest: PackManifest) => void): string {
  const manifest = JSON.parse(manifestText) as PackManifest
  change(manifest)
  return JSON.stringify(manifest)
}

function problemOf(action: () => unknown): string {
  try {
    action()
  } catch (error) {
    if (error instanceof PackFormatError) return error.message
    throw error
  }
  throw new Error('no PackFormatError')
}

describe('manifest validation', () => {
  it('accepts the seed pack’s manifest as written by the content CLI', () => {
    const manifest = parseManifest('manifest.json', manifestText)
    expect(manifest.counts).toEqual({ nodes: pack.manifest.counts.nodes, releases: 1, files: 2 })
    expect(manifest.files.map((file) => file.role)).toEqual(['taxonomy', 'releases'])
  })

  it.each([
    ['not JSON', () => '{"format": 1,', 'manifest.json: is not JSON'],
    ['an older format', () => manifestWith((m) => Object.assign(m, { format: 1 })), 'manifest.json: format: format must be 2 (this app reads pack format 2; update the app, or rebuild the pack with this version\'s npm run content)'],
    ['a file count that does not add up', () => manifestWith((m) => (m.counts.files = 3)), 'manifest.json: counts.files must equal the number of files listed'],
    ['a release count that does not add up', () => manifestWith((m) => (m.counts.releases = 20000)), "manifest.json: counts.releases must equal the sum of the release files' counts"],
    ['no files at all', () => manifestWith((m) => Object.assign(m, { files: [], counts: { nodes: 0, releases: 0, files: 0 } })), 'manifest.json: exactly one taxonomy file must be listed'],
    ['a path that leaves the pack folder', () => manifestWith((m) => ((m.files[1] as PackFile).path = '../secret.json')), 'manifest.json: files.1: path must be taxonomy.<hash>.json, or releases/<month>.<hash>.json naming its shard'],
    ['a shard path naming another month', () => manifestWith((m) => ((m.files[1] as PackFile).shard = '2017-08')), 'manifest.json: files.1: path must be taxonomy.<hash>.json, or releases/<month>.<hash>.json naming its shard'],
    ['a malformed checksum', () => manifestWith((m) => ((m.files[0] as PackFile).sha256 = 'abc')), 'manifest.json: files.0.sha256: must be a 64-digit lowercase hex SHA-256'],
    ['a path hash that is not the checksum’s start', () => manifestWith((m) => ((m.files[0] as PackFile).sha256 = 'f'.repeat(64))), 'manifest.json: files.0: the hash in the path must be the start of sha256'],
    ['a negative count', () => manifestWith((m) => ((m.files[1] as PackFile).count = -1)), 'manifest.json: files.1.count: Invalid value: Expected >=0 but received -1'],
  ])('refuses %s', (_name, text, message) => {
    expect(problemOf(() => parseManifest('manifest.json', text()))).toBe(message)
  })

  it('accepts a declared number of retired releases', () => {
    expect(parseManifest('manifest.json', manifestWith((m) => (m.counts.retired = 5))).counts.retired).toBe(5)
  })
})

describe('shard validation', () => {
  const shardText = pack.files.get(shardFile.path) ?? ''

  it('accepts the seed shard and returns its release', () => {
    const shard = parseShard(shardFile, shardText)
    expect(shard.shard).toBe('2017-07')
    expect(shard.releases.map((release) => release.place)).toEqual(['Ulaanbaatar'])
  })

  it('refuses a shard of another month than its manifest entry', () => {
    expect(problemOf(() => parseShard({ ...shardFile, shard: '2017-08' }, shardText))).toBe(`${shardFile.path}: holds month 2017-07, the manifest says 2017-08`)
  })

  it('refuses a shard with more or fewer releases than its manifest entry', () => {
    expect(problemOf(() => parseShard({ ...shardFile, count: 2 }, shardText))).toBe(`${shardFile.path}: holds 1 releases, the manifest says 2`)
  })

  it('refuses a release without a title', () => {
    const broken = shardText.replace(/"title":"[^"]*"/, '"title":""')
    expect(problemOf(() => parseShard(shardFile, broken))).toBe(`${shardFile.path}: releases.0.title: Invalid length: Expected >=1 but received 0`)
  })

  it('refuses bodies that are not base64', () => {
    const broken = shardText.replace(/"bodies":"/, '"bodies":"%')
    expect(problemOf(() => parseShard(shardFile, broken))).toBe(`${shardFile.path}: bodies: must be base64`)
  })

  it('refuses a release dated outside its month', () => {
    const moved = shardText.replaceAll('2017-07-06', '2017-08-06')
    expect(problemOf(() => parseShard(shardFile, moved))).toMatch(/^releases\/2017-07\.[0-9a-f]{12}\.json: release 2017-08-06-osce-organizes-.* does not belong to month 2017-07$/)
  })
})

describe('taxonomy validation', () => {
  const taxonomyText = pack.files.get(taxonomyFile.path) ?? ''

  it('accepts the seed menus', () => {
    expect(parseTaxonomy(taxonomyFile.path, taxonomyText).find((node) => node.id === 'mongolia')?.label).toBe('Mongolia')
  })

  it('refuses a node of a kind the app does not know', () => {
    const strange = taxonomyText.replace('"kind":"country"', '"kind":"planet"')
    expect(problemOf(() => parseTaxonomy(taxonomyFile.path, strange))).toMatch(/^taxonomy\.[0-9a-f]{12}\.json: nodes\.\d+\.kind: Invalid type: Expected \("section" \| .*\) but received "planet"$/)
  })

  it('refuses a node whose parent is not in the menus', () => {
    const orphan = taxonomyText.replace('"parent":"participating-states"', '"parent":"nowhere"')
    expect(problemOf(() => parseTaxonomy(taxonomyFile.path, orphan))).toBe(`${taxonomyFile.path}: every parent must be a node of the taxonomy`)
  })
})
