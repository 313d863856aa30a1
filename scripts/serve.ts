/**
 * Serves the production build on localhost with the headers an offline PWA
 * needs: the service worker and the HTML entry never cached (so updates are
 * seen), hashed assets immutable, and a strict Content-Security-Policy.
 *   PORT=8080 npm start      (default port 4173; --dir DIR serves another build)
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

function cacheControl(path: string): string {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable'
  if (/^\/pack\/.+\.[0-9a-f]{12}\.json$/.test(path)) return 'public, max-age=31536000, immutable'
  return 'no-cache'
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

/** Text types are sent compressed, as any production host does: a phone on a slow network downloads a third of the bytes. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt'])
const compressed = new Map<string, { key: string; body: Buffer }>()

function encodingFor(request: IncomingMessage, file: string): 'br' | 'gzip' | null {
  if (!COMPRESSIBLE.has(extname(file))) return null
  const accepted = String(request.headers['accept-encoding'] ?? '')
  if (/\bbr\b/.test(accepted)) return 'br'
  return /\bgzip\b/.test(accepted) ? 'gzip' : null
}

/** Compressed once per file version and kept: hashed assets and pack files never change. */
function compressedBody(file: string, encoding: 'br' | 'gzip'): Buffer {
  const stats = statSync(file)
  const key = `${stats.mtimeMs}:${stats.size}`
  const cached = compressed.get(`${encoding}:${file}`)
  if (cached?.key === key) return cached.body
  const raw = readFileSync(file)
  const body = encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(raw, { level: 9 })
  compressed.set(`${encoding}:${file}`, { key, body })
  return body
}

function send(response: ServerResponse, status: number, file: string | null, path: string, request?: IncomingMessage): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  response.setHeader('X-Content-Type-Options', 'nosniff')
  response.setHeader('Referrer-Policy', 'no-referrer')
  if (!file) {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' })
    response.end('Not found')
    return
  }
  response.setHeader('Service-Worker-Allowed', '/')
  if (COMPRESSIBLE.has(extname(file))) response.setHeader('Vary', 'Accept-Encoding')
  const encoding = request ? encodingFor(request, file) : null
  if (encoding) {
    const body = compressedBody(file, encoding)
    response.writeHead(status, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Content-Encoding': encoding,
      'Cache-Control': cacheControl(path),
    })
    response.end(body)
    return
  }
  response.writeHead(status, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
    'Cache-Control': cacheControl(path),
  })
  createReadStream(file).pipe(response)
}

export function startServer(root: string, port: number) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const path = decodeURIComponent(url.pathname)
    const file = normalize(join(root, path))
    if (file !== root && !file.startsWith(root + sep)) return send(response, 403, null, path)
    if (existsSync(file) && statSync(file).isFile()) return send(response, 200, file, path, request)
    // Files (anything with an extension) that do not exist are 404s; other paths are app routes.
    if (extname(path)) return send(response, 404, null, path)
    return send(response, 200, join(root, 'index.html'), '/index.html', request)
  })
  return new Promise<typeof server>((resolveListening) => server.listen(port, '127.0.0.1', () => resolveListening(server)))
}

async function main(): Promise<void> {
  const { root, port } = parseArguments(process.argv.slice(2))
  const server = await startServer(root, port)
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  console.log(`OSCE Field Reader: serving ${root} at http://localhost:${actualPort}/ (Ctrl+C to stop)`)
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) void main()
