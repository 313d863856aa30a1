/**
 * How release bodies are kept on the device: their paragraphs, in a table of
 * their own so that lists never read them. Measured and left out for now:
 * deflating each body (fflate) saved about 2.4× on body bytes but made reading
 * all bodies for the search index about 9× slower in Chromium (1.3 ms per body),
 * and CompressionStream per body was slower still. Reading goes through
 * `unpackBody` so that a future stored form changes one module.
 */

export interface StoredBody {
  id: string
  body: string[]
}

export function packBody(id: string, body: readonly string[]): StoredBody {
  return { id, body: [...body] }
}

/** The paragraphs of a stored body; a missing or malformed row gives no paragraphs rather than breaking the page. */
export function unpackBody(stored: StoredBody | undefined): string[] {
  if (!stored || !Array.isArray(stored.body)) return []
  return stored.body.filter((paragraph) => typeof paragraph === 'string')
}
