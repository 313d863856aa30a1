// @vitest-environment node
import * as fs from 'node:fs'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { MANIFEST_FILE } from '@/content/pack'
import { CliProblem } from '../../scripts/content/problems'
import { writePackAtomically, type PackFs } from '../../scripts/content/write-pack'

const temporary: string[] = []
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'osce-write-pack-'))
  temporary.push(dir)
  return dir
}

/** Every file under a folder, path → contents. */
function filesUnder(root: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) walk(path)
      else files[relative(root, path)] = readFileSync(path, 'utf8')
    }
  }
  walk(root)
  return files
}

function errno(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code })
}

/** The real file system, except that the chosen call fails the way a real disk would. */
function failing(overrides: Partial<PackFs>): PackFs {
  return {
    mkdirSync: (path, options) => fs.mkdirSync(path, options),
    writeFileSync: (path, text) => fs.writeFileSync(path, text),
    renameSync: (from, to) => fs.renameSync(from, to),
    rmSync: (path, options) => fs.rmSync(path, options),
    existsSync: (path) => fs.existsSync(path),
    ...overrides,
  }
}

const OLD_PACK = { [MANIFEST_FILE]: '{"version":"old"}', 'taxonomy.aaaaaaaaaaaa.json': '{"nodes":[]}', 'releases/2017-07.bbbbbbbbbbbb.json': '{"releases":[]}' }
const NEW_FILES = new Map([
  ['taxonomy.cccccccccccc.json', '{"nodes":[1]}'],
  ['releases/2020-01.dddddddddddd.json', '{"releases":[1]}'],
  [MANIFEST_FILE, '{"version":"new"}'],
])

/** A site folder holding an old pack at site/pack. */
function siteWithOldPack(): { site: string; out: string } {
  const site = tempDir()
  const out = join(site, 'pack')
  for (const [path, text] of Object.entries(OLD_PACK)) {
    fs.mkdirSync(join(out, path, '..'), { recursive: true })
    fs.writeFileSync(join(out, path), text)
  }
  return { site, out }
}

function problemOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof CliProblem) return error.message
    throw error
  }
  throw new Error('expected a CliProblem')
}

describe('writePackAtomically', () => {
  it('replaces the old pack whole and leaves nothing beside it', () => {
    const { site, out } = siteWithOldPack()
    expect(writePackAtomically(out, NEW_FILES)).toEqual({ leftover: null })
    expect(filesUnder(out)).toEqual(Object.fromEntries(NEW_FILES))
    expect(readdirSync(site)).toEqual(['pack'])
  })

  it('disk full on the second file: staging folder removed, old pack untouched, one message naming the file', () => {
    const { site, out } = siteWithOldPack()
    let writes = 0
    const full = failing({
      writeFileSync: (path, text) => {
        if (++writes === 2) throw errno('ENOSPC', 'no space left on device, write')
        fs.writeFileSync(path, text)
      },
    })
    const message = problemOf(() => writePackAtomically(out, NEW_FILES, full))
    const staging = relative(process.cwd(), `${out}.partial-${process.pid}`)
    expect(message).toBe(
      `Cannot write ${staging}/releases/2020-01.dddddddddddd.json: no space left on the device (ENOSPC). The pack in ${relative(process.cwd(), out)} was not changed. Fix: free some disk space and run again.`,
    )
    expect(filesUnder(out)).toEqual(OLD_PACK)
    expect(readdirSync(site)).toEqual(['pack'])
  })

  it('a failed swap puts the old pack back', () => {
    const { site, out } = siteWithOldPack()
    const stuck = failing({
      renameSync: (from, to) => {
        if (from.includes('.partial-')) throw errno('EXDEV', 'cross-device link not permitted, rename')
        fs.renameSync(from, to)
      },
    })
    const message = problemOf(() => writePackAtomically(out, NEW_FILES, stuck))
    expect(message).toBe(
      `Cannot move the new pack into ${relative(process.cwd(), out)}: the folders are on different devices (EXDEV). The pack in ${relative(process.cwd(), out)} was not changed. Fix: check the folder and run again.`,
    )
    expect(filesUnder(out)).toEqual(OLD_PACK)
    expect(readdirSync(site)).toEqual(['pack'])
  })

  it('an old pack that cannot be deleted after the swap is named, and the new pack is in place', () => {
    const { site, out } = siteWithOldPack()
    const sticky = failing({
      rmSync: (path, options) => {
        if (path.includes('.previous-')) throw errno('EBUSY', 'resource busy or locked, rmdir')
        fs.rmSync(path, options)
      },
    })
    expect(writePackAtomically(out, NEW_FILES, sticky)).toEqual({ leftover: `${out}.previous-${process.pid}` })
    expect(filesUnder(out)).toEqual(Object.fromEntries(NEW_FILES))
    expect(readdirSync(site).sort()).toEqual(['pack', `pack.previous-${process.pid}`])
  })

  it('writes a first pack into a folder that does not exist yet', () => {
    const site = tempDir()
    const out = join(site, 'public', 'pack')
    writePackAtomically(out, NEW_FILES)
    expect(filesUnder(out)).toEqual(Object.fromEntries(NEW_FILES))
    expect(readdirSync(join(site, 'public'))).toEqual(['pack'])
  })
})
