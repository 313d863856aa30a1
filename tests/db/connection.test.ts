import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { watchNewerSchema } from '@/db/connection'
import { DATABASE_NAME, db } from '@/db/database'

describe('a newer schema opened in another tab', () => {
  afterEach(async () => {
    await Dexie.delete(DATABASE_NAME)
    await db.open()
  })

  it('lets the upgrade through and tells this tab to reload', async () => {
    await db.open()
    const notices: string[] = []
    const stop = watchNewerSchema(() => notices.push('reload'))
    const newer = new Dexie(DATABASE_NAME)
    newer.version(db.verno + 1).stores({ laterTable: 'id' })
    // Would hang (blocked) if this tab kept its connection open.
    await newer.open()
    expect(newer.verno).toBe(db.verno + 1)
    expect(notices).toEqual(['reload'])
    expect(db.isOpen()).toBe(false)
    newer.close()
    stop()
  })
})
