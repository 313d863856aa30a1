// @vitest-environment node
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { compileContent } from '@/content/compile'
import { MANIFEST_FILE } from '@/content/pack'
import type { PackManifest } from '@/content/types'
import { PROJECT_ROOT, readSeed, replaceOnce, SEED_DATELINE, SEED_TITLE, seedVariant } from './helpers'

// Each run of the CLI costs one to two seconds: the runs here are few and each checks a lot.
const CLI_TIMEOUT = 60_000
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

/** A folder laid out like content/: pages/* and optionally aliases.json. */
function contentDir(pages: Record<string, string>, aliases?: Record<string, string>, root = tempDir()): string {
  mkdirSync(join(root, 'pages'), { recursive: true })
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(root, 'pages', name), text)
  if (aliases) writeFileSync(join(root, 'aliases.json'), JSON.stringify(aliases))
  return root
}

interface RunOptions {
  /** Run as another user (to meet permissions when the tests run as root). */
  uid?: number
}

function runCli(args: string[], options: RunOptions = {}) {
  const ids = options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: CLI_TIMEOUT, ...ids })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** How the CLI names a path in its messages: relative to the project root it runs in. */
function shown(path: string): string {
  return relative(PROJECT_ROOT, path)
}

/** Every entry under a folder, path → kind and contents (links not followed), to prove a tree was not touched. */
function snapshotTree(root: string): Map<string, string> {
  const entries = new Map<string, string>()
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name)
      const stat = lstatSync(path)
      const key = relative(root, path)
      if (stat.isSymbolicLink()) entries.set(key, `link → ${readlinkSync(path)}`)
      else if (stat.isDirectory()) {
        entries.set(key, 'folder')
        walk(path)
      } else entries.set(key, `file (mode ${(stat.mode & 0o777).toString(8)}): ${readFileSync(path, 'utf8')}`)
    }
  }
  walk(root)
  return entries
}

function linesOf(text: string): string[] {
  return text.split('\n').filter((line) => line !== '')
}

const febPage = replaceOnce(seedVariant(seed, { title: 'February release' }), '- Date:\n', '- Date:\n- 31 February 2017\n')
const badPages: Record<string, string> = {
  'a-seed.txt': seed,
  'b-february.txt': febPage,
  'c-untitled.txt': replaceOnce(seed, `${SEED_TITLE}\n`, ''),
  'd-menus-only.txt': seed.split('\n').slice(0, 151).join('\n'),
  'e-undated.txt': replaceOnce(seedVariant(seed, { title: 'Undated release' }), SEED_DATELINE, 'A two-day '),
  'F-UPPER.TXT': seedVariant(seed, { title: 'A release saved with an upper-case extension', date: '2024-03-12' }),
  'notes.md': 'Reminder: fetch the March releases.',
  'scan.png': 'not really a picture',
  '.gitkeep': '',
}

/** Every diagnostic the bad pages give, as the report writes them. */
function expectedDiagnostics(dir: string) {
  const page = (name: string) => shown(join(dir, 'pages', name))
  return [
    {
      file: shown(join(dir, 'pages')),
      line: 0,
      severity: 'warning',
      code: 'ignored-files',
      message: '3 entries are not .txt page dumps and were ignored: drafts/, notes.md, scan.png.',
      fix: 'Move files that are not pages out of the pages folder, or name page dumps *.txt.',
    },
    { file: page('b-february.txt'), line: 155, severity: 'error', code: 'invalid-date', message: 'Date "31 February 2017" is not a real date.', fix: 'Write it as "6 July 2017" or "2017-07-06".' },
    { file: page('c-untitled.txt'), line: 152, severity: 'error', code: 'no-title', message: 'The release has no title.', fix: 'Put the title on its own line after the type line (e.g. after "Press release").' },
    {
      file: page('d-menus-only.txt'),
      line: 151,
      severity: 'error',
      code: 'menus-without-release',
      message: 'The page has menus but no release after them.',
      fix: 'Add the release after the menus: type, title, `- Date:`, `- Place:`, `- Source:`, `- Fields of work:`, then the body; or remove the file.',
    },
    {
      file: page('e-undated.txt'),
      line: 154,
      severity: 'error',
      code: 'no-date',
      message: 'The release has no date: the "- Date:" value is missing and the body has no dateline.',
      fix: 'Add the date on the line after "- Date:" (e.g. "- 6 July 2017"), or start the body with a dateline "PLACE, 6 July 2017 - ".',
    },
  ]
}

