/**
 * The `npm start` server under load: the real scripts/serve.ts in its own process, serving the
 * production build, with 200 clients on keep-alive connections asking one request after another for
 * 30 s. The mix is what a first visit asks (the HTML, the app's scripts and styles, the manifest, the
 * service worker, the pack), plus app routes, missing files and bad requests, each with the status it
 * must get: anything else, or a failed connection, counts as an error. Afterwards the server must still
 * answer. Latency is per request, from sending to the last byte.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { Agent, request as httpRequest } from 'node:http'
import { urlPathsUnder } from '../scripts/site-headers-plugin'
import { DIST } from '../tests/e2e/support/site'
import { targetNote, type Figures } from './figures'

const CLIENTS = 200
const SECONDS = 30

interface Probe {
  path: string
  status: number
}

/** Every file of the build (200; the pack and icons included), a few app routes (200), a missing file (404) and two bad requests (400). */
function probes(root: string): Probe[] {
  const files = urlPathsUnder(root).filter((path) => path !== '/_headers')
  return [
    ...files.map((path) => ({ path, status: 200 })),
    ...['/', '/countries/mongolia', '/search?q=ulaanbaatar', '/saved'].map((path) => ({ path, status: 200 })),
    { path: '/assets/gone-0000.js', status: 404 },
    { path: '/%E0%A4%A', status: 400 },
    { path: '/%2e%2e/%2e%2e/etc/passwd', status: 400 },
  ]
}

async function startServerProcess(root: string): Promise<{ child: ChildProcess; port: number }> {
  // node itself with tsx's loader, not the tsx wrapper: one process to measure and to stop.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', root], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] })
  const port = await new Promise<number>((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /http:\/\/localhost:(\d+)\//.exec(output)
      if (match) resolve(Number(match[1]))
    })
    child.on('exit', (code) => reject(new Error(`bench load: the server exited (code ${code}) before listening: ${output}`)))
  })
  return { child, port }
}

function timedRequest(agent: Agent, port: number, probe: Probe): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now()
  return new Promise((resolve) => {
    const request = httpRequest({ host: '127.0.0.1', port, path: probe.path, agent, headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      response.resume()
      response.on('end', () => resolve({ ms: performance.now() - started, ok: response.statusCode === probe.status }))
      response.on('error', () => resolve({ ms: performance.now() - started, ok: false }))
    })
    request.on('error', () => resolve({ ms: performance.now() - started, ok: false }))
    request.end()
  })
}

/** Peak resident memory of a process, from /proc (Linux); 0 elsewhere. */
function peakMemoryMiB(pid: number | undefined): number {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kib ? Number(kib) / 1024 : 0
  } catch {
    return 0
  }
}

const percentile = (sorted: readonly number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0

export async function benchLoad(root = DIST): Promise<Figures> {
  const { child, port } = await startServerProcess(root)
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS })
  try {
    const list = probes(root)
    const latencies: number[] = []
    let errors = 0
    let next = 0
    const deadline = performance.now() + SECONDS * 1000
    const client = async () => {
      while (performance.now() < deadline) {
        const probe = list[next++ % list.length] as Probe
        const { ms, ok } = await timedRequest(agent, port, probe)
        latencies.push(ms)
        if (!ok) errors++
      }
    }
    const started = performance.now()
    await Promise.all(Array.from({ length: CLIENTS }, client))
    const elapsed = (performance.now() - started) / 1000
    const after = await timedRequest(new Agent(), port, { path: '/', status: 200 })
    latencies.sort((a, b) => a - b)
    return {
      requests: { label: `requests answered, ${CLIENTS} clients for ${SECONDS} s`, value: latencies.length, unit: 'count' },
      requestsPerSecond: { label: 'requests per second', value: latencies.length / elapsed, unit: 'count' },
      errors: { label: 'errors (failed connection or wrong status)', value: errors, unit: 'count', note: targetNote(errors === 0, 'target 0') },
      latencyP50Ms: { label: 'latency p50', value: percentile(latencies, 0.5), unit: 'ms' },
      latencyP95Ms: { label: 'latency p95', value: percentile(latencies, 0.95), unit: 'ms' },
      latencyP99Ms: { label: 'latency p99', value: percentile(latencies, 0.99), unit: 'ms' },
      latencyMaxMs: { label: 'latency max', value: latencies.at(-1) ?? 0, unit: 'ms' },
      serverPeakMemory: { label: 'server peak resident memory', value: peakMemoryMiB(child.pid), unit: 'MB' },
      answersAfterwards: { label: 'server answers afterwards (1 = yes)', value: after.ok ? 1 : 0, unit: 'count', note: targetNote(after.ok, 'target 1') },
    }
  } finally {
    agent.destroy()
    child.kill()
  }
}
