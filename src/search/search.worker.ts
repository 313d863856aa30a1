/** The search worker: a thin RPC shell around WorkerCore (all logic and tests live there); the methods are typed in protocol.ts. */
import { coreHandlers, dispatch, type WorkerReply, type WorkerRequest } from './protocol'
import { WorkerCore } from './worker-core'

const handlers = coreHandlers(new WorkerCore())
/** The worker's global, typed by hand: the app's TypeScript lib is DOM, not WebWorker. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
  postMessage(message: WorkerReply): void
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id } = event.data
  dispatch(handlers, event.data).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  )
}