function badContentDir(): string {
  const dir = contentDir(badPages)
  mkdirSync(join(dir, 'pages', 'drafts'))
  return dir
}

/** The printed form of each expected diagnostic: `file:line: severity: message Fix: fix`. */
function printed(dir: string): string[] {
  return expectedDiagnostics(dir).map((item) => `${item.line > 0 ? `${item.file}:${item.line}` : item.file}: ${item.severity}: ${item.message} Fix: ${item.fix}`)
}

/** What the library makes of the pages the CLI keeps: the CLI's counts must agree with it. */
const nodeCount = compileContent([{ file: 'seed.txt', text: seed }]).taxonomy.nodes.length

describe('content CLI: strict by default', () => {
  it('--check on bad pages: exit 1, every problem printed as file:line, nothing written', () => {
    const dir = badContentDir()
    const out = join(dir, 'out')
    const result = runCli(['--check', '--in', dir, '--out', out])
    expect(result.status).toBe(1)
    expect(linesOf(result.stderr)).toEqual([
      ...printed(dir),
      `content: 6 pages, 2 releases, ${nodeCount} menu nodes, 4 errors, 1 warnings. Nothing was written; fix the errors above and run again (or pass --skip-invalid to leave those pages out).`,
    ])
    expect(result.stdout).toBe('')
    expect(existsSync(out)).toBe(false)
  }, CLI_TIMEOUT)

  it('building bad pages: exit 1, no pack and no staging folder; --report still lists every diagnostic', () => {
    const dir = badContentDir()
    const site = tempDir()
    const before = snapshotTree(dir)
    const result = runCli(['--in', dir, '--out', join(site, 'pack'), '--report', join(site, 'report.json')])
    expect(result.status).toBe(1)
    expect(snapshotTree(dir)).toEqual(before)
    expect(readdirSync(site)).toEqual(['report.json'])
    expect(JSON.parse(readFileSync(join(site, 'report.json'), 'utf8'))).toEqual({
      report: 'osce-field-reader content report',
      format: 1,
      summary: { pages: 6, releases: 2, errors: 4, warnings: 1, skipped: [], packWritten: false },
      diagnostics: expectedDiagnostics(dir),
    })
  }, CLI_TIMEOUT)
})

describe('content CLI: --skip-invalid and --report', () => {
  it('writes the pack without the pages that have errors, lists them, and reports every diagnostic as JSON', () => {
    const dir = badContentDir()
    const site = tempDir()
    const out = join(site, 'pack')
    const report = join(site, 'content-report.json')
    const result = runCli(['--skip-invalid', '--in', dir, '--out', out, '--report', report])
    expect(result.status).toBe(0)
    const skipped = ['b-february.txt', 'c-untitled.txt', 'd-menus-only.txt', 'e-undated.txt'].map((name) => shown(join(dir, 'pages', name)))
    expect(linesOf(result.stderr)).toEqual([...printed(dir), `content: skipped 4 pages with errors (left out of the pack): ${skipped.join(', ')}`])
    expect(result.stdout).toMatch(new RegExp(`^content: wrote pack [0-9a-f]{16} to ${shown(out)}: 6 pages, 2 releases, ${nodeCount} menu nodes, 4 errors, 1 warnings, 4 pages skipped, 3 files, \\d+ bytes, \\d+\\.\\d\\d s\\.\\n$`))

    const manifest = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')) as PackManifest
    expect(manifest.counts).toEqual({ nodes: nodeCount, releases: 2, files: 3 })
    expect(manifest.files.map((file) => file.shard ?? file.role)).toEqual(['taxonomy', '2024-03', '2017-07'])
    const shard = JSON.parse(readFileSync(join(out, manifest.files[1]?.path ?? ''), 'utf8')) as { releases: { title: string }[] }
    expect(shard.releases.map((release) => release.title)).toEqual(['A release saved with an upper-case extension'])

    expect(JSON.parse(readFileSync(report, 'utf8'))).toEqual({
      report: 'osce-field-reader content report',
      format: 1,
      summary: { pages: 6, releases: 2, errors: 4, warnings: 1, skipped, packWritten: true },
      diagnostics: expectedDiagnostics(dir),
    })
    // A later run may overwrite its own report.
    const again = runCli(['--check', '--skip-invalid', '--in', dir, '--report', report])
    expect(again.status).toBe(0)
    expect((JSON.parse(readFileSync(report, 'utf8')) as { summary: { packWritten: boolean } }).summary.packWritten).toBe(false)
  }, CLI_TIMEOUT)

  it('writes nothing when every page has errors', () => {
    const dir = contentDir({ 'feb.txt': febPage })
    const out = join(tempDir(), 'pack')
    const result = runCli(['--skip-invalid', '--in', dir, '--out', out])
    expect(result.status).toBe(1)
    const skeleton = compileContent([]).taxonomy.nodes.length
    expect(linesOf(result.stderr).at(-1)).toBe(`content: 1 pages, 0 releases, ${skeleton} menu nodes, 1 errors, 0 warnings, 1 pages skipped. Nothing was written: every page has errors; fix them and run again.`)
    expect(existsSync(out)).toBe(false)
  }, CLI_TIMEOUT)
})

