import { beforeAll, describe, expect, it } from 'vitest'
import { createMemoryHistory, START_LOCATION } from 'vue-router'
import { createAppRouter } from '@/router'

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

  it('leaves the first load alone: the page is at the top already, and scrolling there would force a layout', () => {
    expect(scroll(country, START_LOCATION, null)).toBe(false)
  })

  it('goes to the top of a newly opened page', () => {
    expect(scroll(release, country, null)).toEqual({ top: 0 })
  })

  it('returns to where the reader was on back and forward, and on a reload', () => {
    expect(scroll(country, release, { left: 0, top: 640 })).toEqual({ left: 0, top: 640 })
    expect(scroll(country, START_LOCATION, { left: 0, top: 320 })).toEqual({ left: 0, top: 320 })
  })
})
