import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMemoryHistory, START_LOCATION } from 'vue-router'
import { createAppRouter } from '@/router'

/** jsdom lays nothing out: the page's height is set by hand. */
function setPageHeight(pixels: number): void {
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: pixels })
}

describe('where a navigation scrolls', () => {
  const router = createAppRouter(createMemoryHistory())
  const scroll = router.options.scrollBehavior
  if (!scroll) throw new Error('the app router has no scrollBehavior')
  let country = router.currentRoute.value
  let release = router.currentRoute.value

  beforeAll(async () => {
    await router.push('/countries/mongolia')
    country = router.currentRoute.value
    await router.push('/releases/mongolia-verlt-2017')
    release = router.currentRoute.value
  })
  afterEach(() => setPageHeight(0))

  it('leaves the first load alone: the page is at the top already, and scrolling there would force a layout', async () => {
    expect(await scroll(country, START_LOCATION, null)).toBe(false)
  })

  it('goes to the top of a newly opened page', async () => {
    expect(await scroll(release, country, null)).toEqual({ top: 0 })
  })

  it('returns to where the reader was on back and forward, and on a reload', async () => {
    setPageHeight(window.innerHeight + 2000)
    expect(await scroll(country, release, { left: 0, top: 640 })).toEqual({ left: 0, top: 640 })
    expect(await scroll(country, START_LOCATION, { left: 0, top: 320 })).toEqual({ left: 0, top: 320 })
  })

  it('waits until the page has filled in far enough to scroll back there', async () => {
    setPageHeight(window.innerHeight + 100)
    let settled = false
    const scrolled = Promise.resolve(scroll(country, release, { left: 0, top: 1500 })).then((position) => {
      settled = true
      return position
    })
    // A few frames with the page still too short: no scroll yet.
    for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve))
    expect(settled).toBe(false)
    setPageHeight(window.innerHeight + 1600)
    expect(await scrolled).toEqual({ left: 0, top: 1500 })
  })
})
