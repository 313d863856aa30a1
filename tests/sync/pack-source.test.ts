import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { PackFile } from '@/content/types'
import { PackFormatError } from '@/sync/pack-schema'
import { createPackSource, PackFileMissingError, PackUnreachableError } from '@/sync/pack-source'
import { sha256Hex } from '@/sync/sha256'
import { createFakePackServer, packOfPages, seedPage } from '../support/packServer'

const BASE = 'https://reader.test/pack/'
const pack = packOfPages([seedPage()])
const shardFile = pack.manifest.files.find((file) => file.role === 'releases') as PackFile

describe('downloading pack files', () => {
  it('reads and validates the manifest without the HTTP cache', async () => {
    const server = createFakePackServer(pack)
    const manifest = await createPackSource(BASE, server.fetch).manifest()
    expect(manifest.version).toBe(pack.manifest.version)
    expect(server.requests).toEqual([{ path: 'manifest.json', cache: 'no-cache' }])
  })

  it('fetches a file that arrived corrupt once more past the HTTP cache, and accepts the good copy', async () => {
    const server = createFakePackServer(pack)
    server.corrupt(shardFile.path, 1)
    const shard = await createPackSource(BASE, server.fetch).shard(shardFile)
    expect(shard.releases).toHaveLength(1)
    expect(server.requests).toEqual([
      { path: shardFile.path, cache: 'default' },
      { path: shardFile.path, cache: 'reload' },
    ])
  })

  it('reports a file that is corrupt from the server itself as corrupt', async () => {
    const server = createFakePackServer(pack)
    server.corrupt(shardFile.path, 2)
    const error = await createPackSource(BASE, server.fetch).shard(shardFile).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PackFormatError)
    expect((error as Error).message).toBe(`${shardFile.path}: is corrupt (its checksum does not match the manifest)`)
  })

  it('reports a 404 as missing, not corrupt, and does not retry it', async () => {
    const server = createFakePackServer(pack)
    server.missing.add(shardFile.path)
    const error = await createPackSource(BASE, server.fetch).shard(shardFile).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PackFileMissingError)
    expect((error as Error).message).toBe(`${shardFile.path} is missing on the server (HTTP 404)`)
    expect(server.requests).toHaveLength(1)
  })

  it('reports the app’s HTML from an SPA fallback as missing', async () => {
    const fallback = async () => new Response('<!doctype html><title>OSCE Field Reader</title>', { headers: { 'content-type': 'text/html; charset=utf-8' } })
    const error = await createPackSource(BASE, fallback).shard(shardFile).catch((caught: unknown) => caught)
    expect((error as Error).message).toBe(`${shardFile.path} is missing on the server (the server sent a web page instead)`)
  })

  it('reports no network as unreachable', async () => {
    const server = createFakePackServer(pack)
    server.offline = true
    const error = await createPackSource(BASE, server.fetch).manifest().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PackUnreachableError)
    expect((error as Error).message).toBe('manifest.json could not be downloaded (Failed to fetch)')
  })
})

describe('checksums', () => {
  const bytes = new TextEncoder().encode(pack.files.get(shardFile.path) ?? '')

  it('match Node’s SHA-256 with Web Crypto', async () => {
    expect(await sha256Hex(bytes)).toBe(shardFile.sha256)
  })

  it('are still computed, identically, where Web Crypto is missing (plain http)', async () => {
    expect(await sha256Hex(bytes, null)).toBe(shardFile.sha256)
    expect(await sha256Hex(new TextEncoder().encode('abc'), null)).toBe(createHash('sha256').update('abc').digest('hex'))
  })
})
