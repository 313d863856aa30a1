/**
 * Content types seen in the newsroom. A type line that is one of these is never
 * warned about; others are accepted as written and warned once per type.
 * Its own module: the app imports it (facet labels), and must not pull in the
 * compiler's site data with it.
 */
export const CONTENT_TYPES: readonly string[] = [
  'Press release',
  'News',
  'Press statement',
  'Spot report',
  'Daily report',
]
