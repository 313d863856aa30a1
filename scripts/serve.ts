/**
 * Serves the production build on localhost with the headers an offline PWA
 * needs (scripts/site-headers.ts): the service worker and the HTML entry never
 * cached (so updates are seen), hashed assets immutable, and a strict
 * Content-Security-Policy.
 *   PORT=8080 npm start      (default port 4173; --dir DIR serves another build)
 *
 * Whatever a client sends, the server answers and stays up: only files under the
 * build folder are read (a path that could leave it is a 400, a symlink out of it
 * a 404); over-long URLs get 414; other methods than GET and HEAD get 405; a
 * single byte range gets 206 or 416 (several ranges, or a Range with If-Range,
 * get the whole file: the server keeps no validators); a read that fails or a
 * client that leaves ends that one response only.
 */
import { constants as fsConstants, existsSync } from 'node:fs'
import { open, realpath, type FileHandle } from 'node:fs/promises'
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { pipeline, Transform, type Duplex } from 'node:stream'
import { extname, join, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib'
import { cacheControl, COMMON_HEADERS } from './site-headers.ts'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

/** Browsers send at most a few kB; a longer target is a mistake or an attack. Longer than node's header limit (16 kB), it is refused while parsing. */
export const MAX_URL_LENGTH = 8 * 1024
const ALLOWED_METHODS = 'GET, HEAD'

/** Text types are sent compressed, as any production host does: a phone on a slow network downloads a third of the bytes. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.svg', '.txt'])
const compressBrotli = promisify(brotliCompress)
const compressGzip = promisify(gzip)
/** Compressed once per file version and kept (hashed assets and pack files never change); concurrent requests share one compression. */
const compressed = new Map<string, { version: string; body: Promise<Buffer> }>()

interface OpenFile {
  handle: FileHandle
  path: string
  size: number
  version: string
}

function parseArguments(argv: readonly string[]): { root: string; port: number } {
  const dirIndex = argv.indexOf('--dir')
  const root = resolve(dirIndex >= 0 ? (argv[dirIndex + 1] ?? 'dist') : 'dist')
  const port = Number(process.env.PORT ?? 4173)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: PORT must be a port number, not "${process.env.PORT}".`)
    process.exit(2)
  }
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`serve: no build at ${root}. Run \`npm run build\` first (npm start does both).`)
    process.exit(2)
  }
  return { root, port }
}

/**
 * The request target's path as decoded segments, or null if it is not a plain path inside the root:
 * a malformed escape, a `.` or `..` segment, or an encoded `/`, `\` or NUL. Browsers resolve dot
 * segments before sending, so only a hand-made request has them.
 */
export function pathSegments(target: string): string[] | null {
  if (!target.startsWith('/')) return null
  const pathname = target.split(/[?#]/, 1)[0] ?? ''
  const segments: string[] = []
  for (const raw of pathname.slice(1).split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null
    segments.push(segment)
  }
  return segments
}

/**
 * A single byte range of a file of `size` bytes (RFC 9110 §14): the range, 'unsatisfiable' (416), or null
 * when the header is to be ignored (another unit, several ranges, or a malformed one) and the whole file sent.
 */
export function byteRange(header: string, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match || (match[1] === '' && match[2] === '')) return null
  if (match[1] === '') {
    const suffix = Number(match[2])
    return suffix === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(match[1])
  const last = match[2] === '' ? Infinity : Number(match[2])
  if (last < start) return null
  if (start >= size) return 'unsatisfiable'
  return { start, end: Math.min(last, size - 1) }
}

function encodingFor(request: IncomingMessage, path: string): 'br' | 'gzip' | null {
  if (!COMPRESSIBLE.has(extname(path))) return null
  const accepted = String(request.headers['accept-encoding'] ?? '')
  if (/\bbr\b/.test(accepted)) return 'br'
  return /\bgzip\b/.test(accepted) ? 'gzip' : null
}

function compressedBody(file: OpenFile, encoding: 'br' | 'gzip'): Promise<Buffer> {
  const key = `${encoding}:${file.path}`
  const cached = compressed.get(key)
  if (cached?.version === file.version) return cached.body
  const body = file.handle
    .readFile()
    .then((raw) => (encoding === 'br' ? compressBrotli(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } }) : compressGzip(raw, { level: 9 })))
  const entry = { version: file.version, body }
  compressed.set(key, entry)
  body.catch(() => compressed.get(key) === entry && compressed.delete(key))
  return body
}

/**
 * Opens a regular file under `root` (a real path), following symlinks only if they stay inside it.
 * Size and version come from the open file, so a file replaced or deleted meanwhile is still read whole.
 */
async function openFile(root: string, segments: readonly string[]): Promise<OpenFile | null> {
  let path: string
  try {
    path = await realpath(join(root, ...segments))
  } catch {
    return null
  }
  if (path !== root && !path.startsWith(root + sep)) return null
  let handle: FileHandle
  try {
    // Non-blocking, so that opening a FIFO cannot hang the server; a regular file reads as usual.
    handle = await open(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK)
  } catch {
    return null
  }
  try {
    const stats = await handle.stat()
    if (stats.isFile()) return { handle, path, size: stats.size, version: `${stats.mtimeMs}:${stats.size}` }
  } catch {
    // Not readable as a file: treated as missing.
  }
  await handle.close()
  return null
}

