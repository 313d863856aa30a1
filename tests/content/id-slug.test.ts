// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compileContent } from '@/content/compile'
import { hasNonLatinLetters, idSlug, shortHash } from '@/content/id-slug'
import { releaseId } from '@/content/link-release'
import { slugify } from '@/content/text'
import { nodeById, readSeed, replaceOnce, SEED_ID, SEED_TITLE, seedVariant } from './helpers'

const seed = readSeed()

describe('idSlug', () => {
  it('transliterates runs of other scripts into readable words', () => {
    expect(idSlug('Миссия')).toBe('missiya')
    expect(idSlug('Миссия ОБСЕ в Молдове')).toBe('missiya-obse-v-moldove')
    expect(idSlug('Ελλάδα')).toBe('ellada')
    expect(idSlug('Հայաստան')).toBe('hayastan')
    expect(idSlug('OSCE–Миссия 2020')).toBe('osce-missiya-2020')
  })

  it('gives Latin-script text exactly the slug it had before, whatever its diacritics', () => {
    for (const text of ['Cyber/ICT Security', 'Çeşme meeting on Łódź co-operation – “press freedom” € 50,000', 'Þingvellir and Ħamrun', SEED_TITLE]) {
      expect(idSlug(text)).toBe(slugify(text))
    }
    expect(hasNonLatinLetters('Çeşme, Łódź, Þingvellir')).toBe(false)
    expect(hasNonLatinLetters('Vienna – Вена')).toBe(true)
  })

  it('is empty for symbols only (the callers then fall back to a hash)', () => {
    expect(idSlug('★ ☆')).toBe('')
    expect(shortHash('★ ☆')).toMatch(/^[0-9a-f]{8}$/)
  })
})

describe('release ids', () => {
  it('keep the ids of Latin titles unchanged', () => {
    expect(releaseId('2017-07-06', SEED_TITLE)).toBe(SEED_ID)
    expect(releaseId('2020-03-01', 'Çeşme meeting on Łódź co-operation – “press freedom” € 50,000')).toBe('2020-03-01-cesme-meeting-on-lodz-co-operation-press-freedom-50-000')
    expect(releaseId('2020-03-01', 'Þingvellir and Ħamrun: ŀ test')).toBe('2020-03-01-ingvellir-and-amrun-test')
  })

  it('give a non-Latin title its transliteration plus the hash of the whole title, so lossy spellings stay distinct', () => {
    expect(releaseId('2020-03-01', 'Миссия ОБСЕ в Молдове')).toBe('2020-03-01-missiya-obse-v-moldove-6836df93')
    expect(releaseId('2020-03-01', 'საქართველო')).toBe('2020-03-01-sak-art-velo-ffe88450')
    // Е and Ё both transliterate to e: the hash tells them apart.
    expect(releaseId('2020-03-01', 'Её')).not.toBe(releaseId('2020-03-01', 'Ее'))
  })

  it('give a title of symbols the date and the hash, never an empty slug', () => {
    expect(releaseId('2020-03-01', '★ ☆')).toBe(`2020-03-01-${shortHash('★ ☆')}`)
  })
})

describe('menu entries without Latin letters', () => {
  const withEntries = (entries: string[]) =>
    replaceOnce(seedVariant(seed, { title: 'A release with more fields' }), '- Arms control\n', `- Arms control\n${entries.map((entry) => `- ${entry}\n`).join('')}`)

  it('get a readable transliterated id, never an empty one', () => {
    const compiled = compileContent([{ file: 'pages/cyrillic.txt', text: withEntries(['Миссия', '★']) }])
    expect(nodeById(compiled.taxonomy.nodes, 'missiya')).toMatchObject({ kind: 'field', label: 'Миссия', parent: 'fields-of-work', order: 1 })
    expect(nodeById(compiled.taxonomy.nodes, `field-${shortHash('★')}`)).toMatchObject({ kind: 'field', label: '★', order: 2 })
    expect(compiled.taxonomy.nodes.filter((node) => node.id === '' || node.id.endsWith('-'))).toEqual([])
  })

  it('are linked from a release by their label', () => {
    const text = replaceOnce(withEntries(['Миссия']), '- Countering terrorism, Human rights\n', '- Миссия, Human rights\n')
    const compiled = compileContent([{ file: 'pages/cyrillic.txt', text }])
    expect(compiled.releases[0]?.fields).toEqual(['missiya', 'human-rights'])
  })
})

/** Every source file the app can load: imports followed from main.ts, workers included (`new URL('./x.worker.ts', …)`). */
function appModules(): Set<string> {
  const seen = new Set<string>()
  const visit = (path: string) => {
    if (seen.has(path)) return
    seen.add(path)
    const source = readFileSync(path, 'utf8')
    // Type-only imports are erased from the bundle; static, dynamic and worker imports are not.
    const patterns = [/^(?:import|export)\s+(?!type\s)[^'";]*?from\s+'([^']+)'/gm, /^import\s+'([^']+)'/gm, /import\(\s*'([^']+)'/g, /new URL\(\s*'([^']+)'/g]
    const specifiers = patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ''))
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.') && !specifier.startsWith('@/')) continue
      const base = specifier.startsWith('@/') ? join(SRC, specifier.slice(2)) : join(dirname(path), specifier)
      const file = [base, `${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate) && /\.(ts|vue)$/.test(candidate))
      if (file) visit(file)
    }
  }
  visit(join(SRC, 'main.ts'))
  return seen
}

const SRC = fileURLToPath(new URL('../../src/', import.meta.url))

describe('transliteration stays out of the app bundle', () => {
  it('is reached only by the search worker’s Cyrillic module, loaded on the first Cyrillic query, never through id-slug.ts', () => {
    const modules = appModules()
    expect(modules.has(join(SRC, 'content', 'text.ts'))).toBe(true)
    expect(modules.has(join(SRC, 'search', 'engine.ts'))).toBe(true)
    const users = [...modules].filter((path) => /from 'transliteration'|id-slug'/.test(readFileSync(path, 'utf8')))
    expect(users.map((path) => relative(SRC, path))).toEqual([join('search', 'cyrillic.ts')])
    // Only ever a dynamic import: the tables (about 190 KB) load when a reader types Cyrillic, not at any start.
    const staticImporters = [...modules].filter((path) => /^import\s[^(]*from\s+'[^']*cyrillic'/m.test(readFileSync(path, 'utf8')))
    expect(staticImporters).toEqual([])
  })
})
