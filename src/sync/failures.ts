/**
 * Why a sync stopped, as data the UI turns into words. Every failure leaves the
 * device's content as it was before the sync started.
 */
import { PackFormatError } from './pack-schema'
import { PackFileMissingError, PackUnreachableError } from './pack-source'

export type SyncFailure =
  /** No answer from the server: offline, or a dropped connection. Not an error when content is installed. */
  | { reason: 'unreachable'; path: string }
  /** The server answered without the file (404, or a web page from an SPA fallback). */
  | { reason: 'missing'; path: string }
  /** The file arrived twice with bytes or data that do not match the pack. */
  | { reason: 'corrupt'; path: string; problem: string }
  /** The device's storage is full. */
  | { reason: 'quota'; neededBytes: number }
  /** The server offers far fewer releases than the device holds, without saying it removed them. */
  | { reason: 'shrink'; installed: number; offered: number }
  | { reason: 'unexpected'; message: string }

/**
 * True for a full disk, however it is reported: IndexedDB's QuotaExceededError,
 * Chromium's AbortError of the transaction with the quota error inside (Dexie
 * keeps it as `inner`), or a DOMException from Cache Storage.
 */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const { name, message, inner, cause } = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown }
    if (name === 'QuotaExceededError' || (typeof message === 'string' && message.includes('QuotaExceededError'))) return true
    current = inner ?? cause
  }
  return false
}

export function describeFailure(error: unknown, neededBytes: number): SyncFailure {
  if (isQuotaError(error)) return { reason: 'quota', neededBytes }
  if (error instanceof PackUnreachableError) return { reason: 'unreachable', path: error.path }
  if (error instanceof PackFileMissingError) return { reason: 'missing', path: error.path }
  if (error instanceof PackFormatError) return { reason: 'corrupt', path: error.path, problem: error.problem }
  return { reason: 'unexpected', message: error instanceof Error ? error.message : String(error) }
}
