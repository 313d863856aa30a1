/**
 * Downloads pack files and hands out only verified, schema-checked data. A file
 * that arrives corrupt is fetched once more past the HTTP cache, because the
 * cache would otherwise keep serving the bad bytes for as long as hashed files
 * are cached (a year).
 */
import { MANIFEST_FILE } from '@/content/pack'
import type { PackFile, PackManifest } from '@/content/types'
import { PackFormatError, parseManifest, parseShard } from './pack-schema'
import { sha256Hex } from './sha256'
import { verifyShardBodies, type VerifiedShard } from './shard-bodies'

/** The server answered, but the file is not there (404, or the app's HTML from an SPA fallback). */
export class PackFileMissingError extends Error {
  constructor(readonly path: string, detail: string) {
    super(`${path} is missing on the server (${detail})`)
    this.name = 'PackFileMissingError'
  }
}

/** No answer at all: offline, DNS, a dropped connection. */
export class PackUnreachableError extends Error {
  constructor(readonly path: string, cause: unknown) {
    super(`${path} could not be downloaded (${cause instanceof Error ? cause.message : String(cause)})`, { cause })
    this.name = 'PackUnreachableError'
  }
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>

export interface PackSource {
  manifest(): Promise<PackManifest>
  /** The file's parsed data, or a typed error; `parse` throws PackFormatError for data it refuses. */
  file<T>(file: PackFile, parse: (text: string) => T): Promise<T>
  /** A month, checked down to its packed bodies. */
  shard(file: PackFile): Promise<VerifiedShard>
}

export function createPackSource(baseUrl: string, fetchLike: FetchLike = (url, init) => fetch(url, init)): PackSource {
  async function download(path: string, cache: RequestCache): Promise<Uint8Array<ArrayBuffer>> {
    let response: Response
    try {
      response = await fetchLike(`${baseUrl}${path}`, { cache })
    } catch (error) {
      throw new PackUnreachableError(path, error)
    }
    if (response.status === 404 || response.status === 410) throw new PackFileMissingError(path, `HTTP ${response.status}`)
    if (!response.ok) throw new PackUnreachableError(path, new Error(`HTTP ${response.status}`))
    if ((response.headers.get('content-type') ?? '').includes('text/html')) throw new PackFileMissingError(path, 'the server sent a web page instead')
    try {
      return new Uint8Array(await response.arrayBuffer())
    } catch (error) {
      throw new PackUnreachableError(path, error)
    }
  }

  async function verified<T>(file: PackFile, parse: (text: string) => T, cache: RequestCache): Promise<T> {
    const bytes = await download(file.path, cache)
    const hash = await sha256Hex(bytes)
    if (hash !== file.sha256) throw new PackFormatError(file.path, 'is corrupt (its checksum does not match the manifest)')
    return parse(new TextDecoder().decode(bytes))
  }

  async function file<T>(entry: PackFile, parse: (text: string) => T): Promise<T> {
    try {
      return await verified(entry, parse, 'default')
    } catch (error) {
      if (!(error instanceof PackFormatError)) throw error
      // Bad bytes may come from a cache on the way: ask the server itself, once.
      return verified(entry, parse, 'reload')
    }
  }

  return {
    async manifest() {
      const bytes = await download(MANIFEST_FILE, 'no-cache')
      return parseManifest(MANIFEST_FILE, new TextDecoder().decode(bytes))
    },
    file,
    shard: async (entry) => verifyShardBodies(entry, await file(entry, (text) => parseShard(entry, text))),
  }
}
