/**
 * Reopening the app where the reader left it. A phone closes apps in the
 * background without warning, and an installed app then starts again at its
 * start URL, the home page. So where the reader was (page, scroll position, how
 * far its lists were expanded) is kept whenever the app is hidden, and an app
 * launched afresh from its icon opens there instead of the home page. A browser
 * tab needs none of this: the browser restores its URL, history and scroll.
 */
import { START_LOCATION, type Router } from 'vue-router'
import { readSetting, writeSetting, type ResumePoint } from '@/db/settings'
import { currentHistoryEntry, listLengthsOf, rememberListLength } from '@/router/listMemory'
import { PATHS } from '@/router/paths'
import { whenScrollableTo } from '@/router/scrollWhenReady'

/** What tells a fresh launch of the installed app from a reload, a link or a browser tab. */
export interface LaunchInfo {
  /** Shown as an app (standalone), not in a browser tab. */
  standalone: boolean
  /** How this document was loaded: `navigate` for a launch, `reload`, `back_forward`… */
  navigationType: string | undefined
}

export function currentLaunch(): LaunchInfo {
  const entry = performance.getEntriesByType('navigation')[0]
  return {
    standalone: window.matchMedia('(display-mode: standalone), (display-mode: fullscreen), (display-mode: minimal-ui)').matches,
    navigationType: entry && 'type' in entry && typeof entry.type === 'string' ? entry.type : undefined,
  }
}

const isFreshLaunch = (launch: LaunchInfo) => launch.standalone && launch.navigationType === 'navigate'

/** Where the reader is now, with the current history entry's expanded lists. */
export function resumePointOf(router: Router): ResumePoint {
  return { path: router.currentRoute.value.fullPath, scrollTop: Math.round(window.scrollY), lists: listLengthsOf(currentHistoryEntry()) }
}

/**
 * Keeps the reader's place each time the app is hidden (the last moment an app is sure to get before the system
 * may close it), and on a fresh launch at the home page sends the first navigation there instead. Returns a stop.
 */
export function installResumePoint(router: Router, launch: LaunchInfo = currentLaunch()): () => void {
  const keep = () => {
    if (document.visibilityState === 'hidden') void writeSetting('lastLocation', resumePointOf(router)).catch(() => undefined)
  }
  document.addEventListener('visibilitychange', keep)
  let pendingScroll: number | null = null
  const stopGuard = router.beforeEach(async (to, from) => {
    if (from !== START_LOCATION || to.fullPath !== PATHS.home || !isFreshLaunch(launch)) return true
    const point = await readSetting('lastLocation').catch(() => null)
    if (!point || point.path === PATHS.home) return true
    // The redirect replaces the launch's history entry: the lists are remembered for that entry at the new path.
    const entry = { position: currentHistoryEntry().position, path: point.path }
    for (const [list, length] of Object.entries(point.lists)) rememberListLength(list, length, entry)
    pendingScroll = point.scrollTop
    return point.path
  })
  const stopScroll = router.afterEach((_to, _from, failure) => {
    const top = pendingScroll
    pendingScroll = null
    if (failure || top === null || top === 0) return
    void whenScrollableTo(top).then(() => window.scrollTo({ top }))
  })
  return () => {
    document.removeEventListener('visibilitychange', keep)
    stopGuard()
    stopScroll()
  }
}
