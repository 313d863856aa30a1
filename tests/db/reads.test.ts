import { beforeEach, describe, expect, it } from 'vitest'
import { compileContent } from '@/content/compile'
import { db, readNodeKey } from '@/db/database'
import { isRead, markAllRead, markRead, markUnread, newestUnreadBy, readAmong, unreadCount, unreadCountBy } from '@/db/reads'
import { beginInstall, installShards, prepareShard, readInstallState, removeAllContent } from '@/db/install'
import { packBodies } from '@/db/body-pack'
import { syncContent } from '@/sync/engine'
import { createPackSource } from '@/sync/pack-source'
import { createFakePackServer, packOfPages, seedPage } from '../support/packServer'
import { installContent, SEED_RELEASE_ID, variantPage } from '../support/seedContent'

const DATES = ['2018-01-10', '2018-01-20', '2018-02-10', '2019-05-01', '2019-05-02']
const pages = () => DATES.map((date, index) => variantPage(index, date))
/** The same release moved to Bishkek: its primary country becomes Kyrgyzstan. */
const inBishkek = (page: { file: string; text: string }) => ({ file: page.file, text: page.text.replace('ULAANBAATAR', 'BISHKEK') })
const AT = '2026-12-01T10:00:00.000Z'

async function ids(): Promise<string[]> {
  return (await db.summaries.orderBy('id').keys()).map(String)
}

describe('read marks', () => {
  beforeEach(async () => {
    await installContent(compileContent(pages()))
  })

  it('marks a release read with its nodes, and unread again', async () => {
    const [first] = await ids()
    await markRead(first ?? '', AT)
    expect(await db.reads.toArray()).toEqual([{ releaseId: first, readAt: AT }])
    const row = await db.readNodes.get(first ?? '')
    expect(row?.nodes).toContain('primaryCountries:mongolia')
    expect(row?.nodes).toContain('structures:odihr')
    expect(row?.nodes).toContain('fields:human-rights')
    expect(await isRead(first ?? '')).toBe(true)
    expect(await unreadCountBy('primaryCountries', 'mongolia')).toBe(4)
    expect(await unreadCount()).toBe(4)
    await markUnread(first ?? '')
    expect([await db.reads.count(), await db.readNodes.count()]).toEqual([0, 0])
    expect(await isRead(first ?? '')).toBe(false)
    expect(await unreadCountBy('primaryCountries', 'mongolia')).toBe(5)
  })

  it('keeps the first mark when a release is opened again', async () => {
    const [first] = await ids()
    await markRead(first ?? '', AT)
    await markRead(first ?? '', '2026-12-02T10:00:00.000Z')
    expect(await db.reads.get(first ?? '')).toEqual({ releaseId: first, readAt: AT })
  })

  it('marks a release that is not installed yet without nodes (they come with its month)', async () => {
    await markRead('2030-01-01-not-here', AT)
    expect(await db.reads.count()).toBe(1)
    expect(await db.readNodes.count()).toBe(0)
  })

  it('says which of the shown releases are read', async () => {
    const [first, second, third] = await ids()
    await markRead(second ?? '', AT)
    expect(await readAmong([first ?? '', second ?? '', third ?? ''])).toEqual(new Set([second]))
    expect(await readAmong([])).toEqual(new Set())
  })

  it('marks all of the latest list read, keeping earlier marks', async () => {
    const [first] = await ids()
    await markRead(first ?? '', '2026-11-30T10:00:00.000Z')
    expect(await markAllRead({ kind: 'latest' }, AT)).toBe(4)
    expect(await db.reads.count()).toBe(5)
    expect(await db.reads.get(first ?? '')).toEqual({ releaseId: first, readAt: '2026-11-30T10:00:00.000Z' })
    expect(await unreadCount()).toBe(0)
    expect(await unreadCountBy('fields', 'human-rights')).toBe(0)
    expect(await markAllRead({ kind: 'latest' }, AT)).toBe(0)
  })

  it('marks all of one node’s list read and no other release', async () => {
    const all = await ids()
    await installContent(compileContent([...pages().slice(0, 3), ...pages().slice(3).map(inBishkek)]))
    expect(await unreadCountBy('primaryCountries', 'kyrgyzstan')).toBe(2)
    expect(await markAllRead({ kind: 'facet', facet: 'primaryCountries', id: 'kyrgyzstan' }, AT)).toBe(2)
    expect((await db.reads.toCollection().primaryKeys()).sort()).toEqual(all.slice(3))
    expect(await unreadCountBy('primaryCountries', 'kyrgyzstan')).toBe(0)
    expect(await unreadCountBy('primaryCountries', 'mongolia')).toBe(3)
  })

  it('marks lists longer than one chunk (500 rows) whole', async () => {
    const many = Array.from({ length: 1203 }, (_, index) => ({
      releaseId: `2020-01-01-release-${String(index).padStart(4, '0')}`,
      nodes: [readNodeKey('fields', 'human-rights')],
    }))
    await db.summaries.clear()
    await db.summaries.bulkPut(
      many.map(({ releaseId }, index) => ({
        key: `2020-01${index.toString(36).padStart(4, '0')}`,
        id: releaseId,
        title: releaseId,
        date: '2020-01-01',
        type: 'press-release',
        fields: ['human-rights'],
        primaryCountries: [],
        mentionedCountries: [],
        structures: [],
        sources: [],
        topics: [],
      })) as never,
    )
    expect(await markAllRead({ kind: 'facet', facet: 'fields', id: 'human-rights' }, AT)).toBe(1203)
    expect(await markAllRead({ kind: 'latest' }, AT)).toBe(0)
    expect(await db.readNodes.count()).toBe(1203)
  })

  it('finds the newest unread releases of a node', async () => {
    const all = await ids()
    await markRead(all[4] ?? '', AT)
    await markRead(all[2] ?? '', AT)
    expect((await newestUnreadBy('primaryCountries', 'mongolia', 2)).map((release) => release.id)).toEqual([all[3], all[1]])
    expect((await newestUnreadBy('primaryCountries', 'mongolia', 10)).map((release) => release.id)).toEqual([all[3], all[1], all[0]])
    expect(await newestUnreadBy('primaryCountries', 'kyrgyzstan', 10)).toEqual([])
  })

  it('walks on past a first page read to its end', async () => {
    const all = await ids()
    for (const id of all.slice(1)) await markRead(id, AT)
    // Pages of 2 then 4: the only unread release is the oldest, on the second page.
    expect((await newestUnreadBy('primaryCountries', 'mongolia', 1)).map((release) => release.id)).toEqual([all[0]])
  })
})

