import { describe, expect, it } from 'vitest'
import { AUTO_UPDATE_LIMIT_BYTES, keepSinceMonth, keptFiles, needsConsent, refusesShrink } from '@/sync/policy'
import { describeFailure, isQuotaError } from '@/sync/failures'
import { PackFormatError } from '@/sync/pack-schema'
import { PackFileMissingError, PackUnreachableError } from '@/sync/pack-source'
import type { PackManifest } from '@/content/types'

describe('asking before an update', () => {
  it('lets updates up to 2 MB apply by themselves and asks above', () => {
    expect(AUTO_UPDATE_LIMIT_BYTES).toBe(2_097_152)
    expect(needsConsent(2_097_152, false)).toBe(false)
    expect(needsConsent(2_097_153, false)).toBe(true)
  })

  it('asks for any update when the browser asks to save data, but not for nothing', () => {
    expect(needsConsent(1, true)).toBe(true)
    expect(needsConsent(0, true)).toBe(false)
  })
})

describe('the shrink guard', () => {
  const counts = (releases: number, retired?: number): Pick<PackManifest, 'counts'> => ({ counts: { nodes: 1, releases, files: 2, ...(retired === undefined ? {} : { retired }) } })

  it('refuses a pack that would take away more than half of the installed releases', () => {
    expect(refusesShrink(20_000, counts(0))).toBe(true)
    expect(refusesShrink(20_000, counts(9_999))).toBe(true)
    expect(refusesShrink(20_000, counts(10_000))).toBe(false)
    expect(refusesShrink(20_000, counts(20_003))).toBe(false)
  })

  it('accepts the drop when the pack declares the removed releases in counts.retired', () => {
    expect(refusesShrink(20_000, counts(0, 20_000))).toBe(false)
    expect(refusesShrink(20_000, counts(0, 19_999))).toBe(true)
  })

  it('has nothing to protect on an empty device', () => {
    expect(refusesShrink(0, counts(0))).toBe(false)
  })
})

describe('keeping the last years only', () => {
  it('keeps from the same month N years back', () => {
    expect(keepSinceMonth(2, new Date('2026-12-01T10:00:00Z'))).toBe('2024-12')
    expect(keepSinceMonth(null, new Date('2026-12-01T10:00:00Z'))).toBeNull()
  })

  it('keeps the taxonomy and the shards from that month on', () => {
    const file = (path: string, shard?: string) => ({ path, role: shard ? ('releases' as const) : ('taxonomy' as const), count: 1, bytes: 1, sha256: '0'.repeat(64), ...(shard ? { shard } : {}) })
    const manifest: PackManifest = {
      format: 2, version: 'abcdef12', contentDate: '2026-11-30',
      counts: { nodes: 1, releases: 3, files: 4 },
      files: [file('taxonomy.a.json'), file('releases/2026-11.b.json', '2026-11'), file('releases/2024-12.c.json', '2024-12'), file('releases/2024-11.d.json', '2024-11')],
    }
    expect(keptFiles(manifest, '2024-12').map((kept) => kept.path)).toEqual(['taxonomy.a.json', 'releases/2026-11.b.json', 'releases/2024-12.c.json'])
    expect(keptFiles(manifest, null)).toHaveLength(4)
  })
})

describe('naming failures', () => {
  it('recognises a full disk however the browser reports it', () => {
    expect(isQuotaError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true)
    // Chromium aborts the transaction; Dexie keeps the quota error as `inner`.
    expect(isQuotaError(Object.assign(new Error('AbortError'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') }))).toBe(true)
    expect(isQuotaError(Object.assign(new Error('Transaction aborted: QuotaExceededError '), { name: 'AbortError' }))).toBe(true)
    expect(isQuotaError(new Error('AbortError'))).toBe(false)
  })

  it('maps each error to what the reader is told', () => {
    expect(describeFailure(new DOMException('full', 'QuotaExceededError'), 4_200_000)).toEqual({ reason: 'quota', neededBytes: 4_200_000 })
    expect(describeFailure(new PackUnreachableError('manifest.json', new TypeError('Failed to fetch')), 0)).toEqual({ reason: 'unreachable', path: 'manifest.json' })
    expect(describeFailure(new PackFileMissingError('releases/2017-07.0123456789ab.json', 'HTTP 404'), 0)).toEqual({ reason: 'missing', path: 'releases/2017-07.0123456789ab.json' })
    expect(describeFailure(new PackFormatError('taxonomy.0123456789ab.json', 'is not JSON'), 0)).toEqual({ reason: 'corrupt', path: 'taxonomy.0123456789ab.json', problem: 'is not JSON' })
    expect(describeFailure(new Error('boom'), 0)).toEqual({ reason: 'unexpected', message: 'boom' })
  })
})
