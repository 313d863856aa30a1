/**
 * The words for why a sync stopped. Every message says what happened, that
 * the installed content is unchanged, and what the reader can do.
 */
import { formatBytes, formatCount } from '@/components/format'
import type { SyncFailure } from '@/sync/failures'

/**
 * The message for a failure, or null when it is not worth a banner: with content
 * installed, being offline is normal (the offline notice says so instead).
 */
export function failureMessage(failure: SyncFailure, hasContent: boolean): string | null {
  const kept = hasContent ? ' The content on this device is unchanged.' : ''
  switch (failure.reason) {
    case 'unreachable':
      return hasContent ? null : 'Could not download the content: there is no connection to the server. It downloads by itself when the connection is back, or retry now.'
    case 'missing':
      return `The server is missing part of the content (${failure.path}).${kept} Try again later.`
    case 'corrupt':
      return `Part of the content arrived damaged twice (${failure.path} ${failure.problem}).${kept} Try again later.`
    case 'quota':
      return `Not enough storage space on this device: about ${formatBytes(failure.neededBytes)} more is needed.${kept} Free some space, or keep fewer years offline in Settings, then retry.`
    case 'shrink':
      return `The server offered ${formatCount(failure.offered)} releases instead of the ${formatCount(failure.installed)} on this device, so the update was refused to protect your content. Try again later.`
    case 'unexpected':
      return `Updating the content stopped (${failure.message}).${kept} Retry, or reload the app.`
  }
}
