/**
 * What a stored index depends on, and the engine version derived from it.
 *
 * An index built by one version of the rules answers wrongly under another: a
 * new spelling rule or a change to `fold` makes queries produce terms the old
 * index never stored. So the version is not a number someone must remember to
 * bump: it is a hash of the layout (FORMAT_VERSION and the section names), the
 * text rules (their tables and what `fold` makes of a probe text) and the
 * indexing constants below. Any change to those changes ENGINE_VERSION, which
 * is written into the header of every index; the worker rebuilds an index whose
 * header carries another version (worker-core.ts).
 */
import { FORMAT_VERSION, SECTION_NAMES } from './index-format'
import { textRulesFingerprint } from './text'

/** The constants the builder bakes into the stored index. */
export const INDEX_RULES = {
  /** Field-weighted term frequency: a title word counts three times a body word. */
  fieldWeights: { title: 3, place: 2, sources: 2, body: 1 },
  /** Extra word positions between fields and paragraphs, so a phrase never runs across two of them. */
  fieldGap: 1,
  /** Facet values stored per document and dimension: counts are stored in one byte. */
  maxValuesPerDocument: 255,
} as const

/** 32-bit FNV-1a over UTF-16 code units: small, stable, and the same in every JavaScript engine. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let at = 0; at < text.length; at++) {
    hash ^= text.charCodeAt(at)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

export const ENGINE_VERSION = fnv1a(JSON.stringify([FORMAT_VERSION, SECTION_NAMES, INDEX_RULES, textRulesFingerprint()]))
