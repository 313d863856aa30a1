/** The search worker: a thin RPC shell around WorkerCore (all logic and tests live there). */
import type { WorkerReply, WorkerRequest } from './protocol'
import { WorkerCore } from './worker-core'

const core = new WorkerCore()
/** The worker's global, typed by hand: the app's TypeScript lib is DOM, not WebWorker. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
  postMessage(message: WorkerReply): void
}

function run({ method, request }: WorkerRequest): Promise<unknown> {
  switch (method) {
    case 'search':
      if (!request) return Promise.reject(new Error('search: no request'))
      return core.search(request)
    case 'refresh':
      return core.refresh()
    case 'status':
      return core.status()
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id } = event.data
  run(event.data).then(
    (result) => scope.postMessage({ id, result }),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  )
}
