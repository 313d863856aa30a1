/**
 * Slugs for the ids the build gives menu nodes and releases. Build-time only:
 * the transliteration tables weigh about 190 KB, and the app never needs them
 * (ids arrive in the pack), so this stays out of text.ts, which the app imports.
 */
import { transliterate } from 'transliteration'
import { slugify } from './text'

/** Letters of Latin and its extensions (up to U+024F) decide nothing here: a quick test before the script regex. */
const BEYOND_LATIN_EXTENDED = /[^\u0000-\u024f]/
/** A run of letters outside the Latin script (Cyrillic, Greek, Georgian, Armenian, CJK…), with their combining marks. */
const NON_LATIN_RUN = /(?:(?!\p{Script=Latin})\p{L}\p{M}*)+/gu
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u

export function hasNonLatinLetters(text: string): boolean {
  return BEYOND_LATIN_EXTENDED.test(text) && NON_LATIN_LETTER.test(text)
}

/**
 * `Миссия в Молдове` → `missiya-v-moldove`. Latin-script text gives exactly
 * `slugify`'s slug, so ids of existing Latin titles and labels never change;
 * only runs of other scripts are transliterated, as words of their own.
 * May still be empty (a title of symbols, or a script the tables lack).
 */
export function idSlug(text: string, maxLength = 80): string {
  if (!hasNonLatinLetters(text)) return slugify(text, maxLength)
  return slugify(text.replace(NON_LATIN_RUN, (run) => ` ${transliterate(run)} `), maxLength)
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable and dependency-free. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}
