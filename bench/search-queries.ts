/**
 * A fixed list of realistic search-box queries over the release sample, shared
 * by the search bench and (later) the app's search tests and browser bench, so
 * every measurement and every check speaks about the same inputs.
 *
 * Each query carries `expect`: folded substrings (see `fold` in
 * src/content/text.ts) that a relevant release's text contains. A sanity check
 * can then ask whether the top results are about the query without knowing
 * which engine produced them. For typos and prefixes `expect` names the word
 * the reader meant, not what they typed.
 */

export type SearchQueryKind =
  /** One whole word. */
  | 'word'
  /** Two or three whole words, matched as AND. */
  | 'words'
  /** The reader is still typing: the last word is a prefix. */
  | 'prefix'
  /** One letter wrong, missing, extra or swapped. */
  | 'typo'
  /** A place, person or organization name. */
  | 'name'
  /** A multi-word phrase as it appears in releases (engines treat it as AND). */
  | 'phrase'
  /** Typed with or without diacritics; both should find the same releases. */
  | 'diacritics'
  /** Two edits, a first-letter slip or a doubled letter (the shipped engine only: AUTO fuzziness). */
  | 'typo2'
  /** Search syntax: a quoted phrase or an excluded word (the shipped engine only). */
  | 'syntax'
  /** Typed in Cyrillic (the shipped engine only). */
  | 'cyrillic'

export interface SearchQuery {
  text: string
  kind: SearchQueryKind
  /** Folded substrings every relevant release contains (all of them). */
  expect: readonly string[]
}

export const SEARCH_QUERIES: readonly SearchQuery[] = [
  // One word: common, mid-frequency and rare terms, so postings of every length are timed.
  { text: 'election', kind: 'word', expect: ['election'] },
  { text: 'ammunition', kind: 'word', expect: ['ammunition'] },
  { text: 'trafficking', kind: 'word', expect: ['trafficking'] },
  { text: 'journalists', kind: 'word', expect: ['journalist'] },
  { text: 'ombudsperson', kind: 'word', expect: ['ombudsperson'] },
  { text: 'cyber', kind: 'word', expect: ['cyber'] },
  { text: 'OSCE', kind: 'word', expect: ['osce'] },
  { text: 'police', kind: 'word', expect: ['police'] },
  { text: 'migration', kind: 'word', expect: ['migra'] },
  { text: 'Roma', kind: 'word', expect: ['roma'] },
  // Several words.
  { text: 'border guards', kind: 'words', expect: ['border', 'guard'] },
  { text: 'hate crime', kind: 'words', expect: ['hate', 'crime'] },
  { text: 'election observation mission', kind: 'words', expect: ['election', 'observation', 'mission'] },
  { text: 'women police', kind: 'words', expect: ['women', 'police'] },
  { text: 'water co-operation', kind: 'words', expect: ['water', 'co-operation'] },
  { text: 'moldova mission', kind: 'words', expect: ['moldova', 'mission'] },
  { text: 'youth security', kind: 'words', expect: ['youth', 'security'] },
  { text: 'legal aid', kind: 'words', expect: ['legal', 'aid'] },
  // Prefixes, as the box sees them while the reader types.
  { text: 'bord', kind: 'prefix', expect: ['bord'] },
  { text: 'elect', kind: 'prefix', expect: ['elect'] },
  { text: 'traff', kind: 'prefix', expect: ['traff'] },
  { text: 'ammun', kind: 'prefix', expect: ['ammun'] },
  { text: 'journ', kind: 'prefix', expect: ['journ'] },
  { text: 'media fre', kind: 'prefix', expect: ['media', 'fre'] },
  { text: 'border man', kind: 'prefix', expect: ['border', 'man'] },
  { text: 'hate cr', kind: 'prefix', expect: ['hate', 'cr'] },
  { text: 'ulaan', kind: 'prefix', expect: ['ulaan'] },
  { text: 'bi', kind: 'prefix', expect: ['bi'] },
  // Typos: the word meant is in `expect`.
  { text: 'elecion', kind: 'typo', expect: ['election'] },
  { text: 'trafficing', kind: 'typo', expect: ['trafficking'] },
  { text: 'ammunitoin', kind: 'typo', expect: ['ammunition'] },
  { text: 'jornalists', kind: 'typo', expect: ['journalist'] },
  { text: 'corruptoin', kind: 'typo', expect: ['corruption'] },
  { text: 'terorism', kind: 'typo', expect: ['terrorism'] },
  { text: 'moldava', kind: 'typo', expect: ['moldova'] },
  { text: 'bishek', kind: 'typo', expect: ['bishkek'] },
  // Names: places, people, institutions.
  { text: 'moldova', kind: 'name', expect: ['moldova'] },
  { text: 'ulaanbaatar', kind: 'name', expect: ['ulaanbaatar'] },
  { text: 'Bishkek', kind: 'name', expect: ['bishkek'] },
  { text: 'Skopje', kind: 'name', expect: ['skopje'] },
  { text: 'Tbilisi', kind: 'name', expect: ['tbilisi'] },
  { text: 'Vienna', kind: 'name', expect: ['vienna'] },
  { text: 'ODIHR', kind: 'name', expect: ['odihr'] },
  { text: 'Petrova', kind: 'name', expect: ['petrova'] },
  { text: 'Hovhannisyan', kind: 'name', expect: ['hovhannisyan'] },
  { text: 'High Commissioner on National Minorities', kind: 'name', expect: ['high', 'commissioner', 'national', 'minorities'] },
  // Phrases as they occur in releases.
  { text: 'border management', kind: 'phrase', expect: ['border', 'management'] },
  { text: 'freedom of peaceful assembly', kind: 'phrase', expect: ['freedom', 'peaceful', 'assembly'] },
  { text: 'small arms and light weapons', kind: 'phrase', expect: ['small', 'arms', 'light', 'weapons'] },
  { text: 'safety of journalists', kind: 'phrase', expect: ['safety', 'journalist'] },
  { text: 'national referral mechanism', kind: 'phrase', expect: ['national', 'referral', 'mechanism'] },
  { text: 'anti-money laundering', kind: 'phrase', expect: ['money', 'laundering'] },
  // Diacritics: typed plain and with marks; both forms must find the same releases.
  { text: 'chisinau', kind: 'diacritics', expect: ['chisinau'] },
  { text: 'Chişinău', kind: 'diacritics', expect: ['chisinau'] },
  { text: 'Chișinău', kind: 'diacritics', expect: ['chisinau'] },
  { text: 'Müller', kind: 'diacritics', expect: ['muller'] },
  { text: 'muller', kind: 'diacritics', expect: ['muller'] },
  { text: 'Jovanović', kind: 'diacritics', expect: ['jovanovic'] },
  { text: 'lodz', kind: 'diacritics', expect: ['lodz'] },
  { text: 'Łódź', kind: 'diacritics', expect: ['lodz'] },
]

