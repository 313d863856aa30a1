import type { YourDataOutcome } from '@/composables/useBackup'
import { BACKUP_VERSION } from '@/userdata/backup-format'

type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string

/** The status line of "Your data" for `outcome`, in the interface language: what happened, or what is wrong with the file and how to fix it. */
export function yourDataMessage(outcome: YourDataOutcome | null, t: Translate, formatCount: (value: number) => string): string {
  if (!outcome) return ''
  switch (outcome.kind) {
    case 'working':
      return outcome.action === 'import' ? t('backup.importing', { file: outcome.file ?? '' }) : outcome.action === 'export' ? t('backup.exporting') : ''
    case 'exported':
      return t('backup.exported', { file: outcome.file })
    case 'imported': {
      const n = Object.values(outcome.merged).reduce((sum, count) => sum + count, 0)
      return n === 0 ? t('backup.importedNothing', { file: outcome.file }) : t('backup.imported', { file: outcome.file, n: formatCount(n) }, n)
    }
    case 'refused':
      return refusal(outcome, t)
    case 'cleared':
      return t('backup.cleared')
    case 'failed':
      return t('backup.failed', { error: outcome.error })
  }
}

function refusal({ file, problem }: YourDataOutcome & { kind: 'refused' }, t: Translate): string {
  switch (problem.kind) {
    case 'notJson':
      return t('backup.problem.notJson', { file })
    case 'truncated':
      return t('backup.problem.truncated', { file })
    case 'foreign':
      return t('backup.problem.foreign', { file })
    case 'newer':
      return t('backup.problem.newer', { file, version: problem.version, supported: BACKUP_VERSION })
    case 'invalid':
      return t('backup.problem.invalid', { file, where: problem.where, problem: problem.problem })
  }
}
