/**
 * Packs built from real pages, served by an in-memory fetch that counts requests
 * and can break files on purpose (corrupt once, missing, offline), for the sync engine's tests.
 */
import type { Pack } from '@/content/pack'
import { compileContent } from '@/content/compile'
import type { FetchLike } from '@/sync/pack-source'
import { packOf, seedPageText, variantPage } from './seedContent'

export function packOfPages(pages: { file: string; text: string }[]): Pack {
  return packOf(compileContent(pages))
}

export const seedPage = () => ({ file: 'content/pages/seed.txt', text: seedPageText() })

/** A variant page with its own body sentence, so an edit can change one release's text. */
export function pageWithBody(index: number, isoDate: string, sentence: string): { file: string; text: string } {
  const page = variantPage(index, isoDate)
  return { file: page.file, text: page.text.replace(/(ULAANBAATAR, [^\n]*\n)/, `$1${sentence}\n`) }
}

export interface FakePackServer {
  fetch: FetchLike
  /** Paths requested, in order, with the cache mode asked for. */
  requests: { path: string; cache: RequestCache | undefined }[]
  serve(pack: Pack): void
  /** The next `times` requests of `path` answer these bytes instead. */
  corrupt(path: string, times?: number): void
  missing: Set<string>
  offline: boolean
}

export function createFakePackServer(initial: Pack, base = 'https://reader.test/pack/'): FakePackServer {
  let pack = initial
  const corrupted = new Map<string, number>()
  const server: FakePackServer = {
    requests: [],
    missing: new Set(),
    offline: false,
    serve(next) {
      pack = next
    },
    corrupt(path, times = 1) {
      corrupted.set(path, times)
    },
    async fetch(url, init) {
      const path = url.slice(base.length)
      server.requests.push({ path, cache: init.cache })
      if (server.offline) throw new TypeError('Failed to fetch')
      const text = pack.files.get(path)
      if (text === undefined || server.missing.has(path)) return new Response('not found', { status: 404 })
      const left = corrupted.get(path) ?? 0
      if (left > 0) {
        corrupted.set(path, left - 1)
        return new Response(`${text.slice(0, -10)}garbage!!`, { headers: { 'content-type': 'application/json' } })
      }
      return new Response(text, { headers: { 'content-type': 'application/json' } })
    },
  }
  return server
}
