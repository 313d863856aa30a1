/**
 * A shard's bodies arrive packed as the device stores them (content/types.ts,
 * ReleaseShard), so the phone neither stringifies nor deflates 80 MB on install.
 * They are still checked before anything is written: the bytes must inflate to
 * one `[id, paragraphs]` entry per release, in the shard's order.
 */
import type { PackedRelease, PackFile, ReleaseShard } from '@/content/types'
import { unpackBodies } from '@/db/body-pack'
import { PackFormatError } from './pack-schema'

/** A downloaded month whose summaries passed the schema and whose packed bodies match them. */
export interface VerifiedShard {
  month: string
  releases: PackedRelease[]
  packedBodies: Uint8Array<ArrayBuffer>
}

type Base64Decoder = (text: string) => Uint8Array<ArrayBuffer>

// Chromium 140+ decodes natively; elsewhere (Node 20, older browsers) through atob.
const nativeDecoder = (Uint8Array as unknown as { fromBase64?: Base64Decoder }).fromBase64?.bind(Uint8Array)

function decodeWithAtob(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

export const decodeBase64: Base64Decoder = nativeDecoder ?? decodeWithAtob

export async function verifyShardBodies(file: PackFile, shard: ReleaseShard): Promise<VerifiedShard> {
  const packedBodies = decodeBase64(shard.bodies)
  let bodies: Awaited<ReturnType<typeof unpackBodies>>
  try {
    bodies = await unpackBodies(packedBodies)
  } catch {
    throw new PackFormatError(file.path, 'bodies: must be the month\'s [id, paragraphs] list as deflated JSON (rebuild the pack with npm run content)')
  }
  if (bodies.length !== shard.releases.length) throw new PackFormatError(file.path, `bodies: holds ${bodies.length} bodies for ${shard.releases.length} releases`)
  const misplaced = shard.releases.findIndex((release, index) => bodies[index]?.id !== release.id)
  if (misplaced >= 0) throw new PackFormatError(file.path, `bodies: entry ${misplaced} is ${bodies[misplaced]?.id ?? 'missing'}, the release there is ${shard.releases[misplaced]?.id ?? 'missing'}`)
  return { month: shard.shard, releases: shard.releases, packedBodies }
}
