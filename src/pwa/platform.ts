/** What the iOS install hint needs to know about the browser; a parameter so tests need not fake globals. */
export type PlatformInfo = Pick<Navigator, 'userAgent' | 'platform' | 'maxTouchPoints'> & { standalone?: boolean }

/**
 * iOS and iPadOS browsers never fire `beforeinstallprompt`: installing is only
 * "Add to Home Screen" in the share sheet, so the reader has to be told.
 * iPadOS reports itself as a Mac; only its touch screen gives it away.
 */
export function needsIosInstallHint(info: PlatformInfo = navigator): boolean {
  if (info.standalone === true) return false
  if (/iPhone|iPad|iPod/.test(info.userAgent)) return true
  return info.platform === 'MacIntel' && info.maxTouchPoints > 1
}
