import { shallowRef, type ShallowRef } from 'vue'
import { clearReaderTraces, type MergeCounts } from '@/db/userData'
import type { BackupProblem } from '@/userdata/backup-format'
import { backupRunner, type BackupRunner } from '@/userdata/backupRunner'

/** What the last action of "Your data" came to, for its status line. */
export type YourDataOutcome =
  | { kind: 'working'; action: 'export' | 'import' | 'clear'; file?: string }
  | { kind: 'exported'; file: string }
  | { kind: 'imported'; file: string; merged: MergeCounts }
  | { kind: 'refused'; file: string; problem: BackupProblem }
  | { kind: 'cleared' }
  | { kind: 'failed'; error: string }

/** Hands `text` to the browser as a download named `name`. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  // After the click has handed the file over, in a later task.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Export, import and "Clear my traces" (Settings, "Your data"); backups are read and written in a worker. */
export function useBackup(runner: BackupRunner = backupRunner): {
  outcome: ShallowRef<YourDataOutcome | null>
  exportData(): Promise<void>
  importFile(file: File): Promise<void>
  clearTraces(): Promise<void>
} {
  const outcome = shallowRef<YourDataOutcome | null>(null)
  const busy = () => outcome.value?.kind === 'working'

  async function attempt(working: YourDataOutcome & { kind: 'working' }, work: () => Promise<YourDataOutcome>): Promise<void> {
    if (busy()) return
    outcome.value = working
    try {
      outcome.value = await work()
    } catch (error) {
      outcome.value = { kind: 'failed', error: describe(error) }
    }
  }

  return {
    outcome,
    exportData: () =>
      attempt({ kind: 'working', action: 'export' }, async () => {
        const file = await runner.exportBackup(new Date())
        download(file.name, file.text)
        return { kind: 'exported', file: file.name }
      }),
    importFile: (file) =>
      attempt({ kind: 'working', action: 'import', file: file.name }, async () => {
        const result = await runner.importBackup(file)
        return result.ok ? { kind: 'imported', file: file.name, merged: result.merged } : { kind: 'refused', file: file.name, problem: result.problem }
      }),
    clearTraces: () =>
      attempt({ kind: 'working', action: 'clear' }, async () => {
        await clearReaderTraces()
        return { kind: 'cleared' }
      }),
  }
}
