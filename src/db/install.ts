/** Writes of pack content. Each shard batch is one rw transaction that also records its files, so an interrupted install resumes exactly. */
import { toRaw } from 'vue'
import type { Release, ReleaseShard, TaxonomyNode } from '@/content/types'
import { db, type InstallState, type ReleaseSummary } from './database'

export { readInstallState } from './install-state'

/** Records the version being installed; the files already in place stay recorded. */
export async function beginInstall(target: Pick<InstallState, 'version' | 'contentDate' | 'totalReleases'>): Promise<void> {
  await db.transaction('rw', db.installState, async () => {
    const previous = await db.installState.get('content')
    await db.installState.put({ key: 'content', ...toRaw(target), installedFiles: previous?.installedFiles ?? [], complete: false })
  })
}

export async function replaceTaxonomy(path: string, nodes: readonly TaxonomyNode[], replaces: readonly string[]): Promise<void> {
  await db.transaction('rw', db.nodes, db.installState, async () => {
    await db.nodes.clear()
    await db.nodes.bulkPut(nodes.map((node) => toRaw(node)))
    await markFiles([path], replaces)
  })
}

function summarise(release: Release): ReleaseSummary {
  const { body: _body, ...summary } = release
  const structures = [...new Set(release.sources.map((source) => source.structure).filter((id): id is string => !!id))]
  return { ...summary, structures }
}

function monthRange(month: string) {
  // Ids start with the ISO date, so a month's releases are one primary-key range.
  return db.releases.where('id').between(`${month}-`, `${month}-\uffff`)
}

/** Replaces the releases of each shard's month with the shard's, and of each stale month with none. */
export async function installShards(shards: readonly { path: string; data: ReleaseShard }[], staleMonths: readonly string[], replaces: readonly string[]): Promise<void> {
  await db.transaction('rw', [db.releases, db.bodies, db.installState], async () => {
    for (const month of [...staleMonths, ...shards.map((shard) => shard.data.shard)]) {
      const ids = await monthRange(month).primaryKeys()
      if (ids.length > 0) {
        await db.releases.bulkDelete(ids)
        await db.bodies.bulkDelete(ids)
      }
    }
    const releases = shards.flatMap((shard) => shard.data.releases)
    await db.releases.bulkPut(releases.map(summarise))
    await db.bodies.bulkPut(releases.map((release) => ({ id: release.id, body: release.body })))
    await markFiles(shards.map((shard) => shard.path), replaces)
  })
}

async function markFiles(added: readonly string[], removed: readonly string[]): Promise<void> {
  await db.installState.where('key').equals('content').modify((state) => {
    const files = new Set(state.installedFiles)
    for (const path of removed) files.delete(path)
    for (const path of added) files.add(path)
    state.installedFiles = [...files]
  })
}

export async function completeInstall(): Promise<void> {
  await db.installState.update('content', { complete: true })
}
