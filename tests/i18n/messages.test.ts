/**
 * The message files: every shipped language has every key English has (and no
 * other), the same placeholders, valid syntax; and no key is unused by the code.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileMessageTree } from '../../scripts/precompile-messages'
import { LOCALE_CODES } from '@/i18n/locales'

type Tree = { [key: string]: string | Tree }
const MESSAGES = resolve(process.cwd(), 'src/i18n/messages')
const readMessages = (code: string): Tree => JSON.parse(readFileSync(join(MESSAGES, `${code}.json`), 'utf8')) as Tree

/** `{ a: { b: 'x' } }` → `[['a.b', 'x']]` */
function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`)))
}

const placeholders = (message: string) => [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort()

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(entry.name) ? [path] : []
  })
}
const SOURCES = sourceFiles(resolve(process.cwd(), 'src'))
  .filter((file) => !file.includes(`${join('src', 'i18n', 'messages')}`))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n')

const english = new Map(flatten(readMessages('en')))

describe('message files', () => {
  it('ships a file for every language in LOCALES, and no file for a language it does not list', () => {
    const files = readdirSync(MESSAGES).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''))
    expect(files.sort()).toEqual([...LOCALE_CODES].sort())
  })

  it.each(LOCALE_CODES)('%s has exactly the keys English has, with the same placeholders', (code) => {
    const messages = new Map(flatten(readMessages(code)))
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort())
    for (const [key, message] of messages) {
      expect({ key, placeholders: placeholders(message) }).toEqual({ key, placeholders: placeholders(english.get(key) ?? '') })
    }
  })

  it.each(LOCALE_CODES)('%s compiles: every message is valid vue-i18n syntax', (code) => {
    expect(() => compileMessageTree(readMessages(code), `${code}.json`)).not.toThrow()
  })

  it('reports a message with bad syntax with its file and key', () => {
    expect(() => compileMessageTree({ notice: { broken: 'Saved {count' } }, 'xx.json')).toThrow(/xx\.json: message "notice\.broken"/)
  })

  it('uses every key somewhere in src/ (as a literal, so a search finds it)', () => {
    const unused = [...english.keys()].filter((key) => !SOURCES.includes(`'${key}'`) && !SOURCES.includes(`"${key}"`))
    expect(unused).toEqual([])
  })

  it('uses no key that English lacks in t() calls and <I18nT> keypaths', () => {
    const used = [...SOURCES.matchAll(/(?:\$t|\bt)\(\s*'([\w.]+)'|keypath="([\w.]+)"/g)].map((match) => match[1] ?? match[2] ?? '')
    expect(used.length).toBeGreaterThan(50)
    expect(used.filter((key) => !english.has(key))).toEqual([])
  })
})
