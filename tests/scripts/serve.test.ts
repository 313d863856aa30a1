// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from '../../scripts/serve'

let root: string
let server: Awaited<ReturnType<typeof startServer>>
let port: number
const SCRIPT = `export const greeting = ${JSON.stringify('hello '.repeat(500))}\n`

/** A raw request, so the test sees exactly the bytes and headers sent (fetch would decompress). */
function get(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
    })
    request.on('error', reject)
    request.end()
  })
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-test-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Reader</title>')
  writeFileSync(join(root, 'assets', 'app-abc123.js'), SCRIPT)
  writeFileSync(join(root, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  server = await startServer(root, 0)
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise((done) => server.close(done))
  rmSync(root, { recursive: true, force: true })
})

describe('the static server', () => {
  it('sends text compressed with brotli when the browser accepts it', async () => {
    const response = await get('/assets/app-abc123.js', 'gzip, deflate, br')
    expect(response.headers['content-encoding']).toBe('br')
    expect(response.headers.vary).toBe('Accept-Encoding')
    expect(brotliDecompressSync(response.body).toString('utf8')).toBe(SCRIPT)
    expect(response.body.length).toBeLessThan(SCRIPT.length / 10)
    expect(Number(response.headers['content-length'])).toBe(response.body.length)
  })

  it('falls back to gzip, then to the plain bytes', async () => {
    const gzipped = await get('/assets/app-abc123.js', 'gzip')
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzipped.body).toString('utf8')).toBe(SCRIPT)
    const plain = await get('/assets/app-abc123.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString('utf8')).toBe(SCRIPT)
  })

  it('compresses app routes (the HTML fallback) but not images', async () => {
    const route = await get('/countries/mongolia', 'br')
    expect(route.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(route.body).toString('utf8')).toBe('<!doctype html><title>Reader</title>')
    const image = await get('/icon.png', 'br')
    expect(image.headers['content-encoding']).toBeUndefined()
    expect([...image.body]).toEqual([0x89, 0x50, 0x4e, 0x47])
  })
})
