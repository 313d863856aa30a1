/** Where the content pack is served from, for the page and the sync worker alike. */
import { MANIFEST_FILE } from '@/content/pack'

export const PACK_BASE_URL = `${import.meta.env.BASE_URL}pack/`

/** The pack's absolute address, resolved against the page's (or the worker's) own address. */
export function packBaseUrl(base: string): string {
  return new URL(PACK_BASE_URL, base).href
}

export function manifestUrl(base: string): string {
  return `${packBaseUrl(base)}${MANIFEST_FILE}`
}