describe('read nodes across content changes', () => {
  const BASE = 'https://reader.test/pack/'
  const sync = (server: ReturnType<typeof createFakePackServer>) =>
    syncContent({ source: createPackSource(BASE, server.fetch), options: { allowLarge: true, saveData: false, keepSince: null }, onProgress: () => {}, now: () => new Date(AT) })

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
  })

  it('stay exact when an update removes a read release and moves another to another country', async () => {
    const v1 = pages()
    const server = createFakePackServer(packOfPages(v1), BASE)
    await sync(server)
    const [jan10, jan20, feb10, may01, may02] = await ids()
    for (const id of [jan10, feb10, may01]) await markRead(id ?? '', AT)
    expect(await unreadCountBy('primaryCountries', 'mongolia')).toBe(2)
    // v2: February's release leaves, 10 January moves to Bishkek; 20 January (unread) stays as it was.
    server.serve(packOfPages([inBishkek(v1[0] ?? seedPage()), v1[1] ?? seedPage(), v1[3] ?? seedPage(), v1[4] ?? seedPage()]))
    expect((await sync(server)).kind).toBe('updated')
    expect(await ids()).toEqual([jan10, jan20, may01, may02])
    expect(await unreadCountBy('primaryCountries', 'mongolia')).toBe(2)
    expect(await unreadCountBy('primaryCountries', 'kyrgyzstan')).toBe(0)
    expect(await unreadCount()).toBe(2)
    expect((await db.readNodes.toCollection().primaryKeys()).sort()).toEqual([jan10, may01])
    expect((await db.readNodes.get(jan10 ?? ''))?.nodes).toContain('primaryCountries:kyrgyzstan')
    expect((await db.readNodes.get(jan10 ?? ''))?.nodes).not.toContain('primaryCountries:mongolia')
    // The mark of the removed release is the reader's: it stays, and counts again if the release comes back.
    expect((await db.reads.toCollection().primaryKeys()).sort()).toEqual([jan10, feb10, may01])
    server.serve(packOfPages(v1))
    await sync(server)
    expect(await unreadCountBy('primaryCountries', 'mongolia')).toBe(2)
    expect(await db.readNodes.count()).toBe(3)
  })

  it('go with the content rows an install starts without, and follow a month installed again', async () => {
    const content = compileContent(pages())
    await installContent(content)
    const [jan10, jan20] = await ids()
    await markRead(jan10 ?? '', AT)
    await markRead(jan20 ?? '', AT)
    // January again, with only its 20 January release: 10 January's derived row goes, its mark stays.
    const path = (await readInstallState())?.installedFiles.find((file) => file.startsWith('releases/2018-01.')) ?? ''
    const kept = content.releases.filter((release) => release.id === jan20)
    await installShards([prepareShard('releases/2018-01.again.json', { month: '2018-01', releases: kept, packedBodies: await packBodies(kept) })], [], [path])
    expect(await db.readNodes.toCollection().primaryKeys()).toEqual([jan20])
    expect(await db.reads.count()).toBe(2)
    // An install with no file recorded starts from empty content tables: no derived row may outlive them.
    await db.installState.update('content', { installedFiles: [] })
    await beginInstall({ version: 'v2', contentDate: null, totalReleases: 0 })
    expect([await db.readNodes.count(), await db.reads.count()]).toEqual([0, 2])
  })

  it('are cleared with the content and rebuilt by the next install, marks kept', async () => {
    await installContent()
    await markRead(SEED_RELEASE_ID, AT)
    await removeAllContent()
    expect([await db.reads.count(), await db.readNodes.count()]).toEqual([1, 0])
    const server = createFakePackServer(packOfPages([seedPage()]), BASE)
    expect((await sync(server)).kind).toBe('installed')
    expect(await db.readNodes.count()).toBe(1)
    expect(await unreadCountBy('primaryCountries', 'mongolia')).toBe(0)
    expect(await unreadCountBy('mentionedCountries', 'canada')).toBe(0)
  })
})
