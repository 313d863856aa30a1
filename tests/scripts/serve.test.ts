// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { byteRange, pathSegments, startServer } from '../../scripts/serve'
import { CONTENT_SECURITY_POLICY } from '../../scripts/site-headers'

/** The build folder is `root`, inside `base`, next to a file no request may reach. */
let base: string
let root: string
let server: Awaited<ReturnType<typeof startServer>>
let port: number
const SCRIPT = `export const greeting = ${JSON.stringify('hello '.repeat(500))}\n`

const SECRET = 'the password of the machine, outside the build'
/** Big enough to be still streaming when the test changes the file (socket buffers hold a few MiB). */
const LARGE = Buffer.alloc(16 * 1024 * 1024, 'photo of a field office ')

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A raw request, so the test sees exactly the bytes and headers sent (fetch would decompress). */
function get(path: string, acceptEncoding?: string): Promise<Reply> {
  return send(path, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} })
}

function send(path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers ?? {} }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
    })
    request.on('error', reject)
    request.end()
  })
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'serve-test-'))
  root = join(base, 'dist')
  writeFileSync(join(base, 'secret.txt'), SECRET)
  mkdirSync(join(root, 'assets'), { recursive: true })
  mkdirSync(join(root, 'pack', 'releases'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Reader</title>')
  writeFileSync(join(root, 'assets', 'app-abc123.js'), SCRIPT)
  writeFileSync(join(root, 'assets', 'app-abc123.css'), 'body { margin: 0 }')
  writeFileSync(join(root, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  writeFileSync(join(root, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  writeFileSync(join(root, 'font.woff2'), 'wOF2')
  writeFileSync(join(root, 'data.bin'), 'bytes')
  writeFileSync(join(root, 'sw.js'), 'self.skipWaiting()')
  writeFileSync(join(root, 'manifest.webmanifest'), '{"name":"OSCE Field Reader"}')
  writeFileSync(join(root, 'pack', 'manifest.json'), '{"version":"1"}')
  writeFileSync(join(root, 'pack', 'releases', '2017-07.ee797ae75e76.json'), '[]')
  writeFileSync(join(root, 'photo.png'), LARGE)
  // Paths that look like files but cannot be read as one: a folder, a FIFO (opening one for reading could block), links out of the build.
  mkdirSync(join(root, 'folder.js'))
  execFileSync('mkfifo', [join(root, 'pipe.js')])
  symlinkSync(join(base, 'secret.txt'), join(root, 'secret-link.txt'))
  symlinkSync(base, join(root, 'parent'))
  server = await startServer(root, 0)
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise((done) => server.close(done))
  rmSync(base, { recursive: true, force: true })
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

/**
 * Bytes written straight to a socket, for requests an HTTP client would not send or not show
 * (a HEAD's exact bytes, a 100 kB URL, a broken request line); everything the server sent before closing.
 */
function exchange(text: string): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const socket = connect(port, '127.0.0.1', () => socket.write(text))
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    // A server that refuses a request before reading all of it may reset the connection: what arrived still counts.
    socket.on('error', () => undefined)
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')))
  })
}

const statusOf = (raw: string) => Number(/^HTTP\/1\.1 (\d{3}) /.exec(raw)?.[1] ?? 0)

async function expectStillServing(): Promise<void> {
  const reply = await get('/assets/app-abc123.js')
  expect({ status: reply.status, body: reply.body.toString('utf8') }).toEqual({ status: 200, body: SCRIPT })
  expect((await get('/countries/mongolia')).status).toBe(200)
}

describe('requests that must not leave the build folder', () => {
  it.each([
    ['a malformed escape', '/%E0%A4%A', 400],
    ['a lone percent sign', '/assets/%', 400],
    ['plain dot segments', '/../secret.txt', 400],
    ['dot segments below a folder', '/assets/../../secret.txt', 400],
    ['encoded dot segments', '/%2e%2e/secret.txt', 400],
    ['encoded dot segments in capitals', '/assets/%2E%2E/%2E%2E/secret.txt', 400],
    ['an encoded slash', '/..%2fsecret.txt', 400],
    ['encoded slashes around dot segments', '/assets%2f..%2f..%2fsecret.txt', 400],
    ['a backslash', '/..\\secret.txt', 400],
    ['an encoded backslash', '/..%5csecret.txt', 400],
    ['a NUL byte', '/secret.txt%00.png', 400],
    ['an absolute-form target', 'http://localhost/../secret.txt', 400],
    ['an empty segment', '//secret.txt', 404],
    ['a symlink to a file outside', '/secret-link.txt', 404],
    ['a symlink to a folder outside', '/parent/secret.txt', 404],
  ])('%s (%s): %i, then the server answers as before', async (_kind, path, status) => {
    const reply = await get(path)
    expect(reply.status).toBe(status)
    expect(reply.body.toString('utf8')).not.toContain(SECRET)
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    await expectStillServing()
  })

  it('refuses a 10 kB URL with 414 and a 100 kB one, which node stops reading, with 414 too', async () => {
    expect((await get(`/${'a'.repeat(10_000)}`)).status).toBe(414)
    await expectStillServing()
    expect(statusOf(await exchange(`GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`))).toBe(414)
    await expectStillServing()
  })

  it('tells over-long headers (431) and garbage (400) from a long URL', async () => {
    expect(statusOf(await exchange(`GET / HTTP/1.1\r\nHost: localhost\r\nCookie: ${'a'.repeat(20_000)}\r\n\r\n`))).toBe(431)
    expect(statusOf(await exchange('NOT HTTP AT ALL\r\n\r\n'))).toBe(400)
    await expectStillServing()
  })

  it('reads only the path: query and fragment are ignored', () => {
    expect(pathSegments('/countries/mongolia?from=%E0%A4%A#..')).toEqual(['countries', 'mongolia'])
    expect(pathSegments('/r%C3%A9sum%C3%A9.txt')).toEqual(['résumé.txt'])
    expect(pathSegments('/%2e%2e/x')).toBeNull()
  })
})

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s gets 405 with Allow: GET, HEAD', async (method) => {
    const reply = await send('/index.html', { method, headers: { 'content-type': 'text/plain' } })
    expect({ status: reply.status, allow: reply.headers.allow }).toEqual({ status: 405, allow: 'GET, HEAD' })
    await expectStillServing()
  })

  it('HEAD sends the headers of GET, with its Content-Length, and no body', async () => {
    for (const [path, acceptEncoding] of [['/assets/app-abc123.js', 'br'], ['/assets/app-abc123.js', ''], ['/photo.png', ''], ['/countries/mongolia', 'gzip']] as const) {
      const full = await get(path, acceptEncoding)
      const raw = await exchange(`HEAD ${path} HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: ${acceptEncoding}\r\nConnection: close\r\n\r\n`)
      expect(statusOf(raw)).toBe(200)
      expect(raw.endsWith('\r\n\r\n')).toBe(true)
      expect(raw).toContain(`\r\nContent-Length: ${full.body.length}\r\n`)
      expect(raw).toContain(`\r\nContent-Type: ${full.headers['content-type']}\r\n`)
    }
    await expectStillServing()
  })
})

