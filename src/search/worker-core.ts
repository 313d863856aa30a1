/**
 * What the search worker does, as a plain class so tests (and browsers without
 * module workers) can run it on the main thread.
 *
 * The index lives in IndexedDB (table `searchIndex`) tagged with the content
 * version and the number of releases it was built from, and its header carries
 * the engine version that built it (engine-version.ts). A search first makes
 * sure the index in memory matches the installed content:
 * - same version and release count in memory: answer at once;
 * - stored index of the installed version and count, written by this engine
 *   version: load it (a few ms, no rebuild);
 * - otherwise (new content, releases dropped by "keep only the last N years",
 *   changed text rules or layout): read every release, build, store, load.
 * While content is still being installed (install state not complete), a stored
 * index of any content version is used, answering only about the releases
 * installed now (removed ones are not counted); with none stored, an index of
 * what is already installed is built in memory only, once. `refresh()` (called
 * after an install completes) brings the index up to the new version in the background.
 *
 * Every request goes through one queue, so there is only ever one build, and
 * queries that arrive during a build wait for it.
 */
import type { InstallState } from '@/db/database'
import { readInstallState } from '@/db/install-state'
import { countReleases, forEachReleaseNewestFirst, readReleaseIds, readSearchIndex, writeSearchIndex } from '@/db/search'
import { openSearchIndex, SearchIndexBuilder, type SearchIndex } from './engine'
import { ENGINE_VERSION, fnv1a } from './engine-version'
import { storedEngineVersion } from './index-format'
import { hasCyrillic } from './text'
import type { SearchNeighbours, SearchRequest, SearchResponse } from './types'

export interface SearchEngine {
  /** A builder the releases are added to, newest first, a chunk at a time (never all their texts at once). */
  createIndexBuilder: () => Pick<SearchIndexBuilder, 'add' | 'finish' | 'count'>
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
  /** Release count the index was last narrowed to with `hideAbsent` while an install runs; null when not narrowed. */
  narrowedAt: number | null
  /** The install state it was last found current for (see installKey): the same state needs no recount. */
  checkedFor: string | null
}

/** What the installed content is made of: a new version, or files added or dropped (a first install's batches, "keep only the last N years"), change it. */
function installKey(state: InstallState | undefined): string {
  if (!state) return 'none'
  return `${state.version}|${String(state.complete)}|${String(state.installedFiles.length)}|${String(fnv1a(state.installedFiles.join('\n')))}`
}

/** What is installed now, as ensure() compares an index against it. */
interface Installed {
  version: string | null
  complete: boolean
  releases: number
}

/** An index describes the installed content: same version, same number of releases, nothing still being installed. */
function isCurrent(index: { contentVersion: string | null; complete: boolean; documentCount: number }, installed: Installed): boolean {
  return installed.complete && index.complete && index.contentVersion === installed.version && index.documentCount === installed.releases
}

/** A Cyrillic query in Latin letters (cyrillic.ts, with its tables, is loaded on the first one); any other as it is. */
async function inLatinLetters(query: string): Promise<string> {
  if (!hasCyrillic(query)) return query
  const { latinQuery } = await import('./cyrillic')
  return latinQuery(query)
}

const defaultEngine: SearchEngine = { createIndexBuilder: () => new SearchIndexBuilder(), openSearchIndex }

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
      const response = index.search({ ...request, q: await inLatinLetters(request.q) })
      return { ...response, tookMs: this.now() - started }
    })
  }

  /** The releases before and after `id` in the whole result of `request`: a release page's Next and Previous. */
  neighbours(request: SearchRequest, id: string): Promise<SearchNeighbours | null> {
    return this.enqueue(async () => (await this.ensure()).index.neighbours({ ...request, q: await inLatinLetters(request.q) }, id))
  }

  /** Rebuilds (or loads) the index if the installed content version changed since it was loaded. */
  refresh(): Promise<void> {
    return this.enqueue(async () => {
      await this.ensure()
    })
  }

  /** Completions of the last word of `text` from the index's dictionary (see SearchIndex.complete). */
  complete(text: string, limit: number): Promise<string[]> {
    return this.enqueue(async () => (await this.ensure()).index.complete(await inLatinLetters(text), limit))
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
    const key = installKey(state)
    const loaded = this.loaded
    // Every query comes here: the same install state as last time needs no count of the releases.
    if (loaded && loaded.checkedFor === key) return loaded
    const installed: Installed = { version: state?.version ?? null, complete: state?.complete ?? false, releases: await countReleases() }
    // An index narrowed during an install is reloaded once it completes, whole again.
    if (loaded && loaded.narrowedAt === null && isCurrent(loaded.status, installed)) return this.checked(loaded, key)
    // Mid-install: keep what is loaded until the install completes (refresh() is called then).
    if (loaded && !installed.complete) return this.narrowToInstalled(loaded, installed)

    const stored = await readSearchIndex()
    // An index written by another engine version (other text rules or layout) would answer wrongly: rebuild it.
    const sameEngine = stored !== undefined && storedEngineVersion(stored.buffer) === ENGINE_VERSION
    const usable = stored && sameEngine && (isCurrent({ ...stored, complete: true }, installed) || !installed.complete)
    const opened = stored && usable ? this.openStored(stored.buffer) : null
    if (stored && opened) {
      // Current, or (mid-install, nothing loaded yet) the best there is until the install completes.
      const kept = this.keep(opened, {
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
      return installed.complete ? this.checked(kept, key) : this.narrowToInstalled(kept, installed)
    }

    const version = installed.version
    const complete = installed.complete
    const readStarted = this.now()
    // Reading and building interleave, a chunk of releases at a time: each chunk's texts are garbage once added.
    const builder = this.engine.createIndexBuilder()
    let addMs = 0
    await forEachReleaseNewestFirst((releases) => {
      const chunkStarted = this.now()
      for (const release of releases) builder.add(release)
      addMs += this.now() - chunkStarted
    })
    const finishStarted = this.now()
    const buffer = builder.finish()
    const storeStarted = this.now()
    const documentCount = builder.count
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
    const built = this.keep(this.engine.openSearchIndex(buffer), {
      contentVersion: version,
      complete: kept,
      documentCount,
      bytes: buffer.byteLength,
      source: 'built',
      readMs: finishStarted - readStarted - addMs,
      buildMs: addMs + storeStarted - finishStarted,
      storeMs: builtAt - storeStarted,
      totalMs: this.now() - started,
    })
    // Only a stored, complete index is known current; one of a partial install is checked again next time.
    return kept ? this.checked(built, key) : built
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
    this.loaded = { index, status, narrowedAt: null, checkedFor: null }
    return this.loaded
  }

  private checked(loaded: Loaded, key: string): Loaded {
    loaded.checkedFor = key
    return loaded
  }

  /** An index kept while an install runs answers only about releases still installed: an update may have removed some. */
  private async narrowToInstalled(loaded: Loaded, installed: Installed): Promise<Loaded> {
    // Releases only arrive while an install runs, so the same count means the same releases as last time.
    if (loaded.narrowedAt !== installed.releases) {
      loaded.index.hideAbsent(await readReleaseIds())
      loaded.narrowedAt = installed.releases
    }
    return loaded
  }
}
