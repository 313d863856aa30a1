/** Text helpers shared by parsing, linking and (later) search. */

const COMBINING_MARKS = /[\u0300-\u036f]/g

/** Letters that do not decompose under NFD but readers type without their mark. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  '’': "'",
  '–': '-',
  '—': '-',
}
const EXTRA_FOLD_PATTERN = new RegExp(`[${Object.keys(EXTRA_FOLDS).join('')}]`, 'g')

/** Every character below U+0080: nothing to decompose or fold beyond lower case. */
const ASCII_ONLY = /^[\u0000-\u007f]*$/

/** Lower case, without diacritics, with typographic quotes and dashes made plain. */
export function fold(text: string): string {
  // Most names are plain ASCII; NFD on them is pure cost, and folding runs for every name of every menu version.
  if (ASCII_ONLY.test(text)) return text.toLowerCase()
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(EXTRA_FOLD_PATTERN, (ch) => EXTRA_FOLDS[ch] ?? ch)
}

/** Folded and with runs of white space collapsed: the key names are compared by. */
export function nameKey(text: string): string {
  const folded = fold(text)
  // Replacing every single space by itself still copies the string: only collapse when there is something to collapse.
  return (UNUSUAL_SPACE.test(folded) ? folded.replace(/\s+/g, ' ') : folded).trim()
}

/** Two white-space characters in a row, or one that is not a plain space. */
const UNUSUAL_SPACE = /\s{2,}|[^\S ]/

/** `Cyber/ICT Security` → `cyber-ict-security`; at most `maxLength` characters, cut at a word. */
export function slugify(text: string, maxLength = 80): string {
  const slug = fold(text)
    .replace(/&/g, ' and ')
    .replace(/['"]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/, '')
}

const SMALL_WORDS = new Set(['and', 'of', 'on', 'the', 'de', 'upon', 'am', 'an', 'der'])

/** `ULAANBAATAR` → `Ulaanbaatar`, `NEW YORK` → `New York`, `JALAL-ABAD` → `Jalal-Abad`. */
export function properCase(text: string): string {
  return text
    .toLowerCase()
    .split(/(\s+|-|\/)/)
    .map((word, index) => {
      if (index > 0 && SMALL_WORDS.has(word)) return word
      return word.charAt(0).toUpperCase() + word.slice(1)
    })
    .join('')
}

/** Word tokens (letters and digits), in order: the unit country names are matched in. */
export function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? []
}