/**
 * Queries only the shipped engine understands: two-edit and first-letter typos,
 * quoted phrases, exclusions and Cyrillic. The library candidates would read
 * quotes and minus signs as plain words, so they are timed on SEARCH_QUERIES only.
 */
export const FORGIVING_QUERIES: readonly SearchQuery[] = [
  { text: 'radicalisaton', kind: 'typo2', expect: ['radicaliz'] },
  { text: 'ulanbator', kind: 'typo2', expect: ['ulaanbaatar'] },
  { text: 'ilaanbaatar', kind: 'typo2', expect: ['ulaanbaatar'] },
  { text: 'kyrgystan', kind: 'typo2', expect: ['kyrgyz'] },
  { text: 'juman rights', kind: 'typo2', expect: ['human', 'rights'] },
  { text: 'moldva', kind: 'typo2', expect: ['moldova'] },
  { text: 'tarfficking', kind: 'typo2', expect: ['trafficking'] },
  { text: 'comissioner', kind: 'typo2', expect: ['commissioner'] },
  { text: '"border management"', kind: 'syntax', expect: ['border management'] },
  { text: '"human rights" education', kind: 'syntax', expect: ['human rights', 'education'] },
  { text: '"the OSCE"', kind: 'syntax', expect: ['the osce'] },
  { text: 'election -observation', kind: 'syntax', expect: ['election'] },
  { text: 'police -"human rights"', kind: 'syntax', expect: ['police'] },
  { text: 'Бишкек', kind: 'cyrillic', expect: ['bishkek'] },
  { text: 'Молдова', kind: 'cyrillic', expect: ['moldova'] },
  { text: 'Кыргызстан', kind: 'cyrillic', expect: ['kyrgyz'] },
  { text: 'выборы Молдова', kind: 'cyrillic', expect: ['moldova'] },
]
