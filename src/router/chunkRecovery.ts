/**
 * An old tab after a new deploy: the page's code names route chunks (hashed
 * file names) that the new deploy removed, so opening a page fails to import
 * its chunk. One reload to the page the reader asked for brings the new
 * deploy's code; a marker in sessionStorage (this tab only, with the time)
 * keeps that to one reload, never a loop. When the page still fails to load
 * soon after such a reload (or the browser is offline, where a reload would
 * show the browser's error page), `giveUp` is called so the app can say so
 * instead of showing a blank page.
 *
 * Chunks loaded outside navigation (the lists' code under a release, the
 * search worker's client…) report their failure through Vite's
 * `vite:preloadError` event: the same one reload, to the page the reader is on.
 * During a navigation the event is left to the router's error, which names the
 * page asked for.
 */
import type { Router } from 'vue-router'

const MARKER_KEY = 'field-reader:chunk-reload'
/** A reload this recent that failed again is not tried a second time. */
const RELOAD_WINDOW_MS = 60_000

/** The messages of a failed dynamic import or of Vite's preload of a chunk's CSS and imports, in Chromium, Firefox and Safari. */
const CHUNK_LOAD_FAILURE = /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|Failed to load module script/i

export function isChunkLoadFailure(error: unknown): boolean {
  return error instanceof Error && CHUNK_LOAD_FAILURE.test(error.message)
}

interface ReloadMarker {
  url: string
  at: number
}

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

function readMarker(): ReloadMarker | null {
  try {
    const parsed: unknown = JSON.parse(sessionStore()?.getItem(MARKER_KEY) ?? 'null')
    if (typeof parsed !== 'object' || parsed === null || !('url' in parsed) || !('at' in parsed)) return null
    return typeof parsed.url === 'string' && typeof parsed.at === 'number' ? { url: parsed.url, at: parsed.at } : null
  } catch {
    return null
  }
}

function writeMarker(marker: ReloadMarker | null): boolean {
  try {
    const store = sessionStore()
    if (!store) return false
    if (marker) store.setItem(MARKER_KEY, JSON.stringify(marker))
    else store.removeItem(MARKER_KEY)
    return true
  } catch {
    return false
  }
}

export interface ChunkRecoveryOptions {
  /** Called with the page's URL when it cannot be loaded even after the one reload. */
  giveUp(url: string): void
  /** Called once a page has loaded again after `giveUp`. */
  recovered(): void
  /** Loads `url` afresh; `location.assign` by default. */
  reload?: (url: string) => void
  now?: () => number
  online?: () => boolean
}

/** Installs the recovery on `router`; returns its removal. */
export function installChunkRecovery(router: Router, options: ChunkRecoveryOptions): () => void {
  const reload = options.reload ?? ((url: string) => window.location.assign(url))
  const now = options.now ?? Date.now
  const online = options.online ?? (() => navigator.onLine !== false)
  let navigating = false
  const recover = (url: string) => {
    const marker = readMarker()
    const reloadedJustNow = marker !== null && marker.url === url && now() - marker.at < RELOAD_WINDOW_MS
    // Without sessionStorage there is no way to tell a loop from a first try: no reload then.
    if (reloadedJustNow || !online() || !writeMarker({ url, at: now() })) options.giveUp(url)
    else reload(url)
  }
  const removeBeforeEach = router.beforeEach(() => {
    navigating = true
  })
  const removeOnError = router.onError((error: unknown, to) => {
    navigating = false
    if (isChunkLoadFailure(error)) recover(router.resolve(to).href)
  })
  const removeAfterEach = router.afterEach((_to, _from, failure) => {
    navigating = false
    if (failure) return
    if (readMarker()) writeMarker(null)
    options.recovered()
  })
  const onPreloadError = (event: Event) => {
    const error: unknown = 'payload' in event ? event.payload : null
    if (!navigating && isChunkLoadFailure(error)) recover(router.resolve(router.currentRoute.value).href)
  }
  window.addEventListener('vite:preloadError', onPreloadError)
  return () => {
    removeBeforeEach()
    removeOnError()
    removeAfterEach()
    window.removeEventListener('vite:preloadError', onPreloadError)
  }
}
