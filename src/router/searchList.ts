/** A search's results as a list of releases with Previous and Next (see releaseList.ts), named by the search's own URL query. */
import type { SearchRequest } from '@/search/types'
import { SEARCH_LIST, type ReleaseList } from './releaseList'
import type { ListName } from './releaseLocation'
import { isBlank, parseSearchQuery, RESULT_STEP, searchKey } from './searchQuery'

/** The results of a search as a list for its releases' Previous and Next: the whole result, whatever window is shown. */
export function searchList(request: SearchRequest): ListName {
  return `${SEARCH_LIST}:${searchKey({ ...request, limit: RESULT_STEP })}` as ListName
}

/** The search a search list names, or null for one that asks for nothing (a hand-edited URL). */
export function searchOfList(list: Extract<ReleaseList, { kind: 'search' }>): SearchRequest | null {
  const request = parseSearchQuery(Object.fromEntries(new URLSearchParams(list.query)))
  return isBlank(request) ? null : request
}
