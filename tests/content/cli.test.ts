// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import type { PackManifest } from '@/content/types'
import { PROJECT_ROOT, readSeed, replaceOnce, SEED_DATELINE, SEED_TITLE, seedVariant } from './helpers'

// Each run of the CLI costs about a second: the runs here are few and each checks a lot.
const CLI_TIMEOUT = 30_000
const seed = readSeed()
const temporary: string[] = []

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'osce-content-cli-'))
  temporary.push(dir)
  return dir
}

/** A folder laid out like content/: pages/*.txt and optionally aliases.json. */
function contentDir(pages: Record<string, string>, aliases?: Record<string, string>): string {
  const dir = tempDir()
  mkdirSync(join(dir, 'pages'))
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'pages', name), text)
  if (aliases) writeFileSync(join(dir, 'aliases.json'), JSON.stringify(aliases))
  return dir
}

function runCli(args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/content.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: CLI_TIMEOUT })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** How the CLI names a page in its messages: relative to the project root it runs in. */
function shown(dir: string, name: string): string {
  return relative(PROJECT_ROOT, join(dir, 'pages', name))
}

/** Every file under a folder, path → contents, to prove a folder was not touched. */
function snapshotTree(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.set(relative(dir, path), readFileSync(path, 'utf8'))
    }
  }
  walk(dir)
  return files
}

const badPages: Record<string, string> = {
  'menus-only.txt': seed.split('\n').slice(0, 151).join('\n'),
  'untitled.txt': replaceOnce(seed, `${SEED_TITLE}\n`, ''),
  'undated.txt': replaceOnce(seedVariant(seed, { title: 'Undated release' }), SEED_DATELINE, 'A two-day '),
  'basket.txt': replaceOnce(seedVariant(seed, { title: 'Basket release' }), '- Countering terrorism, Human rights\n', '- Countering terrorism, Basket weaving\n'),
  'february.txt': replaceOnce(seedVariant(seed, { title: 'February release' }), '- Date:\n', '- Date:\n- 31 February 2017\n'),
  'dup-a.txt': seed,
  'dup-b.txt': seed,
}

/** [page, line, message] of every error the bad pages must report. */
const expectedErrors: [string, number, string][] = [
  ['basket.txt', 160, 'Unknown field of work "Basket weaving".'],
  ['dup-b.txt', 153, `Duplicate release "${SEED_TITLE}" (2017-07-06): `],
  ['february.txt', 155, 'Date "31 February 2017" is not a real date.'],
  ['menus-only.txt', 151, 'The page has menus but no release after them.'],
  ['undated.txt', 154, 'The release has no date: the "- Date:" value is missing and the body has no dateline.'],
  ['untitled.txt', 152, 'The release has no title.'],
]

function expectAllErrors(dir: string, stderr: string): void {
  const errorLines = stderr.split('\n').filter((line) => line.includes(': error: '))
  expect(errorLines).toHaveLength(expectedErrors.length)
  for (const [page, line, message] of expectedErrors) {
    expect(errorLines.some((printed) => printed.startsWith(`${shown(dir, page)}:${line}: error: ${message}`))).toBe(true)
  }
  const duplicate = errorLines.find((printed) => printed.includes('Duplicate release'))
  expect(duplicate).toContain(`${shown(dir, 'dup-a.txt')}:153 has the same title and date.`)
  expect(errorLines.every((printed) => printed.includes(' Fix: '))).toBe(true)
  expect(stderr).toContain('7 pages, 2 releases, 163 menu nodes, 6 errors, 0 warnings. Nothing was written')
}

describe('content CLI', () => {
  it('--check on bad pages: exit 1, every error as file:line, nothing written', () => {
    const dir = contentDir(badPages)
    const out = join(dir, 'out')
    const result = runCli(['--check', '--in', dir, '--out', out])
    expect(result.status).toBe(1)
    expectAllErrors(dir, result.stderr)
    expect(existsSync(out)).toBe(false)
  }, CLI_TIMEOUT)

  it('building bad pages: exit 1, and no --out folder or staging folder appears', () => {
    const dir = contentDir(badPages)
    const out = join(dir, 'out')
    const result = runCli(['--in', dir, '--out', out])
    expect(result.status).toBe(1)
    expectAllErrors(dir, result.stderr)
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(dir).sort()).toEqual(['pages'])
    expect(result.stdout).toBe('')
  }, CLI_TIMEOUT)

  it('a warning-only input writes a complete pack; a later failing build leaves it untouched', () => {
    const moved = replaceOnce(
      replaceOnce(seed, '- Media conferences\n', ''),
      '- Annual OSCE Asian conferences\n',
      '- Annual OSCE Asian conferences\n- Media freedom conferences\n',
    )
    const europe = replaceOnce(
      seedVariant(moved, { title: 'OSCE and EU hold a seminar in Mongolia', date: '2024-03-12' }),
      '- OSCE Secretariat, OSCE Office for Democratic Institutions and Human Rights\n',
      '- OSCE Secretariat, European Union\n',
    )
    const good = contentDir({ 'a-seed.txt': seed, 'b-europe.txt': europe }, { 'Media conferences': 'Media freedom conferences' })
    const out = join(tempDir(), 'site', 'pack')

    const built = runCli(['--in', good, '--out', out])
    expect(built.status).toBe(0)
    const warnings = built.stderr.split('\n').filter((line) => line.includes(': warning: '))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.startsWith(`${shown(good, 'b-europe.txt')}:158: warning: Source "European Union" matches no structure`)).toBe(true)
    expect(built.stdout).toContain('2 pages, 2 releases, 163 menu nodes, 0 errors, 1 warnings')

    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as PackManifest
    expect(built.stdout).toContain(`wrote pack ${manifest.version}`)
    expect(manifest.counts).toEqual({ nodes: 163, releases: 2, files: 3 })
    expect(manifest.contentDate).toBe('2024-03-12')
    for (const file of manifest.files) {
      const bytes = readFileSync(join(out, file.path))
      expect(bytes.length).toBe(file.bytes)
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256)
    }
    expect(snapshotTree(out).size).toBe(4)
    // aliases.json was read: the moved entry kept its slug.
    const taxonomyFile = manifest.files.find((file) => file.role === 'taxonomy')?.path ?? ''
    const taxonomy = readFileSync(join(out, taxonomyFile), 'utf8')
    expect(taxonomy).toContain('{"id":"media-conferences","kind":"meeting","label":"Media freedom conferences"')
    expect(taxonomy).not.toContain('"media-freedom-conferences"')

    const before = snapshotTree(out)
    const bad = contentDir(badPages)
    const failed = runCli(['--in', bad, '--out', out])
    expect(failed.status).toBe(1)
    expectAllErrors(bad, failed.stderr)
    expect(snapshotTree(out)).toEqual(before)
    expect(readdirSync(dirname(out))).toEqual(['pack'])
  }, CLI_TIMEOUT * 2)

  it('exits 2 with a message on usage errors', () => {
    const unknown = runCli(['--frobnicate'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('content: Unknown option "--frobnicate"')

    const noFolder = runCli(['--check', '--in'])
    expect(noFolder.status).toBe(2)
    expect(noFolder.stderr).toContain('content: --in needs a folder')

    const empty = tempDir()
    const noPages = runCli(['--check', '--in', empty])
    expect(noPages.status).toBe(2)
    expect(noPages.stderr).toContain(`content: No pages folder at ${join(empty, 'pages')}`)
  }, CLI_TIMEOUT * 3)
})
