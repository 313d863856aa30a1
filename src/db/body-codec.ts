/**
 * How release bodies are kept on the device: the paragraphs as JSON, compressed
 * with deflate-raw. Bodies are most of the content's bytes and are only read one
 * release at a time (or in batches by the search worker), so compressing them
 * roughly halves the origin's storage for a cost of well under a millisecond per
 * opened release. Rows written before compression (`body`) stay readable.
 */

export type StoredBody = { id: string; packed: Uint8Array<ArrayBuffer> } | { id: string; body: string[] }

async function pipe(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(transform)
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

export async function packBody(id: string, body: readonly string[]): Promise<StoredBody> {
  return { id, packed: await pipe(new TextEncoder().encode(JSON.stringify(body)), new CompressionStream('deflate-raw')) }
}

/** The paragraphs of a stored body; a row that cannot be read gives no paragraphs rather than breaking the page. */
export async function unpackBody(stored: StoredBody | undefined): Promise<string[]> {
  if (!stored) return []
  if ('body' in stored) return stored.body
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(await pipe(stored.packed, new DecompressionStream('deflate-raw'))))
    return Array.isArray(parsed) ? parsed.filter((paragraph): paragraph is string => typeof paragraph === 'string') : []
  } catch {
    return []
  }
}
