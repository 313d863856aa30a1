/**
 * Peak JavaScript heap of the app's Web Workers while a bench runs: the browser's DevTools session finds each
 * dedicated worker (they are targets of their own) and asks it for its heap usage every `everyMs`. Attached
 * without pausing, through Target.sendMessageToTarget, because Playwright gives no session for a worker.
 */
import type { Browser, CDPSession } from 'playwright-core'

export interface WorkerHeap {
  /** The worker's script URL. */
  url: string
  /** Largest live JS heap seen (V8 `usedSize`), bytes. */
  peakUsedBytes: number
  /** Largest heap reserved (V8 `totalSize`), bytes. */
  peakTotalBytes: number
}

export interface WorkerHeapSampler {
  /** Stops sampling; the peaks of every worker seen, by target. */
  stop(): Promise<WorkerHeap[]>
}

interface TargetInfo {
  targetId: string
  type: string
  url: string
}

export async function sampleWorkerHeaps(browser: Browser, everyMs = 100): Promise<WorkerHeapSampler> {
  const cdp: CDPSession = await browser.newBrowserCDPSession()
  const heaps = new Map<string, WorkerHeap>()
  const sessions = new Map<string, string>()
  let messageId = 0
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    const url = sessions.get(event.sessionId)
    const reply = JSON.parse(event.message) as { result?: { usedSize?: number; totalSize?: number } }
    if (!url || reply.result?.usedSize === undefined) return
    const heap = heaps.get(event.sessionId) ?? { url, peakUsedBytes: 0, peakTotalBytes: 0 }
    heap.peakUsedBytes = Math.max(heap.peakUsedBytes, reply.result.usedSize)
    heap.peakTotalBytes = Math.max(heap.peakTotalBytes, reply.result.totalSize ?? 0)
    heaps.set(event.sessionId, heap)
  })
  cdp.on('Target.detachedFromTarget', (event: { sessionId: string }) => sessions.delete(event.sessionId))

  /** A DevTools call that a busy or ending worker may never answer: given up on after a second. */
  const send = <T>(method: string, params: object): Promise<T | undefined> =>
    Promise.race([cdp.send(method as 'Target.getTargets', params as never) as Promise<T>, new Promise<undefined>((resolve) => setTimeout(resolve, 1000))])

  const attached = new Set<string>()
  async function sample(): Promise<void> {
    const targets = await send<{ targetInfos: TargetInfo[] }>('Target.getTargets', {})
    for (const target of targets?.targetInfos ?? []) {
      if (target.type !== 'worker' || attached.has(target.targetId)) continue
      attached.add(target.targetId)
      const session = await send<{ sessionId: string }>('Target.attachToTarget', { targetId: target.targetId, flatten: false })
      if (session) sessions.set(session.sessionId, target.url)
    }
    await Promise.all(
      [...sessions.keys()].map((sessionId) =>
        send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++messageId, method: 'Runtime.getHeapUsage' }) }).catch(() => undefined),
      ),
    )
  }

  let running = true
  const loop = (async () => {
    while (running) {
      // A worker that ends between the listing and the message is simply not sampled again.
      await sample().catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, everyMs))
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      await cdp.detach().catch(() => undefined)
      return [...heaps.values()]
    },
  }
}

/** The largest peak among workers whose script name starts with `name` (e.g. `search.worker`), bytes. */
export function peakOf(heaps: readonly WorkerHeap[], name: string): number {
  return Math.max(0, ...heaps.filter((heap) => new URL(heap.url).pathname.split('/').pop()?.startsWith(name)).map((heap) => heap.peakUsedBytes))
}
