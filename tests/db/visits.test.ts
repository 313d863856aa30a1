import { beforeEach, describe, expect, it } from 'vitest'
import { compileContent } from '@/content/compile'
import { db, type ContentChange } from '@/db/database'
import { readSetting } from '@/db/settings'
import { beginVisit, markLeaving, markNewReleasesSeen, readNewSinceVisit, visitAt, VISIT_GAP_MS } from '@/db/visits'
import { installContent, SEED_RELEASE_ID, variantPage } from '../support/seedContent'

const at = (iso: string) => new Date(iso)

describe('visitAt', () => {
  it('gives a first visit no "since": everything is new then', () => {
    expect(visitAt({ lastActiveAt: null, newSince: null }, at('2026-11-28T09:00:00.000Z'))).toEqual({ lastActiveAt: '2026-11-28T09:00:00.000Z', newSince: null })
  })

  it('starts a new visit after more than the gap away, counting from when the reader was last here', () => {
    const away = { lastActiveAt: '2026-11-28T18:00:00.000Z', newSince: '2026-11-20T08:00:00.000Z' }
    expect(visitAt(away, at('2026-12-01T07:30:00.000Z'))).toEqual({ lastActiveAt: '2026-12-01T07:30:00.000Z', newSince: '2026-11-28T18:00:00.000Z' })
  })

  it('goes on with the same visit after a reload or a short look elsewhere', () => {
    const state = { lastActiveAt: '2026-12-01T07:30:00.000Z', newSince: '2026-11-28T18:00:00.000Z' }
    const justInside = new Date(Date.parse(state.lastActiveAt) + VISIT_GAP_MS)
    expect(visitAt(state, justInside)).toEqual({ lastActiveAt: justInside.toISOString(), newSince: '2026-11-28T18:00:00.000Z' })
    expect(visitAt({ lastActiveAt: state.lastActiveAt, newSince: null }, justInside).newSince).toBeNull()
  })
})

describe('new since last visit', () => {
  const dates = ['2026-11-29', '2026-11-30', '2026-12-01']
  let ids: string[] = []

  beforeEach(async () => {
    const content = compileContent(dates.map((date, index) => variantPage(index, date)))
    ids = content.releases.map((release) => release.id).sort()
    await installContent(content)
  })

  const change = (atIso: string, newReleaseIds: string[]): ContentChange => ({ at: atIso, fromVersion: 'a', toVersion: 'b', newReleaseIds, removedReleases: 0 })

  it('lists releases of content changes after the last visit, newest first, still in the content', async () => {
    await beginVisit(at('2026-11-28T18:00:00.000Z'))
    await markLeaving(at('2026-11-28T18:20:00.000Z'))
    await db.contentChanges.bulkPut([
      change('2026-11-28T18:10:00.000Z', [SEED_RELEASE_ID]),
      change('2026-11-30T06:00:00.000Z', [ids[0] ?? '', '2026-11-29-a-release-removed-since-deadbeef']),
      change('2026-12-01T07:31:00.000Z', [ids[2] ?? '', ids[1] ?? '']),
    ])
    await beginVisit(at('2026-12-01T07:30:00.000Z'))
    expect(await readSetting('newSince')).toBe('2026-11-28T18:20:00.000Z')
    const group = await readNewSinceVisit()
    expect(group && { since: group.since, newestChangeAt: group.newestChangeAt, ids: group.releases.map((release) => release.id) }).toEqual({
      since: '2026-11-28T18:20:00.000Z',
      newestChangeAt: '2026-12-01T07:31:00.000Z',
      ids: [ids[2], ids[1], ids[0]],
    })
  })

  it('has nothing on a first visit, and nothing once dismissed, until a later change', async () => {
    await beginVisit(at('2026-12-01T07:00:00.000Z'))
    await db.contentChanges.put(change('2026-12-01T07:01:00.000Z', [ids[0] ?? '']))
    expect(await readNewSinceVisit()).toBeNull()

    await markLeaving(at('2026-12-01T08:00:00.000Z'))
    await beginVisit(at('2026-12-02T08:00:00.000Z'))
    await db.contentChanges.put(change('2026-12-02T08:01:00.000Z', [ids[1] ?? '']))
    expect((await readNewSinceVisit())?.releases.map((release) => release.id)).toEqual([ids[1]])
    await markNewReleasesSeen('2026-12-02T08:01:00.000Z')
    expect(await readNewSinceVisit()).toBeNull()
    // An older acknowledgement never moves the mark back.
    await markNewReleasesSeen('2026-12-02T08:00:30.000Z')
    expect(await readSetting('newSeenUntil')).toBe('2026-12-02T08:01:00.000Z')
    await db.contentChanges.put(change('2026-12-02T09:00:00.000Z', [ids[2] ?? '']))
    expect((await readNewSinceVisit())?.releases.map((release) => release.id)).toEqual([ids[2]])
  })
})
