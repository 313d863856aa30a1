/**
 * Bodies are stored one row per month, deflated together: paragraphs of releases
 * of the same month share most of their words, so one stream compresses them
 * several times better than each body alone, and the search worker inflates 400
 * months instead of 20,000 bodies (per-body compression made its read 9× slower;
 * see issue 9). Opening one release inflates its month, a few milliseconds.
 * Uses the platform's CompressionStream (browsers and Node ≥ 20), no library.
 */
import type { ReleaseBody } from './database'

const FORMAT = 'deflate-raw'

async function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform)
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** One month's bodies as stored: `[[id, paragraphs], …]`, deflated. */
export async function packBodies(bodies: readonly ReleaseBody[]): Promise<Uint8Array> {
  const json = JSON.stringify(bodies.map((body) => [body.id, body.body]))
  return through(new TextEncoder().encode(json), new CompressionStream(FORMAT))
}

function isBodyEntry(entry: unknown): entry is [string, string[]] {
  return Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && Array.isArray(entry[1]) && entry[1].every((paragraph) => typeof paragraph === 'string')
}

/**
 * The bodies of a packed month. A row that does not inflate or has another
 * shape (a bug, or a disk error) throws: callers show the release without its
 * text rather than wrong text, and the next content update rewrites the month.
 */
export async function unpackBodies(packed: Uint8Array): Promise<ReleaseBody[]> {
  const entries: unknown = JSON.parse(new TextDecoder().decode(await through(packed, new DecompressionStream(FORMAT))))
  if (!Array.isArray(entries) || !entries.every(isBodyEntry)) throw new Error('A stored month of release bodies has an unknown shape.')
  return entries.map(([id, body]) => ({ id, body }))
}

/** Release ids start with their ISO date (`YYYY-MM-DD-…`), so the id names its month. */
export function monthOfRelease(id: string): string {
  return id.slice(0, 7)
}
