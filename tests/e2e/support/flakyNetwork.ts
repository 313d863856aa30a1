/**
 * A network between the browser and a test host that can drop in the middle of a download: the next response
 * for a path is sent half-way and then held, so a test can wait until the download is under way, take the
 * browser offline and cut the connection, as a phone losing its signal does.
 */
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FlakyNetwork {
  url: string
  /** While true, every request gets a dropped connection. */
  down: boolean
  /** The next response for `path` (`/pack/releases/…`) stops half-way; resolves once its first half is on the way. */
  stopHalfWay(path: string): Promise<void>
  /** Cuts the responses stopped half-way, and every later request until `down` turns false again. */
  drop(): void
  close(): Promise<void>
}

export async function startFlakyNetwork(upstream: string): Promise<FlakyNetwork> {
  const halfWay = new Map<string, () => void>()
  const stopped: ServerResponse[] = []

  async function forward(url: string, method: string, accept: string, response: ServerResponse): Promise<void> {
    const answer = await fetch(`${upstream}${url}`, { method, headers: { accept } })
    const headers: Record<string, string> = {}
    // fetch hands over the body decompressed: its encoding and length headers no longer apply.
    answer.headers.forEach((value, key) => {
      if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(key)) headers[key] = value
    })
    const body = Buffer.from(await answer.arrayBuffer())
    const path = new URL(url, 'http://localhost').pathname
    const started = halfWay.get(path)
    if (!started) {
      response.writeHead(answer.status, headers)
      response.end(body)
      return
    }
    halfWay.delete(path)
    // The whole length is announced, so the browser knows the body is cut short.
    response.writeHead(answer.status, { ...headers, 'content-length': String(body.length) })
    stopped.push(response)
    response.write(body.subarray(0, Math.floor(body.length / 2)), () => started())
  }

  const server = createServer((request, response) => {
    if (network.down) {
      response.destroy()
      return
    }
    forward(request.url ?? '/', request.method ?? 'GET', request.headers.accept ?? '*/*', response).catch(() => response.destroy())
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()))
  const { port } = server.address() as AddressInfo

  const network: FlakyNetwork = {
    url: `http://localhost:${port}`,
    down: false,
    stopHalfWay(path) {
      return new Promise<void>((started) => halfWay.set(path, started))
    },
    drop() {
      network.down = true
      for (const response of stopped.splice(0)) response.destroy()
    },
    async close() {
      for (const response of stopped.splice(0)) response.destroy()
      server.closeAllConnections()
      await new Promise<void>((closed) => server.close(() => closed()))
    },
  }
  return network
}