describe('byte ranges', () => {
  it('sends one range as 206 with its Content-Range, uncompressed even when brotli is accepted', async () => {
    const first = await send('/assets/app-abc123.js', { headers: { range: 'bytes=0-11', 'accept-encoding': 'br' } })
    expect({ status: first.status, range: first.headers['content-range'], encoding: first.headers['content-encoding'], body: first.body.toString('utf8') }).toEqual({
      status: 206,
      range: `bytes 0-11/${SCRIPT.length}`,
      encoding: undefined,
      body: 'export const',
    })
    const suffix = await send('/assets/app-abc123.js', { headers: { range: 'bytes=-3' } })
    expect([suffix.status, suffix.headers['content-range'], suffix.body.toString('utf8')]).toEqual([206, `bytes ${SCRIPT.length - 3}-${SCRIPT.length - 1}/${SCRIPT.length}`, ' "\n'])
    const open = await send('/photo.png', { headers: { range: `bytes=${LARGE.length - 5}-` } })
    expect([open.status, open.headers['content-length'], open.body.toString('latin1')]).toEqual([206, '5', LARGE.subarray(-5).toString('latin1')])
  })

  it('answers a range past the end with 416, and sends the whole file for several ranges or an If-Range', async () => {
    const past = await send('/icon.png', { headers: { range: 'bytes=4-' } })
    expect([past.status, past.headers['content-range']]).toEqual([416, 'bytes */4'])
    const several = await send('/icon.png', { headers: { range: 'bytes=0-0,2-3' } })
    expect([several.status, [...several.body]]).toEqual([200, [0x89, 0x50, 0x4e, 0x47]])
    const conditional = await send('/icon.png', { headers: { range: 'bytes=0-1', 'if-range': '"v1"' } })
    expect([conditional.status, conditional.body.length]).toEqual([200, 4])
    await expectStillServing()
  })

  it('reads Range headers as RFC 9110 does', () => {
    expect(byteRange('bytes=0-0', 10)).toEqual({ start: 0, end: 0 })
    expect(byteRange('bytes=5-100', 10)).toEqual({ start: 5, end: 9 })
    expect(byteRange('bytes=-100', 10)).toEqual({ start: 0, end: 9 })
    expect(byteRange('bytes=-0', 10)).toBe('unsatisfiable')
    expect(byteRange('bytes=10-', 10)).toBe('unsatisfiable')
    expect(byteRange('bytes=0-', 0)).toBe('unsatisfiable')
    expect(byteRange('bytes=5-2', 10)).toBeNull()
    expect(byteRange('items=0-1', 10)).toBeNull()
    expect(byteRange('bytes=-', 10)).toBeNull()
  })
})

