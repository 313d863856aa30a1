/**
 * A host for sync tests: the production build as `npm start` serves it, with
 * the content pack served from memory so a test can switch pack versions,
 * break a file once, hold requests, and count what the app asked for.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Pack } from '../../../src/content/pack'
import { serve, DIST } from './site'

export interface PackHost {
  url: string
  /** Pack paths requested (`manifest.json`, `releases/2019-05.….json`), in order. */
  requests: string[]
  serve(pack: Pack): void
  /** The next request of `path` gets damaged bytes (with the long-lived cache headers of a good file). */
  corruptOnce(path: string): void
  /**
   * Requests of `path` wait unanswered (the app sees a download in progress) until the returned release is
   * called; it resolves once the held requests have been answered in full.
   */
  hold(path: string): () => Promise<void>
  /** Answers every pack request with a dropped connection while true. */
  offline: boolean
  close(): Promise<void>
}

const IMMUTABLE = 'public, max-age=31536000, immutable'

export async function startPackHost(initial: Pack, root = DIST): Promise<PackHost> {
  const app = await serve(root)
  let pack = initial
  const corrupt = new Set<string>()
  const held = new Map<string, (() => Promise<void>)[]>()

  async function proxy(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const upstream = await fetch(`${app.url}${request.url ?? '/'}`, { method: request.method, headers: { accept: request.headers.accept ?? '*/*' } })
    const headers: Record<string, string> = {}
    // fetch hands over the body decompressed: its encoding and length headers no longer apply.
    upstream.headers.forEach((value, key) => {
      if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(key)) headers[key] = value
    })
    response.writeHead(upstream.status, headers)
    response.end(Buffer.from(await upstream.arrayBuffer()))
  }

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    if (!path.startsWith('/pack/')) {
      proxy(request, response).catch(() => response.destroy())
      return
    }
    const file = path.slice('/pack/'.length)
    host.requests.push(file)
    if (host.offline) {
      response.destroy()
      return
    }
    const waiting = held.get(file)
    if (waiting) {
      waiting.push(() => {
        answer(file, response)
        return new Promise<void>((sent) => {
          if (response.writableFinished || response.destroyed) return sent()
          response.once('finish', sent).once('close', sent)
        })
      })
      return
    }
    answer(file, response)
  })

  function answer(file: string, response: ServerResponse): void {
    // A held request whose browser was killed meanwhile has nobody to answer.
    if (response.destroyed) return
    const text = pack.files.get(file)
    if (text === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-cache' })
      response.end('Not found')
      return
    }
    const body = corrupt.delete(file) ? `${text.slice(0, -12)}"damaged"}]}` : text
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': file === 'manifest.json' ? 'no-cache' : IMMUTABLE })
    response.end(body)
  }
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()))
  const { port } = server.address() as AddressInfo

  const host: PackHost = {
    url: `http://localhost:${port}`,
    requests: [],
    offline: false,
    serve(next) {
      pack = next
    },
    corruptOnce(file) {
      corrupt.add(file)
    },
    hold(file) {
      held.set(file, held.get(file) ?? [])
      return () => {
        const waiting = held.get(file) ?? []
        held.delete(file)
        return Promise.all(waiting.map((release) => release())).then(() => undefined)
      }
    },
    async close() {
      await new Promise<void>((closed) => server.close(() => closed()))
      await app.close()
    },
  }
  return host
}
