/** The pack builder's byte work done with Node's crypto and zlib, for the CLI, tests and the bench. */
import { createHash } from 'node:crypto'
import { constants, deflateRawSync } from 'node:zlib'
import type { PackTools } from '../src/content/pack'

export const NODE_PACK_TOOLS: PackTools = {
  sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
  // Level 9: the pack is built once and downloaded by every phone.
  deflateToBase64: (text) => deflateRawSync(Buffer.from(text, 'utf8'), { level: constants.Z_BEST_COMPRESSION }).toString('base64'),
}