describe('content CLI: never deletes what is not a pack it wrote', () => {
  it('refuses an --out that is, contains or is inside the input, holds other files, is a file or a link: exit 2, every file as it was', () => {
    const root = tempDir()
    const input = contentDir({ 'seed.txt': seed }, { 'Media conferences': 'Media freedom conferences' }, join(root, 'content'))
    mkdirSync(join(root, 'site', 'pack', 'releases'), { recursive: true })
    writeFileSync(join(root, 'site', 'index.html'), '<title>My site</title>')
    // A previous pack someone added a file to is no longer only a pack.
    mkdirSync(join(root, 'old-pack', 'releases'), { recursive: true })
    writeFileSync(join(root, 'old-pack', MANIFEST_FILE), '{"format":1,"files":[]}')
    writeFileSync(join(root, 'old-pack', 'releases', 'README.txt'), 'Notes on the shards')
    mkdirSync(join(root, 'no-manifest'))
    writeFileSync(join(root, 'no-manifest', 'taxonomy.0123456789ab.json'), '{}')
    writeFileSync(join(root, 'a-file'), 'keep me')
    symlinkSync(join(root, 'site'), join(root, 'linked-site'))
    const before = snapshotTree(root)

    const refusals: [string, string][] = [
      [input, `content: --out ${shown(input)} is the input folder; writing the pack there would delete the page dumps. Fix: pass an --out folder outside the input, e.g. --out public/pack.`],
      [root, `content: --out ${shown(root)} contains the input folder ${shown(input)}; replacing it would delete the page dumps. Fix: pass an --out folder outside the input, e.g. --out public/pack.`],
      [join(input, 'pages', 'pack'), `content: --out ${shown(join(input, 'pages', 'pack'))} is inside the input folder ${shown(input)}; keep the pack apart from the page dumps. Fix: pass an --out folder outside the input, e.g. --out public/pack.`],
      [join(root, 'site'), `content: --out ${shown(join(root, 'site'))} holds files that are not part of a content pack (index.html, pack/); the CLI replaces that folder whole and would delete them. Fix: pass a new or empty folder, or a previous pack folder, to --out.`],
      [join(root, 'old-pack'), `content: --out ${shown(join(root, 'old-pack'))} holds files that are not part of a content pack (releases/README.txt); the CLI replaces that folder whole and would delete them. Fix: pass a new or empty folder, or a previous pack folder, to --out.`],
      [join(root, 'no-manifest'), `content: --out ${shown(join(root, 'no-manifest'))} has pack-like files but no readable manifest.json, so it is not a pack this CLI wrote. Fix: pass a new or empty folder to --out, or delete that folder yourself.`],
      [join(root, 'a-file'), `content: --out ${shown(join(root, 'a-file'))} is a file, not a folder; it would be deleted. Fix: pass a folder for the pack, e.g. --out public/pack.`],
      [join(root, 'linked-site'), `content: --out ${shown(join(root, 'linked-site'))} is a symbolic link; the pack would replace the link, not the folder it points to. Fix: pass the real folder, ${shown(join(root, 'site'))}.`],
    ]
    for (const [out, message] of refusals) {
      const result = runCli(['--in', input, '--out', out])
      expect([result.status, result.stderr, result.stdout]).toEqual([2, `${message}\n`, ''])
    }
    expect(snapshotTree(root)).toEqual(before)
  }, CLI_TIMEOUT * 2)

  it('refuses a --report that would overwrite page dumps, the pack or another file: exit 2, every file as it was', () => {
    const root = tempDir()
    const input = contentDir({ 'seed.txt': seed }, undefined, join(root, 'content'))
    writeFileSync(join(root, 'settings.json'), '{"theme":"dark"}')
    const out = join(root, 'pack')
    const before = snapshotTree(root)
    const refusals: [string, string][] = [
      [join(input, 'pages', 'seed.json'), `content: --report ${shown(join(input, 'pages', 'seed.json'))} is inside the input folder ${shown(input)}, with the page dumps and aliases. Fix: write the report elsewhere, e.g. --report content-report.json.`],
      [join(input, 'aliases.json'), `content: --report ${shown(join(input, 'aliases.json'))} is inside the input folder ${shown(input)}, with the page dumps and aliases. Fix: write the report elsewhere, e.g. --report content-report.json.`],
      [join(out, 'report.json'), `content: --report ${shown(join(out, 'report.json'))} is inside the --out folder ${shown(out)}, which is replaced by the pack. Fix: write the report elsewhere, e.g. --report content-report.json.`],
      [join(root, 'settings.json'), `content: --report ${shown(join(root, 'settings.json'))} exists and is not a content report; it would be overwritten. Fix: pass a new file name, or delete the file yourself if it can go.`],
      [join(input, 'pages', 'seed.txt'), `content: --report ${shown(join(input, 'pages', 'seed.txt'))} must name a .json file. Fix: e.g. --report content-report.json.`],
    ]
    for (const [report, message] of refusals) {
      const result = runCli(['--in', input, '--out', out, '--report', report])
      expect([result.status, result.stderr]).toEqual([2, `${message}\n`])
    }
    expect(snapshotTree(root)).toEqual(before)
  }, CLI_TIMEOUT * 2)

  it('replaces a previous pack whole; a later failing build leaves it untouched', () => {
    const europe = replaceOnce(
      seedVariant(seed, { title: 'OSCE and EU hold a seminar in Mongolia', date: '2024-03-12' }),
      '- OSCE Secretariat, OSCE Office for Democratic Institutions and Human Rights\n',
      '- OSCE Secretariat, European Union\n',
    )
    const good = contentDir({ 'a-seed.txt': seed, 'b-europe.txt': europe })
    const site = tempDir()
    const out = join(site, 'pack')
    const first = runCli(['--in', good, '--out', out])
    expect(first.status).toBe(0)
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')) as PackManifest
    expect(first.stdout).toContain(`wrote pack ${manifest.version} to ${shown(out)}: 2 pages, 2 releases`)
    for (const file of manifest.files) {
      const bytes = readFileSync(join(out, file.path))
      expect(bytes.length).toBe(file.bytes)
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256)
    }
    expect(snapshotTree(out).size).toBe(5) // manifest, taxonomy, releases/ and two shards

    // Rebuilt from the seed alone: the folder holds exactly the new pack.
    const seedOnly = contentDir({ 'a-seed.txt': seed })
    expect(runCli(['--in', seedOnly, '--out', out]).status).toBe(0)
    const rebuilt = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')) as PackManifest
    expect([...snapshotTree(out).keys()].sort()).toEqual([MANIFEST_FILE, 'releases', ...rebuilt.files.map((file) => file.path)].sort())
    expect(readdirSync(site)).toEqual(['pack'])

    const before = snapshotTree(site)
    const failed = runCli(['--in', badContentDir(), '--out', out])
    expect(failed.status).toBe(1)
    expect(snapshotTree(site)).toEqual(before)
  }, CLI_TIMEOUT * 2)
})

