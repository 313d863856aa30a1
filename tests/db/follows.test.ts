import { beforeEach, describe, expect, it } from 'vitest'
import { compileContent } from '@/content/compile'
import { db } from '@/db/database'
import { deleteFollow, facetOfNode, forYou, isFollowed, putFollow, readFollows } from '@/db/follows'
import { markRead } from '@/db/reads'
import { installContent, variantPage } from '../support/seedContent'

const DATES = ['2018-01-10', '2018-01-20', '2018-02-10', '2019-05-01']
const inBishkek = (page: { file: string; text: string }) => ({ file: page.file, text: page.text.replace('ULAANBAATAR', 'BISHKEK') })

async function ids(): Promise<string[]> {
  return (await db.summaries.orderBy('id').keys()).map(String)
}

describe('follows', () => {
  beforeEach(async () => {
    const pages = DATES.map((date, index) => variantPage(index, date))
    await installContent(compileContent([...pages.slice(0, 3), ...pages.slice(3).map(inBishkek)]))
  })

  it('follows and unfollows, keeping the first date and the order followed', async () => {
    await putFollow('mongolia', '2026-12-01T10:00:00.000Z')
    await putFollow('odihr', '2026-12-01T09:00:00.000Z')
    await putFollow('mongolia', '2026-12-01T11:00:00.000Z')
    expect(await readFollows()).toEqual([
      { nodeId: 'odihr', followedAt: '2026-12-01T09:00:00.000Z' },
      { nodeId: 'mongolia', followedAt: '2026-12-01T10:00:00.000Z' },
    ])
    expect(await isFollowed('mongolia')).toBe(true)
    await deleteFollow('mongolia')
    expect(await isFollowed('mongolia')).toBe(false)
    expect((await readFollows()).map((follow) => follow.nodeId)).toEqual(['odihr'])
  })

  it('knows which list of releases each kind of node has', async () => {
    const kindOf = async (id: string) => (await db.nodes.get(id))?.kind ?? 'link'
    expect(facetOfNode({ kind: await kindOf('mongolia') })).toBe('primaryCountries')
    expect(facetOfNode({ kind: await kindOf('odihr') })).toBe('structures')
    expect(facetOfNode({ kind: 'field-operation' })).toBe('structures')
    expect(facetOfNode({ kind: await kindOf('human-rights') })).toBe('fields')
    expect(facetOfNode({ kind: 'topic' })).toBe('fields')
    expect(facetOfNode({ kind: 'meeting' })).toBeNull()
    expect(facetOfNode({ kind: 'section' })).toBeNull()
  })

  it('gives "For you": unread counts per followed node and the newest unread releases across them', async () => {
    const [jan10, jan20, feb10, may01] = await ids()
    expect(await forYou(10)).toEqual({ items: [], releases: [], newIds: [] })
    await putFollow('mongolia', '2026-12-01T09:00:00.000Z')
    await putFollow('kyrgyzstan', '2026-12-01T10:00:00.000Z')
    await putFollow('no-longer-in-the-menus', '2026-12-01T11:00:00.000Z')
    await markRead(jan20 ?? '')
    const shown = await forYou(10)
    expect(shown.items.map((item) => [item.node.id, item.unread])).toEqual([
      ['mongolia', 2],
      ['kyrgyzstan', 1],
    ])
    expect(shown.releases.map((release) => release.id)).toEqual([may01, feb10, jan10])
    expect((await forYou(2)).releases.map((release) => release.id)).toEqual([may01, feb10])
    await markRead(may01 ?? '')
    const after = await forYou(10)
    expect(after.items.map((item) => item.unread)).toEqual([2, 0])
    expect(after.releases.map((release) => release.id)).toEqual([feb10, jan10])
  })

  it('says which of its releases the last content update brought', async () => {
    const [jan10, , feb10, may01] = await ids()
    await putFollow('mongolia')
    const change = { at: '2026-12-01T06:00:00.000Z', fromVersion: 'a', toVersion: 'b', newReleaseIds: [may01 ?? '', feb10 ?? ''], removedReleases: 0 }
    await db.installState.update('content', { lastChange: change })
    expect((await forYou(10)).newIds).toEqual([feb10])
    await markRead(feb10 ?? '')
    expect((await forYou(10)).newIds).toEqual([])
    expect((await forYou(10)).releases.map((release) => release.id)).toContain(jan10)
  })

  it('counts a release once when two followed nodes list it', async () => {
    await putFollow('mongolia')
    await putFollow('odihr')
    const shown = await forYou(10)
    expect(shown.items.map((item) => [item.node.id, item.unread])).toEqual([
      ['mongolia', 3],
      ['odihr', 4],
    ])
    expect(shown.releases).toHaveLength(4)
  })
})

describe('For you across nodes whose newest releases are read', () => {
  it('walks on past a first page read to its end when older unread releases there are still newer than the others', async () => {
    // Mongolia: eight releases in January 2020, the newest six read; Kyrgyzstan: three unread from 2010.
    const mongolia = Array.from({ length: 8 }, (_, index) => variantPage(index, `2020-01-0${index + 1}`))
    const kyrgyzstan = ['2010-03-01', '2010-03-02', '2010-03-03'].map((date, index) => inBishkek(variantPage(20 + index, date)))
    await installContent(compileContent([...mongolia, ...kyrgyzstan]))
    const all = await ids()
    for (const id of all.filter((id) => id >= '2020-01-03')) await markRead(id)
    await putFollow('kyrgyzstan', '2026-12-01T09:00:00.000Z')
    await putFollow('mongolia', '2026-12-01T10:00:00.000Z')

    // Limit 2: Mongolia's first page is its newest 4, all read; its 2 unread, older, still beat 2010.
    const shown = await forYou(2)
    expect(shown.items.map((item) => [item.node.id, item.unread])).toEqual([
      ['kyrgyzstan', 3],
      ['mongolia', 2],
    ])
    expect(shown.releases.map((release) => release.id)).toEqual(all.filter((id) => id < '2020-01-03' && id.startsWith('2020')).reverse())
    expect(shown.releases.map((release) => release.date)).toEqual(['2020-01-02', '2020-01-01'])
  })
})
