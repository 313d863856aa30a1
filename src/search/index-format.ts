/**
 * The stored form of a search index: one ArrayBuffer of typed sections, so that
 * IndexedDB stores it as is (no JSON) and opening it is a few views plus one
 * TextDecoder pass over the term list, never a parse of the postings.
 *
 * Layout:
 *   header   Uint32 × (3 + 2 × sections): MAGIC, ENGINE_VERSION (engine-version.ts:
 *            a hash of FORMAT_VERSION, the section names and the text rules), section
 *            count, then (byte offset, byte length) for each section in `SECTION_NAMES` order
 *   sections each starting on a multiple of 4 bytes, so Uint16/Uint32 views need no copy
 *
 * Typed arrays use the platform's byte order. Every browser and Node we run on
 * is little-endian; a big-endian reader would see a wrong MAGIC and refuse the
 * buffer rather than misread it.
 */

const MAGIC = 0x4f535249 // "OSRI": OSCE search index
/** Bump when the layout or the meaning of any section changes; it feeds ENGINE_VERSION, so old buffers are rebuilt. */
export const FORMAT_VERSION = 2

/**
 * Sections in stored order. Per-document arrays are indexed by document number
 * (date desc, then id). `Section` and `SECTION_COUNT` are derived from this list.
 */
export const SECTION_NAMES = [
  /** Uint32 per document: date as yyyymmdd, for date order and the year facet. */
  'dates',
  /** Uint16 per document: word count (capped), for BM25 length normalisation. */
  'lengths',
  /** Uint16 per document: index into `typeNames`. */
  'types',
  /** Uint8 per document: how many field values it has; the values follow in `fieldValues`, in document order. */
  'fieldCounts',
  /** Uint16 per value: index into `fieldNames` (so at most MAX_DICTIONARY_SIZE distinct values). */
  'fieldValues',
  'countryCounts',
  'countryValues',
  'structureCounts',
  'structureValues',
  /** UTF-8, "\n"-joined: release ids (slugs never hold a newline). */
  'ids',
  /** UTF-8, "\n"-joined dictionaries of facet values (type slugs, field/country/structure node ids). */
  'typeNames',
  'fieldNames',
  'countryNames',
  'structureNames',
  /**
   * The sorted term list, front-coded: UTF-8, "\n"-joined, each term without the
   * start it shares with the term before it. Sorted (code-unit order) terms share
   * long starts, so this roughly halves the dictionary, the largest part of a small index.
   */
  'terms',
  /**
   * Varints per term: how many UTF-16 code units it shares with the term before
   * it, the byte length of its postings, then the byte length of its positions.
   * Opening rebuilds the terms and both offset tables from these in one pass.
   */
  'termMeta',
  /** Per term: varint document frequency, then (varint document delta, varint weight) pairs. */
  'postings',
  /**
   * Per term, one block per posting in the same order: the word positions of the
   * term in that document, each a varint of (gap from the previous one << 1 | 1
   * if another follows). Read only for phrases, so plain queries never touch it.
   */
  'positions',
] as const

export type SectionName = (typeof SECTION_NAMES)[number]
export const Section = Object.fromEntries(SECTION_NAMES.map((name, index) => [name, index])) as { readonly [Name in SectionName]: number }
export const SECTION_COUNT = SECTION_NAMES.length

/** Dictionary numbers of facet values are stored as Uint16. */
export const MAX_DICTIONARY_SIZE = 0xffff + 1

/** A growable byte buffer with LEB128 varints: far faster than pushing to a number[] for millions of postings. */
export class ByteWriter {
  private bytes: Uint8Array
  length = 0

  constructor(initialSize = 1 << 16) {
    this.bytes = new Uint8Array(initialSize)
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return
    let size = this.bytes.length * 2
    while (size < this.length + extra) size *= 2
    const grown = new Uint8Array(size)
    grown.set(this.bytes.subarray(0, this.length))
    this.bytes = grown
  }

