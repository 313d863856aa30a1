/** The reader's own settings: user data, kept through every content update and schema change. */
import type { LineSpacing, TextSize, Theme } from '@/appearance/options'
import { db } from './database'

/** A place in the app to come back to: the page, how far it was scrolled, and how far its lists were expanded. */
export interface ResumePoint {
  /** The route's full path, query included: `/countries/mongolia`. */
  path: string
  scrollTop: number
  /** Rows shown per expanded release list of the page (src/router/listMemory.ts). */
  lists: Record<string, number>
}

export interface SettingValues {
  /** The colour theme (src/styles/themes.css); `system` follows the system's light or dark preference. */
  theme: Theme
  /** Reading text size; the values stored before there were six (normal, large, larger) keep their meaning. */
  textSize: TextSize
  /** Line spacing of all text. */
  lineSpacing: LineSpacing
  /** The iOS "Add to Home Screen" hint was dismissed. */
  iosInstallHintDismissed: boolean
  /** Persistent storage was asked for once after the first install (not again on every start). */
  persistenceRequested: boolean
  /** Keep only the releases of the last N years offline; null keeps all. */
  keepYears: number | null
  /** The reader removed all content: it is not downloaded again until they ask. */
  contentRemoved: boolean
  /** The interface language the reader chose (a code such as `ru`, checked by src/i18n); null follows the browser's languages. */
  language: string | null
  /** Opened releases are kept in History; off, nothing new is recorded. */
  historyEnabled: boolean
  /** Where the reader last was, for reopening there after the system closed the app (src/pwa/resumePoint.ts). */
  lastLocation: ResumePoint | null
  /** When the reader was last in the app (ISO): set at start and when the app is left or returned to. */
  lastActiveAt: string | null
  /** The start of "new since last visit" (ISO): when the reader was last in the app before this visit. */
  newSince: string | null
  /** The reader dismissed the new releases of content changes up to this one's time (ContentChange.at). */
  newSeenUntil: string | null
}

export const SETTING_DEFAULTS: Readonly<SettingValues> = Object.freeze({
  theme: 'system',
  textSize: 'normal',
  lineSpacing: 'normal',
  iosInstallHintDismissed: false,
  persistenceRequested: false,
  keepYears: null,
  contentRemoved: false,
  language: null,
  historyEnabled: true,
  lastLocation: null,
  lastActiveAt: null,
  newSince: null,
  newSeenUntil: null,
})

export async function readSetting<K extends keyof SettingValues>(key: K): Promise<SettingValues[K]> {
  const row = await db.settings.get(key)
  return row === undefined ? SETTING_DEFAULTS[key] : (row.value as SettingValues[K])
}

export async function writeSetting<K extends keyof SettingValues>(key: K, value: SettingValues[K]): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key, value })
  })
}