describe('content CLI: file-system trouble', () => {
  it('an unreadable page, a dangling link, a link loop and a folder named x.txt: one located line each, exit 2, nothing written', () => {
    // Root reads any file, so the permission case runs the CLI as nobody; that needs a checkout nobody can
    // reach (a clone under a private folder is not). Without it the other three cases still run.
    const asRoot = process.getuid?.() === 0
    const nobody = 65534
    // Absolute paths: node resolves tsx by them, and a spawn may start inside a folder nobody could not have entered.
    const probe = 'test -r "$1/package.json" && test -x "$1/node_modules/.bin/tsx" && test -r "$1/node_modules/tsx/package.json"'
    const nobodyCanRun = !asRoot || spawnSync('sh', ['-c', probe, 'sh', PROJECT_ROOT], { cwd: PROJECT_ROOT, uid: nobody, gid: nobody }).status === 0
    const dir = contentDir(nobodyCanRun ? { 'seed.txt': seed, 'locked.txt': 'secret' } : { 'seed.txt': seed })
    const pages = join(dir, 'pages')
    if (nobodyCanRun) chmodSync(join(pages, 'locked.txt'), 0o000)
    symlinkSync('missing.txt', join(pages, 'gone.txt'))
    symlinkSync('loop.txt', join(pages, 'loop.txt'))
    mkdirSync(join(pages, 'folder.txt'))
    const site = tempDir()
    if (asRoot && nobodyCanRun) for (const folder of [dir, site]) chmodSync(folder, 0o777)
    const before = snapshotTree(dir)
    const result = runCli(['--in', dir, '--out', join(site, 'pack')], asRoot && nobodyCanRun ? { uid: nobody } : {})
    expect(result.status).toBe(2)
    const where = (name: string) => shown(join(pages, name))
    expect(linesOf(result.stderr)).toEqual([
      `content: Cannot read ${where('folder.txt')}: it is a folder, not a page dump. Fix: rename it so its name does not end in .txt, or move it out of ${shown(pages)}.`,
      `content: Cannot read ${where('gone.txt')}: it is a symbolic link to missing.txt, which does not exist. Fix: point the link at an existing page dump, or delete it.`,
      ...(nobodyCanRun ? [`content: Cannot read ${where('locked.txt')}: permission denied (EACCES). Fix: make it readable (chmod a+r), or move it out of ${shown(pages)}.`] : []),
      `content: Cannot read ${where('loop.txt')}: it is a symbolic link that loops. Fix: delete the link, or point it at a page dump.`,
    ])
    expect(snapshotTree(dir)).toEqual(before)
    expect(readdirSync(site)).toEqual([])
  }, CLI_TIMEOUT)

  it('exits 2 with a message on usage errors, and 0 for --help', () => {
    const unknown = runCli(['--frobnicate'])
    expect([unknown.status, unknown.stderr]).toEqual([2, 'content: Unknown option "--frobnicate". Use --check, --skip-invalid, --report FILE.json, --in DIR or --out DIR (--help for details).\n'])
    const noFolder = runCli(['--check', '--in'])
    expect([noFolder.status, noFolder.stderr]).toEqual([2, 'content: --in needs a value, e.g. --in content\n'])
    const empty = tempDir()
    const noPages = runCli(['--check', '--in', empty])
    expect([noPages.status, noPages.stderr]).toEqual([2, `content: No pages folder at ${shown(join(empty, 'pages'))}. Fix: put page dumps (*.txt) in ${shown(join(empty, 'pages'))}/ or pass --in DIR.\n`])
    const help = runCli(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout.split('\n')[0]).toBe('Usage: npm run content -- [--check] [--skip-invalid] [--report FILE.json] [--in DIR] [--out DIR]')
  }, CLI_TIMEOUT)
})

