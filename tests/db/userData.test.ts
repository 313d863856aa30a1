import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { clearReaderTraces, readUserData } from '@/db/userData'
import { installContent, SEED_RELEASE_ID, SEED_TITLE } from '../support/seedContent'

describe('clearing the reader\'s traces', () => {
  beforeEach(async () => {
    await installContent()
  })

  it('deletes saves, lists, read marks, follows, history and the last place; keeps content and the other settings', async () => {
    await db.settings.bulkPut([
      { key: 'theme', value: 'black' },
      { key: 'language', value: 'ru' },
      { key: 'lastLocation', value: { path: '/history' } },
    ])
    await db.saved.put({ releaseId: SEED_RELEASE_ID, savedAt: '2026-11-20T10:00:00.000Z' })
    await db.savedLists.put({ id: 'trip', name: 'Trip', createdAt: '2026-11-20T10:00:00.000Z' })
    await db.savedItems.put({ listId: 'trip', releaseId: SEED_RELEASE_ID, savedAt: '2026-11-20T10:00:00.000Z', title: SEED_TITLE, date: '2017-07-06' })
    await db.reads.put({ releaseId: SEED_RELEASE_ID, readAt: '2026-11-22T08:00:00.000Z' })
    await db.readNodes.put({ releaseId: SEED_RELEASE_ID, nodes: ['primaryCountries:mongolia'] })
    await db.follows.put({ nodeId: 'mongolia', followedAt: '2026-11-23T08:00:00.000Z' })
    await db.history.put({ releaseId: SEED_RELEASE_ID, openedAt: '2026-11-24T08:00:00.000Z', title: SEED_TITLE, date: '2017-07-06' })
    const releases = await db.summaries.count()

    await clearReaderTraces()
    expect(await readUserData()).toEqual({
      settings: [
        { key: 'language', value: 'ru' },
        { key: 'theme', value: 'black' },
      ],
      saved: [],
      savedLists: [],
      savedItems: [],
      reads: [],
      follows: [],
      history: [],
    })
    expect(await db.readNodes.count()).toBe(0)
    expect([releases, await db.summaries.count(), await db.bodyMonths.count()]).toEqual([1, 1, 1])
  })
})
