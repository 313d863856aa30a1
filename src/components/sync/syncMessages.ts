/**
 * The words for why a sync stopped. Every message says what happened, that
 * the installed content is unchanged, and what the reader can do.
 */
import type { MessageKey } from '@/i18n/messages'
import type { Formatters } from '@/i18n/useFormat'
import type { SyncFailure } from '@/sync/failures'

type Translate = (key: MessageKey, named?: Record<string, unknown>) => string

/**
 * The message for a failure, or null when it is not worth a banner: with content
 * installed, being offline is normal (the offline notice says so instead).
 */
export function failureMessage(failure: SyncFailure, hasContent: boolean, t: Translate, format: Pick<Formatters, 'formatBytes' | 'formatCount'>): string | null {
  const kept = hasContent ? ` ${t('syncFailure.kept')}` : ''
  switch (failure.reason) {
    case 'unreachable':
      return hasContent ? null : t('syncFailure.unreachable')
    case 'missing':
      return t('syncFailure.missing', { path: failure.path, kept })
    case 'corrupt':
      return t('syncFailure.corrupt', { path: failure.path, problem: failure.problem, kept })
    case 'quota':
      return t('syncFailure.quota', { size: format.formatBytes(failure.neededBytes), kept })
    case 'shrink':
      return t('syncFailure.shrink', { offered: format.formatCount(failure.offered), installed: format.formatCount(failure.installed) })
    case 'unexpected':
      return t('syncFailure.unexpected', { message: failure.message, kept })
  }
}
