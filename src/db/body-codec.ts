/**
 * How release bodies are kept on the device: the paragraphs as JSON, compressed
 * with raw deflate (fflate). Bodies are most of the content's bytes and are read
 * one release at a time (or in batches by the search worker), so compressing
 * them roughly halves the origin's storage. fflate works synchronously, in
 * microseconds per body: CompressionStream's per-call stream set-up made a
 * 20,000-release install several times slower. Rows written before compression
 * (`body`) stay readable.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate'

export type StoredBody = { id: string; packed: Uint8Array<ArrayBuffer> } | { id: string; body: string[] }

export function packBody(id: string, body: readonly string[]): StoredBody {
  return { id, packed: deflateSync(strToU8(JSON.stringify(body)), { level: 6 }) }
}

/** The paragraphs of a stored body; a row that cannot be read gives no paragraphs rather than breaking the page. */
export function unpackBody(stored: StoredBody | undefined): string[] {
  if (!stored) return []
  if ('body' in stored) return stored.body
  try {
    const parsed: unknown = JSON.parse(strFromU8(inflateSync(stored.packed)))
    return Array.isArray(parsed) ? parsed.filter((paragraph): paragraph is string => typeof paragraph === 'string') : []
  } catch {
    return []
  }
}