describe('types and caching', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', 'no-cache'],
    ['/countries/mongolia', 'text/html; charset=utf-8', 'no-cache'],
    ['/sw.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
    ['/pack/manifest.json', 'application/json; charset=utf-8', 'no-cache'],
    ['/pack/releases/2017-07.ee797ae75e76.json', 'application/json; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/assets/app-abc123.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/assets/app-abc123.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/logo.svg', 'image/svg+xml', 'no-cache'],
    ['/icon.png', 'image/png', 'no-cache'],
    ['/font.woff2', 'font/woff2', 'no-cache'],
    ['/data.bin', 'application/octet-stream', 'no-cache'],
    ['/missing.js', 'text/plain; charset=utf-8', 'no-cache'],
  ])('%s: %s, %s', async (path, type, cache) => {
    const reply = await get(path)
    expect({ type: reply.headers['content-type'], cache: reply.headers['cache-control'], nosniff: reply.headers['x-content-type-options'], csp: reply.headers['content-security-policy'] }).toEqual({
      type,
      cache,
      nosniff: 'nosniff',
      csp: CONTENT_SECURITY_POLICY,
    })
  })
})

describe('failures inside one request', () => {
  it('answers 404 for paths that are no regular file: a folder, a FIFO (without hanging), a deleted file', async () => {
    expect((await get('/folder.js')).status).toBe(404)
    expect((await get('/pipe.js')).status).toBe(404)
    writeFileSync(join(root, 'gone.js'), 'soon gone')
    expect((await get('/gone.js')).status).toBe(200)
    unlinkSync(join(root, 'gone.js'))
    expect((await get('/gone.js')).status).toBe(404)
    await expectStillServing()
  })

  it('sends a file deleted while it streams whole, from the file it opened', async () => {
    writeFileSync(join(root, 'doomed.png'), LARGE)
    const body = await new Promise<Buffer>((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port, path: '/doomed.png' }, (response) => {
        unlinkSync(join(root, 'doomed.png'))
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve(Buffer.concat(chunks)))
      })
      request.on('error', reject)
      request.end()
    })
    expect(body.equals(LARGE)).toBe(true)
    await expectStillServing()
  })

  it('survives a file cut short while it streams, and a client that leaves in the middle', async () => {
    writeFileSync(join(root, 'shrinking.png'), LARGE)
    const cut = await new Promise<string>((resolve) => {
      const request = httpRequest({ host: '127.0.0.1', port, path: '/shrinking.png' }, (response) => {
        writeFileSync(join(root, 'shrinking.png'), 'short')
        response.on('data', () => undefined)
        response.on('end', () => resolve('complete'))
        response.on('aborted', () => resolve('aborted'))
        response.on('error', () => resolve('aborted'))
      })
      request.on('error', () => resolve('aborted'))
      request.end()
    })
    expect(cut).toBe('aborted')
    await new Promise<void>((resolve) => {
      const request = httpRequest({ host: '127.0.0.1', port, path: '/photo.png' }, (response) => {
        response.once('data', () => request.destroy())
      })
      request.on('close', () => resolve())
      request.on('error', () => undefined)
      request.end()
    })
    await expectStillServing()
    expect((await get('/photo.png')).body.equals(LARGE)).toBe(true)
  })
})