describe('content CLI: every message reaches the reader', () => {
  it('delivers thousands of diagnostics whole through a slow pipe, also when it fails, with terminal controls escaped', async () => {
    const paragraphs = Array.from({ length: 3000 }, (_, index) => `Paragraph ${index + 1} rings a bell\u0007 in the text.`)
    // An impossible date makes the run fail: the exit path is where output used to be cut off at 64 KB.
    const noisy = replaceOnce(
      replaceOnce(seedVariant(seed, { title: 'A release with stray control characters' }), '- Date:\n', '- Date:\n- 31 February 2017\n'),
      '- OSCE Secretariat, OSCE Office for Democratic Institutions and Human Rights\n',
      '- OSCE Secretariat, Clear\u001b[2J Screen Office\n',
    ) + `\n${paragraphs.join('\n')}\n`
    const dir = contentDir({ 'a-seed.txt': seed, 'b-noisy.txt': noisy })
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/content.ts', '--check', '--in', dir], { cwd: PROJECT_ROOT })
    const chunks: Buffer[] = []
    // A reader slower than the writer: each chunk is taken only after a pause.
    child.stderr.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      child.stderr.pause()
      setTimeout(() => child.stderr.resume(), 5)
    })
    const status = await new Promise<number | null>((done) => child.on('close', done))
    const stderr = Buffer.concat(chunks).toString('utf8')
    const lines = linesOf(stderr)
    const page = shown(join(dir, 'pages', 'b-noisy.txt'))
    expect(status).toBe(1)
    expect(Buffer.byteLength(stderr)).toBeGreaterThan(4 * 65536)
    expect(lines).toHaveLength(3001 + 1 + 1 + 1)
    expect(lines.filter((line) => line.includes(': warning: Line contains control characters'))).toHaveLength(3001)
    expect(lines).toContain(`${page}:155: error: Date "31 February 2017" is not a real date. Fix: Write it as "6 July 2017" or "2017-07-06".`)
    expect(lines).toContain(`${page}:159: warning: Source "Clear\\u001b[2J Screen Office" matches no structure; it is kept as text. Fix: Check the spelling against Structures and institutions, or add the name as an alias in src/content/data/site.ts (ENTRY_FACTS).`)
    const lastLine = noisy.trimEnd().split('\n').length
    expect(lines.at(-2)).toBe(`${page}:${lastLine}: warning: Line contains control characters or undecodable bytes. Fix: Save the page as UTF-8 text and remove the stray characters.`)
    expect(lines.at(-1)).toBe(`content: 2 pages, 1 releases, ${nodeCount} menu nodes, 1 errors, 3002 warnings. Nothing was written; fix the errors above and run again (or pass --skip-invalid to leave those pages out).`)
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
  }, CLI_TIMEOUT)
})

