import { createMemoryHistory, createRouter } from 'vue-router'
import { afterEach, describe, expect, it } from 'vitest'
import { installChunkRecovery, isChunkLoadFailure } from '@/router/chunkRecovery'

const MISSING = new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/CountriesView-DErj2QuG.js')
const Page = { template: '<p>page</p>' }

const stops: (() => void)[] = []

/** Vite's event for a failed lazy import (its preload helper's), with the error as `payload`. */
function preloadError(error: Error): Event {
  return Object.assign(new Event('vite:preloadError', { cancelable: true }), { payload: error })
}

/** A router whose /countries page fails to load with `error` while `failing()` holds, and what the recovery did. */
function setUp(error: Error, options: { online?: boolean; at?: () => number } = {}) {
  // One router per page, as after a reload: the previous page's is gone.
  stops.splice(0).forEach((stop) => stop())
  let failing = true
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Page },
      {
        path: '/countries',
        component: () => {
          if (!failing) return Promise.resolve(Page)
          // As Vite's preload helper does: the event first, then the error to the importer (here the router).
          window.dispatchEvent(preloadError(error))
          return Promise.reject(error)
        },
      },
    ],
  })
  const reloads: string[] = []
  const gaveUp: string[] = []
  let recoveries = 0
  const stop = installChunkRecovery(router, {
    reload: (url) => reloads.push(url),
    giveUp: (url) => gaveUp.push(url),
    recovered: () => recoveries++,
    now: options.at ?? (() => 1_000_000),
    online: () => options.online ?? true,
  })
  stops.push(stop)
  return { router, reloads, gaveUp, recoveries: () => recoveries, heal: () => (failing = false) }
}

/** Navigates, as a failed navigation leaves it: the error reaches onError, the promise rejects. */
const go = (router: ReturnType<typeof setUp>['router'], path: string) => router.push(path).catch(() => undefined)

describe('recovery from a missing page chunk', () => {
  afterEach(() => stops.splice(0).forEach((stop) => stop()))

  it('tells chunk load failures from other errors, in the words of each browser', () => {
    expect(isChunkLoadFailure(MISSING)).toBe(true)
    expect(isChunkLoadFailure(new TypeError('error loading dynamically imported module: /assets/x.js'))).toBe(true)
    expect(isChunkLoadFailure(new TypeError('Importing a module script failed.'))).toBe(true)
    expect(isChunkLoadFailure(new Error('Unable to preload CSS for /assets/x.css'))).toBe(true)
    expect(isChunkLoadFailure(new TypeError("Cannot read properties of undefined (reading 'title')"))).toBe(false)
    expect(isChunkLoadFailure('Failed to fetch dynamically imported module')).toBe(false)
  })

  it('reloads once to the page asked for, then gives up instead of looping', async () => {
    const first = setUp(MISSING)
    await go(first.router, '/countries?from=menu')
    expect(first.reloads).toEqual(['/countries?from=menu'])
    expect(first.gaveUp).toEqual([])
    // The reloaded page (a new router, the same tab's sessionStorage) fails again a few seconds later.
    const reloaded = setUp(MISSING, { at: () => 1_005_000 })
    await go(reloaded.router, '/countries?from=menu')
    expect(reloaded.reloads).toEqual([])
    expect(reloaded.gaveUp).toEqual(['/countries?from=menu'])
  })

  it('clears its marker once a page loads, so a later deploy gets its own reload', async () => {
    const first = setUp(MISSING)
    await go(first.router, '/countries')
    expect(sessionStorage.getItem('field-reader:chunk-reload')).toBe(JSON.stringify({ url: '/countries', at: 1_000_000 }))
    const reloaded = setUp(MISSING, { at: () => 1_002_000 })
    reloaded.heal()
    await go(reloaded.router, '/countries')
    expect(reloaded.router.currentRoute.value.path).toBe('/countries')
    expect(reloaded.recoveries()).toBe(1)
    expect(sessionStorage.getItem('field-reader:chunk-reload')).toBeNull()
  })

  it('reloads again for another page, or for the same one long after', async () => {
    const first = setUp(MISSING)
    await go(first.router, '/countries')
    const later = setUp(MISSING, { at: () => 1_000_000 + 61_000 })
    await go(later.router, '/countries')
    expect(later.reloads).toEqual(['/countries'])
  })

  it('offline, or for any other error, it does not reload', async () => {
    const offline = setUp(MISSING, { online: false })
    await go(offline.router, '/countries')
    expect(offline.reloads).toEqual([])
    expect(offline.gaveUp).toEqual(['/countries'])
    const bug = setUp(new TypeError("Cannot read properties of undefined (reading 'title')"))
    await go(bug.router, '/countries')
    expect(bug.reloads).toEqual([])
    expect(bug.gaveUp).toEqual([])
  })

  it('a lazy import failing outside navigation reloads the page the reader is on, once; during a navigation the router handles it', async () => {
    const { router, reloads, gaveUp } = setUp(MISSING)
    await router.push('/?q=1')
    window.dispatchEvent(preloadError(MISSING))
    expect(reloads).toEqual(['/?q=1'])
    window.dispatchEvent(preloadError(MISSING))
    expect(gaveUp).toEqual(['/?q=1'])
    window.dispatchEvent(preloadError(new Error('Something else')))
    expect(reloads).toEqual(['/?q=1'])
    expect(gaveUp).toEqual(['/?q=1'])
    // The event of a page's own chunk comes during its navigation: one reload, to that page, from the router.
    sessionStorage.clear()
    await go(router, '/countries')
    expect(reloads).toEqual(['/?q=1', '/countries'])
  })
})
