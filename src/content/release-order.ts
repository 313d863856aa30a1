/**
 * The one order of releases: newest first, then by id. The pack's shards and the
 * search index both use it, so a release list reads the same everywhere.
 */
import type { Release } from './types'

/** Comparator for `sort`. Code-unit order, not locale order: the result must not depend on the machine. */
export function newestFirst(a: Pick<Release, 'date' | 'id'>, b: Pick<Release, 'date' | 'id'>): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
