/**
 * Browser storage evicted: the browser (under storage pressure, or a "clear
 * site data" of IndexedDB alone) deleted the database while the app was closed.
 * Content comes back by itself (the start's sync finds nothing installed and
 * installs it), but the reader's own data (saved releases, lists, history,
 * settings) cannot, so the reader is told and pointed to their backup.
 *
 * Noticed with a marker in localStorage, which such an eviction of IndexedDB
 * leaves behind: written once content is installed; a start that finds the
 * marker but no install record at all has lost its database. (A browser killed
 * half-way through an update leaves an install record: that is not eviction.)
 * The notice itself is remembered until the reader dismisses it, so a reload
 * before reading it does not lose it.
 */
const INSTALLED_KEY = 'field-reader:content-installed'
const NOTICE_KEY = 'field-reader:storage-evicted'

function local(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

function read(key: string): string | null {
  try {
    return local()?.getItem(key) ?? null
  } catch {
    return null
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) local()?.removeItem(key)
    else local()?.setItem(key, value)
  } catch {
    // Blocked or full storage: the notice is a courtesy, never a reason to fail the start.
  }
}

/** Notes that the content is installed (called whenever the install record says complete). */
export function rememberContentInstalled(now = new Date()): void {
  if (read(INSTALLED_KEY) === null) write(INSTALLED_KEY, now.toISOString())
}

/**
 * Checks on start whether the database was deleted behind the app's back; `hasInstallRecord` reads the
 * database's install record (any, complete or not). Returns whether the notice is to be shown.
 */
export async function checkStorageEviction(hasInstallRecord: () => Promise<boolean>, now = new Date()): Promise<boolean> {
  if (read(NOTICE_KEY) !== null) return true
  if (read(INSTALLED_KEY) === null) return false
  let evicted: boolean
  try {
    evicted = !(await hasInstallRecord())
  } catch {
    // A database that cannot be read at all is another fault, with its own message.
    return false
  }
  if (!evicted) return false
  write(NOTICE_KEY, now.toISOString())
  // Written again once the reinstall completes.
  write(INSTALLED_KEY, null)
  return true
}

/** The reader has read the notice. */
export function dismissStorageEvictionNotice(): void {
  write(NOTICE_KEY, null)
}
