/**
 * What the search worker does, as a plain class so tests (and browsers without
 * module workers) can run it on the main thread.
 *
 * The index lives in IndexedDB (table `searchIndex`) tagged with the content
 * version it was built from. A search first makes sure the index in memory
 * matches the installed content:
 * - same version in memory: answer at once;
 * - stored index of the installed version: load it (a few ms, no rebuild);
 * - otherwise: read every release, build, store, load.
 * While content is still being installed (install state not complete), a stored
 * index of any version is used as is; with none stored, an index of what is
 * already installed is built in memory only, once. `refresh()` (called after an
 * install completes) brings the index up to the new version in the background.
 *
 * Every request goes through one queue, so there is only ever one build, and
 * queries that arrive during a build wait for it.
 */
import { readInstallState } from '@/db/install-state'
import { readAllReleasesForIndex, readSearchIndex, writeSearchIndex } from '@/db/search'
import { buildSearchIndex, openSearchIndex, type SearchIndex } from './engine'
import type { SearchRequest, SearchResponse } from './types'

export interface SearchEngine {
  buildSearchIndex: typeof buildSearchIndex
  openSearchIndex: typeof openSearchIndex
}

/** Where the index in memory came from and what it cost: for the bench and diagnostics. */
export interface SearchIndexStatus {
  contentVersion: string | null
  /** False while it covers a partly installed pack (memory only, never stored). */
  complete: boolean
  documentCount: number
  /** Size of the stored binary index. */
  bytes: number
  source: 'stored' | 'built'
  /** Reading the releases out of IndexedDB, when built. */
  readMs: number
  /** buildSearchIndex alone, when built. */
  buildMs: number
  /** Writing it to IndexedDB, when built and stored. */
  storeMs: number
  /** From the start of the check to a usable index (read/build/store/open, or load/open). */
  totalMs: number
}

interface Loaded {
  index: SearchIndex
  status: SearchIndexStatus
}

const defaultEngine: SearchEngine = { buildSearchIndex, openSearchIndex }

export class WorkerCore {
  private loaded: Loaded | null = null
  private queue: Promise<unknown> = Promise.resolve()
  private readonly engine: SearchEngine
  /** The clock the reported times are read from (milliseconds). */
  private readonly now: () => number

  constructor(engine: SearchEngine = defaultEngine, now: () => number = () => performance.now()) {
    this.engine = engine
    this.now = now
  }

  /** Answers a query, loading or building the index first when needed. `tookMs` covers all of it. */
  search(request: SearchRequest): Promise<SearchResponse> {
    return this.enqueue(async () => {
      const started = this.now()
      const { index } = await this.ensure()
      const response = index.search(request)
      return { ...response, tookMs: this.now() - started }
    })
  }

  /** Rebuilds (or loads) the index if the installed content version changed since it was loaded. */
  refresh(): Promise<void> {
    return this.enqueue(async () => {
      await this.ensure()
    })
  }

  /** The index in memory, or null before the first search or refresh. */
  status(): Promise<SearchIndexStatus | null> {
    return this.enqueue(async () => this.loaded?.status ?? null)
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task)
    // The queue carries on after a failure; the caller still sees it.
    this.queue = result.catch(() => undefined)
    return result
  }

  private async ensure(): Promise<Loaded> {
    const started = this.now()
    const state = await readInstallState()
    const version = state?.version ?? null
    const complete = state?.complete ?? false
    const loaded = this.loaded
    if (loaded) {
      // Mid-install: keep what is loaded until the install completes (refresh() is called then).
      if (!complete) return loaded
      if (loaded.status.complete && loaded.status.contentVersion === version) return loaded
    }

    const stored = await readSearchIndex()
    const opened = stored && (stored.contentVersion === version || !complete) ? this.openStored(stored.buffer) : null
    if (stored && opened) {
      // Current, or (mid-install, nothing loaded yet) the best there is until the install completes.
      return this.keep(opened, {
        contentVersion: stored.contentVersion,
        complete: true,
        documentCount: stored.documentCount,
        bytes: stored.buffer.byteLength,
        source: 'stored',
        readMs: 0,
        buildMs: 0,
        storeMs: 0,
        totalMs: this.now() - started,
      })
    }

    const readStarted = this.now()
    const releases = await readAllReleasesForIndex()
    const buildStarted = this.now()
    const buffer = this.engine.buildSearchIndex(releases)
    const storeStarted = this.now()
    const documentCount = releases.length
    // The releases are garbage from here on; drop them before the store and open.
    releases.length = 0
    let kept = false
    if (complete && version !== null) {
      // Store only what matches the content still installed now (an install may have begun meanwhile).
      const now = await readInstallState()
      if (now?.complete && now.version === version) {
        await writeSearchIndex({ key: 'index', contentVersion: version, buffer, documentCount, builtAt: new Date().toISOString() })
        kept = true
      }
    }
    const builtAt = this.now()
    return this.keep(this.engine.openSearchIndex(buffer), {
      contentVersion: version,
      complete: kept,
      documentCount,
      bytes: buffer.byteLength,
      source: 'built',
      readMs: buildStarted - readStarted,
      buildMs: storeStarted - buildStarted,
      storeMs: builtAt - storeStarted,
      totalMs: this.now() - started,
    })
  }

  /** A stored index that cannot be opened (damaged bytes, an older format) is rebuilt, never a dead end. */
  private openStored(buffer: ArrayBuffer): SearchIndex | null {
    try {
      return this.engine.openSearchIndex(buffer)
    } catch {
      return null
    }
  }

  private keep(index: SearchIndex, status: SearchIndexStatus): Loaded {
    this.loaded = { index, status }
    return this.loaded
  }
}
