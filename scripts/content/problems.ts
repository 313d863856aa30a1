/**
 * Problems that stop the content CLI before or after compiling (bad usage, file
 * system trouble): each is one located line and exit code 2, never a stack trace.
 */
import { relative } from 'node:path'
import { escapeControls } from '../../src/content/diagnostics'

/** A problem the CLI reports as `content: <message>` and exit code 2. */
export class CliProblem extends Error {
  override readonly name = 'CliProblem'
}

/** A Node.js file-system error: it carries a code such as `ENOSPC`. */
export function isFsError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string'
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ELOOP: 'too many levels of symbolic links (a link loop)',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'input/output error',
  EBUSY: 'the file is busy',
  EXDEV: 'the folders are on different devices',
}

/** `no space left on the device (ENOSPC)`. */
export function fsReason(error: unknown): string {
  if (!isFsError(error)) return error instanceof Error ? error.message : String(error)
  return `${REASONS[error.code] ?? error.message} (${error.code})`
}

/** A path as messages show it: relative to where the CLI runs, control characters escaped. */
export function shown(path: string): string {
  return escapeControls(relative(process.cwd(), path) || path)
}

/** What to do about a failed write, by its cause. */
export function writeFix(error: unknown): string {
  const code = isFsError(error) ? error.code : ''
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'free some disk space and run again.'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'make the folder writable, or pass another --out folder.'
  return 'check the folder and run again.'
}
