// @vitest-environment node
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { PackFile, ReleaseShard } from '@/content/types'
import { unpackBodies } from '@/db/body-pack'
import { PackFormatError, parseShard } from '@/sync/pack-schema'
import { decodeBase64, verifyShardBodies } from '@/sync/shard-bodies'
import { SEED_RELEASE_ID } from '../support/seedContent'
import { packOfPages, seedPage } from '../support/packServer'

const pack = packOfPages([seedPage()])
const shardFile = pack.manifest.files.find((file) => file.role === 'releases') as PackFile
const seedShard = parseShard(shardFile, pack.files.get(shardFile.path) ?? '')

const packedAs = (entries: unknown) => deflateRawSync(Buffer.from(JSON.stringify(entries))).toString('base64')

async function problemOf(shard: ReleaseShard): Promise<string> {
  try {
    await verifyShardBodies(shardFile, shard)
  } catch (error) {
    if (error instanceof PackFormatError) return error.message
    throw error
  }
  throw new Error('no PackFormatError')
}

describe('a shard’s packed bodies', () => {
  it('are kept as they came once they match the releases: the seed’s six paragraphs', async () => {
    const verified = await verifyShardBodies(shardFile, seedShard)
    expect(verified.month).toBe('2017-07')
    expect(verified.releases.map((release) => release.id)).toEqual([SEED_RELEASE_ID])
    expect(Buffer.from(verified.packedBodies).toString('base64')).toBe(seedShard.bodies)
    const [body] = await unpackBodies(verified.packedBodies)
    expect(body?.body).toHaveLength(6)
    expect(body?.body[0]).toMatch(/^ULAANBAATAR, 6 July 2017 - A two-day /)
  })

  it('are refused when they do not inflate', async () => {
    expect(await problemOf({ ...seedShard, bodies: Buffer.from('not deflated at all').toString('base64') })).toBe(
      `${shardFile.path}: bodies: must be the month's [id, paragraphs] list as deflated JSON (rebuild the pack with npm run content)`,
    )
  })

  it('are refused when they inflate to another shape', async () => {
    expect(await problemOf({ ...seedShard, bodies: packedAs({ [SEED_RELEASE_ID]: ['text'] }) })).toBe(
      `${shardFile.path}: bodies: must be the month's [id, paragraphs] list as deflated JSON (rebuild the pack with npm run content)`,
    )
  })

  it('are refused when there are more bodies than releases', async () => {
    expect(await problemOf({ ...seedShard, bodies: packedAs([[SEED_RELEASE_ID, ['a']], ['2017-07-07-other', ['b']]]) })).toBe(`${shardFile.path}: bodies: holds 2 bodies for 1 releases`)
  })

  it('are refused when a body belongs to another release', async () => {
    expect(await problemOf({ ...seedShard, bodies: packedAs([['2017-07-07-other', ['b']]]) })).toBe(`${shardFile.path}: bodies: entry 0 is 2017-07-07-other, the release there is ${SEED_RELEASE_ID}`)
  })
})

describe('base64 decoding', () => {
  it('gives the exact bytes, including every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index)
    expect([...decodeBase64(Buffer.from(bytes).toString('base64'))]).toEqual([...bytes])
    expect([...decodeBase64('')]).toEqual([])
  })
})
