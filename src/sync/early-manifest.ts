/**
 * The first check of a visit starts with the manifest. The sync worker asks for
 * it the moment it starts, while the page is still mounting and reading its
 * settings, so on a first visit the menus and newest releases arrive one round
 * trip sooner. The early answer is used once, by the first manifest request,
 * and only while fresh; if it failed, that request goes to the network as usual.
 */
import type { FetchLike } from './pack-source'

/** Long enough for the page to mount, short enough that a later check never reads an old manifest. */
export const EARLY_MANIFEST_MAX_AGE_MS = 10_000

export function withEarlyManifest(fetchLike: FetchLike, manifestUrl: string, now: () => number = () => Date.now()): FetchLike {
  const askedAt = now()
  let early: Promise<Response> | null = fetchLike(manifestUrl, { cache: 'no-cache' })
  // Nobody may ever take it (content removed, no check): a failure then is not an error.
  early.catch(() => undefined)
  return (url, init) => {
    const taken = early
    early = null
    if (taken && url === manifestUrl && init.cache === 'no-cache' && now() - askedAt <= EARLY_MANIFEST_MAX_AGE_MS) {
      return taken.catch(() => fetchLike(url, init))
    }
    return fetchLike(url, init)
  }
}
