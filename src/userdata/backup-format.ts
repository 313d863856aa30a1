/**
 * The backup file: all of the reader's own data in one JSON object with a
 * format name and version. Reading one is pure (no database, no Vue), so it can
 * run anywhere; a file that is not a whole, valid backup of a format this app
 * reads is refused with what is wrong, where, and how to fix it.
 */
import * as v from 'valibot'
import { LINE_SPACINGS, TEXT_SIZES, THEMES } from '@/appearance/options'
import type { UserDataRows } from '@/db/userData'

export const BACKUP_FORMAT = 'osce-field-reader-backup'
/** Raise it when the file's shape changes; files of a higher version are refused, not half-read. */
export const BACKUP_VERSION = 1

export interface Backup {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  /** ISO timestamp. */
  exportedAt: string
  data: UserDataRows
}

/**
 * The settings a backup carries: the reader's choices. Device state (the install
 * hint, the storage request, removed content, where the app was, visits) stays with the device.
 */
const SETTING_SCHEMAS = {
  theme: v.picklist(THEMES),
  textSize: v.picklist(TEXT_SIZES),
  lineSpacing: v.picklist(LINE_SPACINGS),
  keepYears: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  language: v.nullable(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code like ru'))),
  historyEnabled: v.boolean(),
} as const
type BackedUpSetting = keyof typeof SETTING_SCHEMAS
const isBackedUpSetting = (key: string): key is BackedUpSetting => Object.hasOwn(SETTING_SCHEMAS, key)

const TIMESTAMP = v.pipe(v.string(), v.isoTimestamp('must be an ISO timestamp like 2026-11-28T10:00:00.000Z'))
const DAY = v.pipe(v.string(), v.isoDate('must be a date like 2017-07-06'))
const RELEASE_ID = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}-\S+$/, 'must be a release id, starting with its date'))
const ID = v.pipe(v.string(), v.minLength(1, 'must not be empty'))

const SettingSchema = v.pipe(
  v.object({ key: v.pipe(v.string(), v.check(isBackedUpSetting, 'is not a setting a backup carries')), value: v.unknown() }),
  v.check((row) => isBackedUpSetting(row.key) && v.is(SETTING_SCHEMAS[row.key], row.value), 'value is not one this setting takes'),
)

const DataSchema = v.pipe(
  v.object({
    settings: v.array(SettingSchema),
    saved: v.array(v.object({ releaseId: RELEASE_ID, savedAt: TIMESTAMP })),
    savedLists: v.array(v.object({ id: ID, name: v.nullable(ID), createdAt: TIMESTAMP })),
    savedItems: v.array(v.object({ listId: ID, releaseId: RELEASE_ID, savedAt: TIMESTAMP, title: ID, date: DAY })),
    reads: v.array(v.object({ releaseId: RELEASE_ID, readAt: TIMESTAMP })),
    follows: v.array(v.object({ nodeId: ID, followedAt: TIMESTAMP })),
    history: v.array(v.object({ releaseId: RELEASE_ID, openedAt: TIMESTAMP, title: ID, date: DAY })),
  }),
  v.check((data) => {
    const lists = new Set(['saved', ...data.savedLists.map((list) => list.id)])
    return data.savedItems.every((item) => lists.has(item.listId))
  }, 'every saved item must be in a list of savedLists'),
)

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: TIMESTAMP,
  data: DataSchema,
})

/** Why a file was refused: `where` is the place in the file (a JSON path, or a character offset). */
export type BackupProblem =
  | { kind: 'notJson' }
  | { kind: 'truncated' }
  | { kind: 'foreign' }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; where: string; problem: string }

export type BackupReading = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem }

/** The backup of `rows`, exported at `exportedAt`; only the settings a backup carries. */
export function backupOf(rows: UserDataRows, exportedAt: string): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, data: { ...rows, settings: rows.settings.filter((row) => isBackedUpSetting(row.key)) } }
}

/** `osce-field-reader-backup-2026-12-01.json`, for the reader's local day `day` (`YYYY-MM-DD`). */
export function backupFileName(day: string): string {
  return `${BACKUP_FORMAT}-${day}.json`
}

/**
 * Whether `text` stops inside a JSON value: an open string, object or array at
 * the end. That is a file cut short (a partial copy or download), not another kind of file.
 */
function endsInsideJson(text: string): boolean {
  let depth = 0
  let inString = false
  let escaped = false
  for (const char of text) {
    if (inString) {
      if (escaped) escaped = false
      else if (char === '\\') escaped = true
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{' || char === '[') depth++
    else if (char === '}' || char === ']') depth--
  }
  return inString || depth > 0
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Reads a backup file's text, or says why it is not one this app can import. */
export function readBackup(text: string): BackupReading {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    const trimmed = text.trimStart()
    return { ok: false, problem: { kind: (trimmed.startsWith('{') || trimmed.startsWith('[')) && endsInsideJson(trimmed) ? 'truncated' : 'notJson' } }
  }
  if (!isRecord(json) || json.format !== BACKUP_FORMAT) return { ok: false, problem: { kind: 'foreign' } }
  if (typeof json.version === 'number' && json.version > BACKUP_VERSION) return { ok: false, problem: { kind: 'newer', version: json.version } }
  const result = v.safeParse(BackupSchema, json)
  if (result.success) return { ok: true, backup: result.output }
  const [issue] = result.issues
  return { ok: false, problem: { kind: 'invalid', where: v.getDotPath(issue) ?? '(the file)', problem: issue.message } }
}
