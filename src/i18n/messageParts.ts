/**
 * English, the built-in language, arrives in two parts: what the first page and
 * the app's frame need (header, menu, notices, the home page…) with the app
 * itself, and the sections of the other pages with the first of them that is
 * opened (src/i18n/index.ts, loadPageMessages), so an English first visit does not
 * download the words of Settings, Search or About. Other languages arrive whole.
 * tests/i18n/messageParts.test.ts fails if code on the first route uses a key of a later part.
 */
export const PAGE_SECTIONS: readonly string[] = [
  'about',
  'backup',
  'content',
  'count',
  'countries',
  'country',
  'field',
  'follow',
  'history',
  'meeting',
  'newReleases',
  'notFound',
  'ourWork',
  'readMark',
  'release',
  'saved',
  'search',
  'settings',
  'share',
  'storage',
  'structure',
  'update',
]

export type MessagePart = 'shell' | 'pages'

/** The top-level sections of `messages` that belong to `part`. */
export function messagePart(messages: Record<string, unknown>, part: MessagePart): Record<string, unknown> {
  return Object.fromEntries(Object.entries(messages).filter(([section]) => PAGE_SECTIONS.includes(section) === (part === 'pages')))
}
