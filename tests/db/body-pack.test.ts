import { describe, expect, it } from 'vitest'
import { compileContent } from '@/content/compile'
import { monthOfRelease, packBodies, unpackBodies } from '@/db/body-pack'
import { getBodies, getRelease } from '@/db/content'
import { db } from '@/db/database'
import { prepareShard, repackLegacyBodies } from '@/db/install'
import { readAllReleasesForIndex } from '@/db/search'
import { compileSeed, installContent, SEED_RELEASE_ID, variantPage } from '../support/seedContent'

const MONTH_OF_FIVE = ['2019-05-01', '2019-05-02', '2019-05-03', '2019-05-20', '2019-05-31']

describe('packed months of bodies', () => {
  it('give back every body exactly, in order', async () => {
    const releases = compileContent(MONTH_OF_FIVE.map((date, index) => variantPage(index, date))).releases
    const bodies = releases.map((release) => ({ id: release.id, body: release.body }))
    expect(await unpackBodies(await packBodies(bodies))).toEqual(bodies)
  })

  it('keep a month of similar releases in a fraction of its JSON', async () => {
    const releases = compileContent(MONTH_OF_FIVE.map((date, index) => variantPage(index, date))).releases
    const bodies = releases.map((release) => ({ id: release.id, body: release.body }))
    const json = new TextEncoder().encode(JSON.stringify(bodies)).byteLength
    const packed = (await packBodies(bodies)).byteLength
    // Five near-identical releases: the month stream stores the shared text once.
    expect(packed / json).toBeLessThan(0.25)
  })

  it('refuse a row that is not a packed month, with a message that says so', async () => {
    await expect(unpackBodies(new TextEncoder().encode('not deflated'))).rejects.toThrow()
    const wrongShape = await packBodies([]).then(async () => {
      const stream = new Blob([JSON.stringify({ id: 'x' })]).stream().pipeThrough(new CompressionStream('deflate-raw'))
      return new Uint8Array(await new Response(stream).arrayBuffer())
    })
    await expect(unpackBodies(wrongShape)).rejects.toThrow('A stored month of release bodies has an unknown shape.')
  })

  it('are found by the month an id starts with', () => {
    expect(monthOfRelease(SEED_RELEASE_ID)).toBe('2017-07')
  })

  it('refuse a shard holding a release of another month, naming both', async () => {
    const [release] = compileSeed().releases
    if (!release) throw new Error('the seed compiles to one release')
    expect(() => prepareShard('releases/2017-08.abc.json', { month: '2017-08', releases: [release], packedBodies: new Uint8Array() })).toThrow(
      `releases/2017-08.abc.json: release ${SEED_RELEASE_ID} is not of the shard's month 2017-08`,
    )
  })
})

describe('reading bodies', () => {
  it('opens a release with its six paragraphs from its packed month', async () => {
    await installContent()
    expect(await db.bodyMonths.toCollection().primaryKeys()).toEqual(['2017-07'])
    const release = await getRelease(SEED_RELEASE_ID)
    expect(release?.body).toHaveLength(6)
    expect(release?.body[0]).toMatch(/^ULAANBAATAR, 6 July 2017 - A two-day /)
  })

  it('reads bodies of several months in the order asked, skipping ids no longer stored', async () => {
    const content = compileContent(['2018-03-02', '2019-11-30', '2019-11-02'].map((date, index) => variantPage(index, date)))
    await installContent(content)
    const ids = content.releases.map((release) => release.id).sort()
    const asked = [ids[2], 'missing-id', ids[0], ids[1]].filter((id): id is string => id !== undefined)
    expect((await getBodies(asked)).map((body) => body.id)).toEqual([ids[2], ids[0], ids[1]])
    expect(await db.bodyMonths.count()).toBe(2)
  })
})

describe('bodies kept one row per release by schema v1–v3', () => {
  async function installAsSchemaThree() {
    const content = compileContent(['2018-03-02', '2019-11-30', '2019-11-02'].map((date, index) => variantPage(index, date)))
    await installContent(content)
    // What an install before schema v4 left: one body row per release, no packed months.
    await db.bodies.bulkPut(content.releases.map((release) => ({ id: release.id, body: release.body })))
    await db.bodyMonths.clear()
    return content
  }

  it('stay readable, then are repacked into months with nothing lost', async () => {
    const content = await installAsSchemaThree()
    const id = content.releases[0]?.id ?? ''
    const expected = content.releases[0]?.body
    expect((await getRelease(id))?.body).toEqual(expected)

    expect(await repackLegacyBodies()).toBe(2)
    expect(await db.bodies.count()).toBe(0)
    expect(await db.bodyMonths.toCollection().primaryKeys()).toEqual(['2018-03', '2019-11'])
    expect((await getRelease(id))?.body).toEqual(expected)
    expect((await readAllReleasesForIndex()).map((release) => release.body)).toEqual(
      [...content.releases].sort((a, b) => (a.id < b.id ? -1 : 1)).map((release) => release.body),
    )
    // Nothing left to do: a second run repacks nothing.
    expect(await repackLegacyBodies()).toBe(0)
  })

  it('never overwrite a month an update has written since', async () => {
    await installAsSchemaThree()
    const newer = await db.bodyMonths.get('2019-11')
    expect(newer).toBeUndefined()
    await db.bodyMonths.put({ month: '2019-11', packed: await packBodies([{ id: '2019-11-30-newer', body: ['Newer text.'] }]) })
    await repackLegacyBodies()
    expect(await unpackBodies((await db.bodyMonths.get('2019-11'))?.packed ?? new Uint8Array())).toEqual([{ id: '2019-11-30-newer', body: ['Newer text.'] }])
  })
})
