import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { readSetting, writeSetting } from '@/db/settings'
import { installResumePoint, type LaunchInfo } from '@/pwa/resumePoint'
import { createAppRouter } from '@/router'
import { rememberedListLength, rememberListLength } from '@/router/listMemory'
import { db } from '@/db/database'

const FRESH_APP_LAUNCH: LaunchInfo = { standalone: true, navigationType: 'navigate' }
const MONGOLIA_POINT = { path: '/countries/mongolia', scrollTop: 0, lists: { 'primaryCountries:mongolia': 40 } }

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: state })
  document.dispatchEvent(new Event('visibilitychange'))
}

async function launchAt(path: string, launch: LaunchInfo) {
  const router = createAppRouter(createMemoryHistory())
  const stop = installResumePoint(router, launch)
  await router.push(path)
  stop()
  return router.currentRoute.value.fullPath
}

describe('reopening the installed app where the reader left it', () => {
  afterEach(async () => {
    sessionStorage.clear()
    setVisibility('visible')
    await db.settings.clear()
  })

  it('opens the last page, with its lists as long as they were, on a fresh launch from the icon', async () => {
    await writeSetting('lastLocation', MONGOLIA_POINT)
    expect(await launchAt('/', FRESH_APP_LAUNCH)).toBe('/countries/mongolia')
    expect(rememberedListLength('primaryCountries:mongolia', { position: null, path: '/countries/mongolia' })).toBe(40)
  })

  it('stays on the page asked for in a browser tab, on a reload, or when a link opened another page', async () => {
    await writeSetting('lastLocation', MONGOLIA_POINT)
    expect(await launchAt('/', { standalone: false, navigationType: 'navigate' })).toBe('/')
    expect(await launchAt('/', { standalone: true, navigationType: 'reload' })).toBe('/')
    expect(await launchAt('/settings', FRESH_APP_LAUNCH)).toBe('/settings')
  })

  it('opens the home page when no place was kept yet', async () => {
    expect(await launchAt('/', FRESH_APP_LAUNCH)).toBe('/')
  })

  it('keeps the page, scroll position and expanded lists each time the app is hidden', async () => {
    const router = createAppRouter(createMemoryHistory())
    const stop = installResumePoint(router, { standalone: false, navigationType: 'navigate' })
    await router.push('/fields/elections')
    rememberListLength('fields:elections', 60)
    window.scrollY = 1234
    setVisibility('hidden')
    await expect.poll(() => readSetting('lastLocation')).toEqual({ path: '/fields/elections', scrollTop: 1234, lists: { 'fields:elections': 60 } })
    stop()
    window.scrollY = 0
  })
})