  varint(value: number): void {
    this.reserve(5)
    let rest = value
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80
      rest = Math.floor(rest / 128)
    }
    this.bytes[this.length++] = rest
  }

  /** Appends bytes as they are (encoded elsewhere). */
  append(source: Uint8Array): void {
    this.reserve(source.length)
    this.bytes.set(source, this.length)
    this.length += source.length
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.length)
  }
}

/** Reads one varint at `state.at` and advances it. */
export function readVarint(bytes: Uint8Array, state: { at: number }): number {
  let value = 0
  let shift = 1
  for (;;) {
    const byte = bytes[state.at++] ?? 0
    value += (byte & 0x7f) * shift
    if (byte < 0x80) return value
    shift *= 128
  }
}

function aligned(offset: number): number {
  return (offset + 3) & ~3
}

/** Lays `sections` (in `Section` order) out after the header, stamped with the engine version that wrote them. */
export function writeSections(sections: readonly ArrayBufferView[], engineVersion: number): ArrayBuffer {
  if (sections.length !== SECTION_COUNT) throw new Error(`writeSections: expected ${SECTION_COUNT} sections, got ${sections.length}.`)
  const headerWords = 3 + 2 * sections.length
  let offset = headerWords * 4
  const placed = sections.map((section) => {
    const start = aligned(offset)
    offset = start + section.byteLength
    return start
  })
  const buffer = new ArrayBuffer(aligned(offset))
  const header = new Uint32Array(buffer, 0, headerWords)
  header[0] = MAGIC
  header[1] = engineVersion
  header[2] = sections.length
  const target = new Uint8Array(buffer)
  for (const [index, section] of sections.entries()) {
    const start = placed[index] ?? 0
    header[3 + 2 * index] = start
    header[4 + 2 * index] = section.byteLength
    target.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), start)
  }
  return buffer
}

/** The engine version a stored index was written by, or null for a buffer that is not a search index. */
export function storedEngineVersion(buffer: ArrayBuffer): number | null {
  if (buffer.byteLength < 12) return null
  const [magic, version] = new Uint32Array(buffer, 0, 2)
  return magic === MAGIC ? (version ?? null) : null
}

/** The sections of a stored index as byte views (no copy); throws on a buffer that is not one, or one of another engine version. */
export function readSections(buffer: ArrayBuffer, engineVersion: number): Uint8Array[] {
  if (buffer.byteLength < 12) throw new Error('Search index: buffer too short.')
  const [magic, version, count = 0] = new Uint32Array(buffer, 0, 3)
  if (magic !== MAGIC) throw new Error('Search index: not a search index buffer.')
  if (version !== engineVersion) throw new Error(`Search index: engine version ${version ?? '?'} is not ${engineVersion}; rebuild it.`)
  if (count !== SECTION_COUNT || buffer.byteLength < (3 + 2 * count) * 4) throw new Error('Search index: wrong section table.')
  const header = new Uint32Array(buffer, 0, 3 + 2 * count)
  const sections: Uint8Array[] = []
  for (let index = 0; index < count; index++) {
    const start = header[3 + 2 * index] ?? 0
    const length = header[4 + 2 * index] ?? 0
    if (start % 4 !== 0 || start + length > buffer.byteLength) throw new Error('Search index: section out of bounds.')
    sections.push(new Uint8Array(buffer, start, length))
  }
  return sections
}

/** A Uint16 or Uint32 view over a section's bytes (sections are 4-aligned, so this never copies). */
export function uint16View(bytes: Uint8Array): Uint16Array {
  return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 1)
}
export function uint32View(bytes: Uint8Array): Uint32Array {
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2)
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export function encodeLines(lines: readonly string[]): Uint8Array {
  return encoder.encode(lines.join('\n'))
}

export function decodeLines(bytes: Uint8Array): string[] {
  return bytes.byteLength === 0 ? [] : decoder.decode(bytes).split('\n')
}
