/**
 * Brings IndexedDB up to the content pack the server offers, and tells the UI
 * how far it got. Safe to interrupt anywhere: each batch is committed with the
 * record of its files, so the next start continues where this one stopped.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { planInstall } from '@/content/install-plan'
import type { PackFile, PackManifest, ReleaseShard, Taxonomy } from '@/content/types'
import { beginInstall, completeInstall, installShards, readInstallState, replaceTaxonomy } from '@/db/install'
import { searchClient } from '@/search/client'

export type InstallPhase = 'starting' | 'installing' | 'ready' | 'failed'

const PACK_BASE = `${import.meta.env.BASE_URL}pack/`

async function fetchText(path: string): Promise<string> {
  const response = await fetch(`${PACK_BASE}${path}`, { cache: path === 'manifest.json' ? 'no-cache' : 'default' })
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
  return response.text()
}

async function sha256Hex(text: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

async function fetchPackFile<T>(file: PackFile): Promise<T> {
  const text = await fetchText(file.path)
  const hash = await sha256Hex(text)
  if (hash !== null && hash !== file.sha256) throw new Error(`${file.path} is corrupt (checksum mismatch)`)
  return JSON.parse(text) as T
}

export const useContentInstallStore = defineStore('contentInstall', () => {
  const phase = ref<InstallPhase>('starting')
  const installedReleases = ref(0)
  const totalReleases = ref(0)
  const version = ref<string | null>(null)
  const contentDate = ref<string | null>(null)
  const failure = ref<string | null>(null)
  /** True once some content (at least the menus) is stored, complete or not. */
  const hasContent = ref(false)
  let running: Promise<void> | null = null

  const progress = computed(() => (totalReleases.value > 0 ? installedReleases.value / totalReleases.value : 0))

  async function run(batchSize: number): Promise<void> {
    failure.value = null
    const stored = await readInstallState()
    if (stored) {
      version.value = stored.version
      contentDate.value = stored.contentDate
      hasContent.value = stored.installedFiles.length > 0
    }
    let manifest: PackManifest
    try {
      manifest = JSON.parse(await fetchText('manifest.json')) as PackManifest
    } catch (error) {
      if (stored?.complete) {
        // Offline with complete content: nothing to do, read what is stored.
        phase.value = 'ready'
        return
      }
      phase.value = 'failed'
      failure.value = `Could not download the content (${(error as Error).message}). Connect to the internet and try again; what is already installed stays.`
      return
    }
    if (stored?.complete && stored.version === manifest.version) {
      phase.value = 'ready'
      return
    }

    const plan = planInstall(manifest, stored?.installedFiles ?? [], batchSize)
    totalReleases.value = manifest.counts.releases
    installedReleases.value = plan.installedReleases
    phase.value = 'installing'
    await beginInstall({ version: manifest.version, contentDate: manifest.contentDate, totalReleases: manifest.counts.releases })
    version.value = manifest.version
    contentDate.value = manifest.contentDate

    if (plan.taxonomy) {
      const taxonomy = await fetchPackFile<Taxonomy>(plan.taxonomy)
      await replaceTaxonomy(plan.taxonomy.path, taxonomy.nodes, plan.staleTaxonomy)
    }
    hasContent.value = true

    const download = (index: number) => {
      const batch = plan.batches[index]
      if (!batch) return null
      const shards = Promise.all(batch.files.map(async (file) => ({ path: file.path, data: await fetchPackFile<ReleaseShard>(file) })))
      // Awaited on the next turn of the loop; until then a failure must not count as unhandled.
      shards.catch(() => undefined)
      return shards
    }
    // Download the next batch while the current one is written.
    let next = download(0)
    for (let index = 0; index < plan.batches.length; index++) {
      const batch = plan.batches[index]
      const shards = await next
      next = download(index + 1)
      if (!batch || !shards) break
      await installShards(shards, batch.staleMonths, batch.replaces)
      installedReleases.value += batch.files.reduce((sum, file) => sum + file.count, 0)
    }
    await completeInstall()
    // New content: rebuild the search index in the worker now, in the background, rather than on the first search.
    searchClient.refresh().catch((error: unknown) => {
      console.warn('Search index rebuild failed; the next search retries it.', error)
    })
    phase.value = 'ready'
  }

  /** Starts (or joins) an install; resolves when it is done or has failed. */
  function start(batchSize = 500): Promise<void> {
    running ??= run(batchSize)
      .catch((error: unknown) => {
        phase.value = 'failed'
        failure.value = `Installing stopped at ${installedReleases.value.toLocaleString('en')} of ${totalReleases.value.toLocaleString('en')} releases (${(error as Error).message}). It will continue from there when you retry.`
      })
      .finally(() => {
        running = null
      })
    return running
  }

  return { phase, installedReleases, totalReleases, progress, version, contentDate, failure, hasContent, start }
})
