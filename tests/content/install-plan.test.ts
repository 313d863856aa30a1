import { describe, expect, it } from 'vitest'
import { monthOfPath, planInstall } from '@/content/install-plan'
import type { PackFile, PackManifest } from '@/content/types'

function shard(month: string, hash: string, count: number): PackFile {
  return { path: `releases/${month}.${hash}.json`, role: 'releases', shard: month, count, bytes: count * 100, sha256: hash }
}

function manifest(files: PackFile[]): PackManifest {
  const taxonomy: PackFile = { path: 'taxonomy.aaa.json', role: 'taxonomy', count: 163, bytes: 1000, sha256: 'aaa' }
  return {
    format: 2,
    version: files.map((file) => file.sha256).join(''),
    contentDate: '2024-03-01',
    counts: { nodes: 163, releases: files.reduce((sum, file) => sum + file.count, 0), files: files.length + 1 },
    files: [taxonomy, ...files],
  }
}

describe('planInstall', () => {
  const march = shard('2024-03', 'm1', 300)
  const february = shard('2024-02', 'f1', 300)
  const january = shard('2024-01', 'j1', 300)

  it('installs everything on a first run, newest shard first, in batches of about 500 releases at first', () => {
    const plan = planInstall(manifest([march, february, january]), [])
    expect(plan.taxonomy?.path).toBe('taxonomy.aaa.json')
    expect(plan.batches.map((batch) => batch.files.map((file) => file.shard))).toEqual([['2024-03', '2024-02'], ['2024-01']])
    expect(plan.installedReleases).toBe(0)
  })

  it('doubles later batches up to the largest size', () => {
    const months = Array.from({ length: 12 }, (_, index) => shard(`2023-${String(12 - index).padStart(2, '0')}`, `h${index}`, 250))
    const plan = planInstall(manifest(months), [], { first: 500, largest: 1000 })
    expect(plan.batches.map((batch) => batch.files.reduce((sum, file) => sum + file.count, 0))).toEqual([500, 1000, 1000, 500])
    expect(plan.batches.flatMap((batch) => batch.files.map((file) => file.shard))).toEqual(months.map((file) => file.shard))
  })

  it('resumes: files already recorded are skipped and counted as installed', () => {
    const plan = planInstall(manifest([march, february, january]), ['taxonomy.aaa.json', march.path])
    expect(plan.taxonomy).toBeNull()
    expect(plan.batches.flatMap((batch) => batch.files.map((file) => file.path))).toEqual([february.path, january.path])
    expect(plan.installedReleases).toBe(300)
  })

  it('on an update, a changed month replaces its old file and a vanished month is cleared', () => {
    const newMarch = shard('2024-03', 'm2', 301)
    const installed = ['taxonomy.old.json', march.path, february.path, january.path]
    const plan = planInstall(manifest([newMarch, february]), installed)
    expect(plan.taxonomy?.path).toBe('taxonomy.aaa.json')
    expect(plan.staleTaxonomy).toEqual(['taxonomy.old.json'])
    expect(plan.batches).toEqual([{ files: [newMarch], replaces: [january.path, march.path], staleMonths: ['2024-01'] }])
    expect(plan.installedReleases).toBe(300)
  })

  it('has nothing to do when every file is installed', () => {
    const plan = planInstall(manifest([march]), ['taxonomy.aaa.json', march.path])
    expect(plan.taxonomy).toBeNull()
    expect(plan.batches).toEqual([])
  })

  it('reads the month from a shard path only', () => {
    expect(monthOfPath('releases/2017-07.919e89b0cbee.json')).toBe('2017-07')
    expect(monthOfPath('taxonomy.5618354d27bf.json')).toBeNull()
  })
})
