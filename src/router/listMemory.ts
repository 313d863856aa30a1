/**
 * How far each release list was expanded with "Show more", per entry of the
 * tab's history: going back to a list shows as many rows as the reader had
 * opened, so the restored scroll position lands on the same row. Kept in
 * sessionStorage, which lasts as long as the tab's history (a reload included),
 * and checked when read back, since anything may have written there. (A
 * hand-written check: valibot for this one shape cost the first route 2.4 kB gzip.)
 */

const STORAGE_KEY = 'field-reader:list-lengths'
/** Entries kept: far more than a tab's history holds in practice, so the oldest can go. */
const ENTRIES_KEPT = 200

const isLength = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1

/** One entry of the tab's history: its place in the stack (vue-router keeps it in `history.state`) and its path. */
export interface HistoryEntry {
  position: number | null
  path: string
}

export function currentHistoryEntry(): HistoryEntry {
  const state: unknown = window.history.state
  const position = typeof state === 'object' && state !== null && 'position' in state && typeof state.position === 'number' ? state.position : null
  return { position, path: window.location.pathname + window.location.search }
}

const keyOf = (entry: HistoryEntry, list: string) => `${entry.position ?? ''}|${entry.path}|${list}`

function storage(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    // Site data blocked: lists start at their first page, as they did before this memory existed.
    return null
  }
}

/** The remembered lengths, oldest first. */
function readLengths(): Map<string, number> {
  const raw = storage()?.getItem(STORAGE_KEY)
  if (!raw) return new Map()
  try {
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return new Map()
    const lengths = new Map<string, number>()
    for (const [key, length] of Object.entries(parsed)) {
      // One bad value means someone else's data: none of it is trusted.
      if (!isLength(length)) return new Map()
      lengths.set(key, length)
    }
    return lengths
  } catch {
    return new Map()
  }
}

function writeLengths(lengths: Map<string, number>): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries([...lengths].slice(-ENTRIES_KEPT))))
  } catch {
    // Full or blocked storage: the list simply starts short next time.
  }
}

/** How many rows of `list` were shown in this history entry, if it was expanded. */
export function rememberedListLength(list: string, entry = currentHistoryEntry()): number | null {
  return readLengths().get(keyOf(entry, list)) ?? null
}

/** Remembers how many rows of `list` are shown in this history entry. */
export function rememberListLength(list: string, length: number, entry = currentHistoryEntry()): void {
  const lengths = readLengths()
  const key = keyOf(entry, list)
  // Re-inserted so that the newest entries are the ones kept.
  lengths.delete(key)
  lengths.set(key, length)
  writeLengths(lengths)
}

/** Every expanded list of one history entry, `list → rows shown` (for reopening the app where it was). */
export function listLengthsOf(entry: HistoryEntry): Record<string, number> {
  const prefix = keyOf(entry, '')
  return Object.fromEntries(
    [...readLengths()]
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, length]) => [key.slice(prefix.length), length]),
  )
}
