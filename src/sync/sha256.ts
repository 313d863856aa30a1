/**
 * SHA-256 of downloaded bytes as lowercase hex. Web Crypto where the browser has
 * it (only in secure contexts: https or localhost); otherwise a JS implementation,
 * so a checksum is never skipped.
 */
import { sha256 as jsSha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>, subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null): Promise<string> {
  if (!subtle) return bytesToHex(jsSha256(bytes))
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes)))
}
