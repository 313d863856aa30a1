/**
 * Writes a pack so that the folder holds either the old pack or the whole new
 * one, never a half: files go to a staging folder beside it, then the old
 * folder is renamed aside, the new one renamed in, and the old one deleted.
 */
import * as nodeFs from 'node:fs'
import { dirname, join } from 'node:path'
import { CliProblem, fsReason, shown, writeFix } from './problems'

/** The file-system calls the writer makes; tests pass one that fails where a real disk would. */
export interface PackFs {
  mkdirSync(path: string, options: { recursive: true }): unknown
  writeFileSync(path: string, text: string): void
  renameSync(from: string, to: string): void
  rmSync(path: string, options: { recursive: true; force: true }): void
  existsSync(path: string): boolean
}

export interface PackWritten {
  /** An old pack folder that could not be deleted after the swap (the new pack is in place), or null. */
  leftover: string | null
}

export function writePackAtomically(output: string, files: ReadonlyMap<string, string>, fs: PackFs = nodeFs): PackWritten {
  const staging = `${output}.partial-${process.pid}`
  const previous = `${output}.previous-${process.pid}`
  const unchanged = fs.existsSync(output) ? `The pack in ${shown(output)} was not changed.` : 'Nothing was written.'

  let writing = staging
  try {
    fs.rmSync(staging, { recursive: true, force: true })
    fs.mkdirSync(dirname(staging), { recursive: true })
    for (const [path, text] of files) {
      writing = join(staging, path)
      fs.mkdirSync(dirname(writing), { recursive: true })
      fs.writeFileSync(writing, text)
    }
  } catch (error) {
    removeQuietly(fs, staging)
    throw new CliProblem(`Cannot write ${shown(writing)}: ${fsReason(error)}. ${unchanged} Fix: ${writeFix(error)}`)
  }

  const hadPack = fs.existsSync(output)
  try {
    if (hadPack) fs.renameSync(output, previous)
  } catch (error) {
    removeQuietly(fs, staging)
    throw new CliProblem(`Cannot move the old pack ${shown(output)} aside: ${fsReason(error)}. ${unchanged} Fix: ${writeFix(error)}`)
  }
  try {
    fs.renameSync(staging, output)
  } catch (error) {
    const restored = !hadPack || restore(fs, previous, output)
    removeQuietly(fs, staging)
    const state = restored ? unchanged : `The old pack is in ${shown(previous)}: rename it back to ${shown(output)}.`
    throw new CliProblem(`Cannot move the new pack into ${shown(output)}: ${fsReason(error)}. ${state} Fix: ${writeFix(error)}`)
  }
  if (!hadPack) return { leftover: null }
  try {
    fs.rmSync(previous, { recursive: true, force: true })
    return { leftover: null }
  } catch {
    return { leftover: previous }
  }
}

function restore(fs: PackFs, previous: string, output: string): boolean {
  try {
    fs.renameSync(previous, output)
    return true
  } catch {
    return false
  }
}

/** Cleanup after a failure must not hide the failure itself. */
function removeQuietly(fs: PackFs, path: string): void {
  try {
    fs.rmSync(path, { recursive: true, force: true })
  } catch {
    // The failure being reported is the first one; a second would only hide it.
  }
}
