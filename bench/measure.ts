/** Timing helpers shared by bench sections. */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * A garbage collection on demand, so one run's garbage is not billed to the
 * next. `npm run bench` starts node without --expose-gc; setting the flag at
 * run time and reading `gc` from a fresh context is the documented workaround.
 */
export const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc')
  const gc: unknown = runInNewContext('gc')
  if (typeof gc !== 'function') return () => undefined
  return gc as () => void
})()

export interface Timing<T> {
  /** Median wall-clock time of the runs. */
  wallMs: number
  /** Process CPU time (user + system, all threads) of the median run; steadier than wall time on a busy machine. */
  cpuMs: number
  runs: number
  /** The last run's result. */
  result: T
}

/** Runs `work` `runs` times after a GC each, and reports the median run. */
export function timeRuns<T>(runs: number, work: () => T): Timing<T> {
  if (runs < 1) throw new RangeError('timeRuns: runs must be at least 1.')
  const samples: { wallMs: number; cpuMs: number }[] = []
  let result: T | undefined
  for (let run = 0; run < runs; run++) {
    result = undefined // drop the previous result so the GC can take it
    collectGarbage()
    const cpuBefore = process.cpuUsage()
    const started = performance.now()
    result = work()
    const wallMs = performance.now() - started
    const cpu = process.cpuUsage(cpuBefore)
    samples.push({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000 })
  }
  samples.sort((a, b) => a.wallMs - b.wallMs)
  const median = samples[Math.floor(samples.length / 2)] ?? { wallMs: 0, cpuMs: 0 }
  return { wallMs: median.wallMs, cpuMs: median.cpuMs, runs, result: result as T }
}

export function megabytes(bytes: number): number {
  return bytes / (1024 * 1024)
}
