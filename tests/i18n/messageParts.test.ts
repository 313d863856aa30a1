/**
 * English arrives in two parts (src/i18n/messageParts.ts): the first route's code
 * must only use keys of the first part, or an English reader would see a key
 * instead of words until another page is opened.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { messagePart, PAGE_SECTIONS } from '@/i18n/messageParts'

const ROOT = resolve(process.cwd(), 'src')
type Tree = { [key: string]: string | Tree }
const english = JSON.parse(readFileSync(join(ROOT, 'i18n/messages/en.json'), 'utf8')) as Tree
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)))
const KEYS = new Set(keysOf(english))

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? join(dirname(from), specifier) : null
  if (!base) return null
  return [base, `${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path) && !path.endsWith('.json') && /\.(ts|vue)$/.test(path)) ?? null
}

/** src/ files the home page can run: reachable from the entry (main.ts) through imports, lazy ones included, but not the routes' lazy pages. */
function firstRouteFiles(): Set<string> {
  const seen = new Set<string>()
  const queue = [join(ROOT, 'main.ts')]
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(file, 'utf8')
    // Lazy code other than the routes' pages (a list that opens while typing, a worker's client…) can show on the home page too.
    const lazy = file.endsWith(join('router', 'index.ts')) ? [] : [...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)]
    for (const match of [...code.matchAll(/^\s*import\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm), ...lazy]) {
      const target = resolveImport(file, match[1] ?? match[2] ?? '')
      if (target) queue.push(target)
    }
  }
  return seen
}

describe('English in two parts', () => {
  it('splits English into parts that share no section and together hold it all', () => {
    const shell = Object.keys(messagePart(english, 'shell'))
    const pages = Object.keys(messagePart(english, 'pages'))
    expect(pages.sort()).toEqual([...PAGE_SECTIONS].sort())
    expect([...shell, ...pages].sort()).toEqual(Object.keys(english).sort())
  })

  it('uses no key of the later part in code the first route runs', () => {
    const files = firstRouteFiles()
    expect([...files].some((file) => file.endsWith('HomeView.vue'))).toBe(true)
    expect([...files].some((file) => file.endsWith('SettingsView.vue'))).toBe(false)
    const early = [...files].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/['"](([a-z][A-Za-z]*)\.[a-z][A-Za-z.]*)['"]/g)]
        .filter((match) => KEYS.has(match[1] ?? '') && PAGE_SECTIONS.includes(match[2] ?? ''))
        .map((match) => `${file.slice(ROOT.length + 1)}: ${match[0]}`),
    )
    expect(early).toEqual([])
  })
})
