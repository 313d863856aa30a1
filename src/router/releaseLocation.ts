/**
 * The list a release was opened from travels in the release's URL
 * (`/releases/<id>?from=country:mongolia`), so its page can offer the list's
 * previous and next release, after a reload or offline too. This module is on
 * the first route (the home page's list links with it), so it holds only the
 * link: the names are made and read in releaseList.ts and searchQuery.ts.
 */
import type { RouteLocationRaw } from 'vue-router'
import { releasePath } from './paths'

/** A list as its release URLs name it: `latest`, `country:mongolia`, `search:q=border`. Made only by the functions that check it. */
export type ListName = string & { readonly listName: unique symbol }

/** The release URL's query parameter that names the list. */
export const LIST_PARAM = 'from'

/** The home page's list: every release, newest first. */
export const LATEST_RELEASES = 'latest' as ListName

/** Where a release of a list links to: its page, naming the list when there is one. */
export function releaseLocation(id: string, list?: ListName | null): RouteLocationRaw {
  return list ? { path: releasePath(id), query: { [LIST_PARAM]: list } } : releasePath(id)
}