/** A small file system of its own (tmpfs), to fill up for real; needs root and mount (as in CI containers), else null. */
function mountSmallDisk(kilobytes: number): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null
  const dir = tempDir()
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k`, 'tmpfs', dir])
  return mounted.status === 0 ? dir : null
}

describe('content CLI: a full disk', () => {
  // Without a mountable tmpfs the test is skipped; tests/content/write-pack.test.ts covers the same path with a failing file system.
  it('ENOSPC while writing: one line, exit 2, staging folder removed, old pack untouched', (context) => {
    const disk = mountSmallDisk(48)
    if (disk === null) return context.skip('needs root and a mountable tmpfs')
    try {
      const out = join(disk, 'pack')
      expect(runCli(['--in', contentDir({ 'seed.txt': seed }), '--out', out]).status).toBe(0)
      const variants: Record<string, string> = {}
      for (let index = 1; index <= 4; index++) variants[`v${index}.txt`] = seedVariant(seed, { title: `Seminar number ${index} on community policing` })
      const before = snapshotTree(disk)
      const result = runCli(['--in', contentDir({ 'seed.txt': seed, ...variants }), '--out', out])
      expect(result.status).toBe(2)
      expect(result.stderr).toMatch(
        new RegExp(`^content: Cannot write ${shown(out)}\\.partial-\\d+/[\\w./-]+: no space left on the device \\(ENOSPC\\)\\. The pack in ${shown(out)} was not changed\\. Fix: free some disk space and run again\\.\\n$`),
      )
      expect(snapshotTree(disk)).toEqual(before)
    } finally {
      spawnSync('umount', [disk])
    }
  }, CLI_TIMEOUT)
})
