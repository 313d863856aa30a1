import { describe, expect, it } from 'vitest'
import { needsIosInstallHint, type PlatformInfo } from '@/pwa/platform'

const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
const MAC_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'
const ANDROID_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'

const info = (overrides: Partial<PlatformInfo>): PlatformInfo => ({ userAgent: ANDROID_UA, platform: 'Linux armv8l', maxTouchPoints: 5, ...overrides })

describe('needsIosInstallHint', () => {
  it('is true in an iPhone browser tab', () => {
    expect(needsIosInstallHint(info({ userAgent: IPHONE_UA, platform: 'iPhone' }))).toBe(true)
  })

  it('is false once the app runs from the Home Screen', () => {
    expect(needsIosInstallHint(info({ userAgent: IPHONE_UA, platform: 'iPhone', standalone: true }))).toBe(false)
  })

  it('recognises an iPad that reports itself as a Mac by its touch screen', () => {
    expect(needsIosInstallHint(info({ userAgent: MAC_UA, platform: 'MacIntel', maxTouchPoints: 5 }))).toBe(true)
    expect(needsIosInstallHint(info({ userAgent: MAC_UA, platform: 'MacIntel', maxTouchPoints: 0 }))).toBe(false)
  })

  it('is false on Android, which has its own install prompt', () => {
    expect(needsIosInstallHint(info({}))).toBe(false)
  })
})