function sendText(response: ServerResponse, status: number, text: string, headers: Readonly<Record<string, string>> = {}): void {
  response.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers })
  response.end(text)
}

/**
 * Fails the response if the file ends before `length` bytes (it was cut short while being sent), so the
 * connection closes: ending normally would leave the client waiting for the bytes Content-Length promised.
 */
function exactly(length: number): Transform {
  let sent = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sent += chunk.length
      done(null, chunk)
    },
    flush(done) {
      done(sent < length ? new Error(`the file ended after ${sent} of ${length} bytes`) : null)
    },
  })
}

/** Sends an open file (closing it when done): whole, compressed, or one byte range; headers only for HEAD. */
async function sendFile(request: IncomingMessage, response: ServerResponse, file: OpenFile, urlPath: string): Promise<void> {
  const headers: Record<string, string | number> = {
    ...COMMON_HEADERS,
    'Content-Type': TYPES[extname(file.path)] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(urlPath),
    'Service-Worker-Allowed': '/',
    'Accept-Ranges': 'bytes',
  }
  if (COMPRESSIBLE.has(extname(file.path))) headers.Vary = 'Accept-Encoding'
  const range = request.headers.range !== undefined && request.headers['if-range'] === undefined ? byteRange(request.headers.range, file.size) : null
  const encoding = range ? null : encodingFor(request, file.path)
  let streamed = false
  try {
    if (range === 'unsatisfiable') return sendText(response, 416, 'Range not satisfiable', { 'Content-Range': `bytes */${file.size}` })
    if (encoding) {
      const body = await compressedBody(file, encoding)
      response.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length })
      response.end(request.method === 'HEAD' ? undefined : body)
      return
    }
    // A range is of the file's own bytes, so it is sent uncompressed.
    if (range) response.writeHead(206, { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${file.size}`, 'Content-Length': range.end - range.start + 1 })
    else response.writeHead(200, { ...headers, 'Content-Length': file.size })
    if (request.method === 'HEAD') return void response.end()
    const { start, end } = range ?? { start: 0, end: file.size - 1 }
    if (end < start) return void response.end()
    streamed = true
    pipeline(file.handle.createReadStream({ start, end }), exactly(end - start + 1), response, () => {
      // Done, or the read failed or the client left: pipeline has destroyed both sides and the stream closes the file.
    })
  } finally {
    if (!streamed) await file.handle.close()
  }
}

async function respond(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return sendText(response, 405, `${request.method ?? 'This method'} is not allowed: the server only reads files (GET, HEAD).`, { Allow: ALLOWED_METHODS })
  }
  const target = request.url ?? '/'
  if (target.length > MAX_URL_LENGTH) return sendText(response, 414, `URI too long: at most ${MAX_URL_LENGTH} characters.`)
  const segments = pathSegments(target)
  if (!segments) return sendText(response, 400, 'Bad request: the path has a malformed escape or a segment that could leave the site (., .., /, \\ or NUL).')
  const urlPath = `/${segments.join('/')}`
  const file = await openFile(root, segments)
  if (file) return sendFile(request, response, file, urlPath)
  // Files (anything with an extension) that do not exist are 404s; other paths are app routes.
  const index = extname(urlPath) ? null : await openFile(root, ['index.html'])
  if (!index) return sendText(response, 404, 'Not found')
  return sendFile(request, response, index, '/index.html')
}

/** A request node's parser refused (too long, malformed): answered on the socket, since there is no response object. */
function answerClientError(error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex & { bytesWritten?: number }): void {
  if (error.code === 'ECONNRESET' || !socket.writable || (socket.bytesWritten ?? 0) > 0) {
    socket.destroy()
    return
  }
  let status = 400
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const requestLineEnd = error.rawPacket?.indexOf('\r\n') ?? -1
    status = requestLineEnd === -1 || requestLineEnd > MAX_URL_LENGTH ? 414 : 431
  } else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    status = 408
  }
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
}

export async function startServer(root: string, port: number): Promise<Server> {
  const realRoot = await realpath(root)
  const server = createServer((request, response) => {
    respond(realRoot, request, response).catch((error: unknown) => {
      console.error(`serve: ${request.method} ${request.url?.slice(0, 200)}: ${error instanceof Error ? error.message : String(error)}`)
      if (response.headersSent) response.destroy()
      else sendText(response, 500, 'Internal server error')
    })
  })
  server.on('clientError', answerClientError)
  return new Promise((resolveListening) => server.listen(port, '127.0.0.1', () => resolveListening(server)))
}

async function main(): Promise<void> {
  const { root, port } = parseArguments(process.argv.slice(2))
  const server = await startServer(root, port)
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  console.log(`OSCE Field Reader: serving ${root} at http://localhost:${actualPort}/ (Ctrl+C to stop)`)
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) void main()
