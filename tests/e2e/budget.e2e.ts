import { describe, expect, it } from 'vitest'
import { firstRouteJavaScript } from '../../bench/browser'

/** Deterministic budget on the production build (sizes, not timings): the first route's JavaScript. */
describe('bundle budget', () => {
  it('loads at most 110 KiB of gzip JavaScript on the first route, and lazy-loads the other pages', () => {
    const firstRoute = firstRouteJavaScript()
    expect(firstRoute.files.length).toBeGreaterThan(0)
    expect(firstRoute.gzipBytes).toBeLessThanOrEqual(110 * 1024)
    expect(firstRoute.files.some((file) => /ReleaseView|CountryView/.test(file))).toBe(false)
  })
})
