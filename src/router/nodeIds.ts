/**
 * Ids of the menu sections and groups the app treats by name: the sections that
 * have pages of their own and the groups whose members a page lists. The ids
 * are made by the content compiler from the site's shape (src/content/data/site.ts);
 * tests/router/nodeIds.test.ts fails if one of them is no longer made.
 */
export const SECTION = {
  ourWork: 'our-work',
  countries: 'countries',
  structures: 'structures-and-institutions',
  aboutUs: 'about-us',
} as const

export const GROUP = {
  fields: 'fields-of-work',
  meetings: 'meetings-and-conferences',
  participatingStates: 'participating-states',
  asianPartners: 'asian-partners',
  mediterraneanPartners: 'mediterranean-partners',
} as const

export type SectionId = (typeof SECTION)[keyof typeof SECTION]
export type GroupId = (typeof GROUP)[keyof typeof GROUP]
