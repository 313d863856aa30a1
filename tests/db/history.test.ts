import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { clearHistory, readHistory, recordOpened, removeFromHistory } from '@/db/history'
import { writeSetting } from '@/db/settings'

const MONGOLIA = { id: '2017-07-06-seminar-in-ulaanbaatar-c184613d', title: 'Seminar in Ulaanbaatar', date: '2017-07-06' }
const MOLDOVA = { id: '2019-05-14-border-training-in-chisinau-0a1b2c3d', title: 'Border training in Chisinau', date: '2019-05-14' }

describe('history', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
  })

  it('records opened releases with their title and date, newest opening first', async () => {
    expect(await recordOpened(MONGOLIA, '2026-11-30T09:00:00.000Z')).toBe(true)
    expect(await recordOpened(MOLDOVA, '2026-12-01T08:00:00.000Z')).toBe(true)
    expect(await readHistory()).toEqual([
      { releaseId: MOLDOVA.id, openedAt: '2026-12-01T08:00:00.000Z', title: 'Border training in Chisinau', date: '2019-05-14' },
      { releaseId: MONGOLIA.id, openedAt: '2026-11-30T09:00:00.000Z', title: 'Seminar in Ulaanbaatar', date: '2017-07-06' },
    ])
  })

  it('keeps one entry per release: opening it again moves it to the top', async () => {
    await recordOpened(MONGOLIA, '2026-11-30T09:00:00.000Z')
    await recordOpened(MOLDOVA, '2026-12-01T08:00:00.000Z')
    await recordOpened(MONGOLIA, '2026-12-01T10:30:00.000Z')
    expect((await readHistory()).map((entry) => [entry.releaseId, entry.openedAt])).toEqual([
      [MONGOLIA.id, '2026-12-01T10:30:00.000Z'],
      [MOLDOVA.id, '2026-12-01T08:00:00.000Z'],
    ])
  })

  it('records nothing while history is off, and keeps what it had', async () => {
    await recordOpened(MONGOLIA, '2026-11-30T09:00:00.000Z')
    await writeSetting('historyEnabled', false)
    expect(await recordOpened(MOLDOVA, '2026-12-01T08:00:00.000Z')).toBe(false)
    expect((await readHistory()).map((entry) => entry.releaseId)).toEqual([MONGOLIA.id])
    await writeSetting('historyEnabled', true)
    expect(await recordOpened(MOLDOVA, '2026-12-01T09:00:00.000Z')).toBe(true)
    expect((await readHistory()).map((entry) => entry.releaseId)).toEqual([MOLDOVA.id, MONGOLIA.id])
  })

  it('removes one entry, or all of them, and nothing else', async () => {
    await recordOpened(MONGOLIA, '2026-11-30T09:00:00.000Z')
    await recordOpened(MOLDOVA, '2026-12-01T08:00:00.000Z')
    await db.reads.put({ releaseId: MONGOLIA.id, readAt: '2026-11-30T09:00:00.000Z' })
    await removeFromHistory(MOLDOVA.id)
    expect((await readHistory()).map((entry) => entry.releaseId)).toEqual([MONGOLIA.id])
    await clearHistory()
    expect(await readHistory()).toEqual([])
    expect(await db.reads.count()).toBe(1)
  })
})
