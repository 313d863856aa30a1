/**
 * A Vite plugin that compiles the interface's message files (src/i18n/messages/*.json)
 * into vue-i18n's message ASTs at build time. The app then ships vue-i18n without
 * its message compiler (__INTLIFY_DROP_MESSAGE_COMPILER__): smaller, and nothing is
 * compiled in the browser, so the strict CSP (no 'unsafe-eval') has nothing to refuse.
 * A message with a syntax error stops the build, naming the file, the key and the problem.
 */
import { baseCompile, type CompileError } from '@intlify/message-compiler'
import type { Plugin } from 'vite'
import { messagePart, type MessagePart } from '../src/i18n/messageParts.ts'

/** A message file, whole (`ru.json`) or one part of it (`en.json?part=shell`, see src/i18n/messageParts.ts). */
const MESSAGE_FILE = /[\\/]src[\\/]i18n[\\/]messages[\\/]([^\\/?]+\.json)(?:\?part=(shell|pages))?$/

type MessageTree = { [key: string]: string | MessageTree }
type CompiledTree = { [key: string]: unknown }

export function compileMessageTree(tree: MessageTree, file: string, path: string[] = []): CompiledTree {
  const compiled: CompiledTree = {}
  for (const [key, value] of Object.entries(tree)) {
    const keyPath = [...path, key]
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      compiled[key] = compileMessageTree(value, file, keyPath)
      continue
    }
    if (typeof value !== 'string') throw new Error(`${file}: "${keyPath.join('.')}" must be a string or an object of messages, not ${JSON.stringify(value)}.`)
    const errors: CompileError[] = []
    const { ast } = baseCompile(value, { jit: true, minify: true, location: false, onError: (error) => errors.push(error) })
    if (errors.length > 0) {
      const problems = errors.map((error) => `${error.message}${error.location ? ` at column ${error.location.start.column}` : ''}`).join('; ')
      throw new Error(`${file}: message "${keyPath.join('.')}" (${JSON.stringify(value)}) is not valid vue-i18n syntax: ${problems}. Write a literal {, }, @, $ or | as {'{'}, {'}'}, {'@'}, {'$'} or {'|'}.`)
    }
    compiled[key] = withoutStaticItems(ast)
  }
  return compiled
}

/** A message part whose text is fixed carries it whole (`s`); vue-i18n then never reads its items (`i`), so they are left out. */
function withoutStaticItems(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutStaticItems)
  if (typeof node !== 'object' || node === null) return node
  const entries = Object.entries(node).filter(([key]) => !(key === 'i' && 's' in node))
  return Object.fromEntries(entries.map(([key, value]) => [key, withoutStaticItems(value)]))
}

export function precompileMessages(): Plugin {
  return {
    name: 'osce-field-reader:precompile-messages',
    enforce: 'pre',
    transform(code, id) {
      const [, file, part] = MESSAGE_FILE.exec(id) ?? []
      if (!file) return null
      const compiled = compileMessageTree(JSON.parse(code) as MessageTree, `src/i18n/messages/${file}`)
      // A whole file stays JSON, which Vite's own JSON handling turns into a module as usual;
      // a part's query hides the .json extension from the bundler, so it is handed over as JavaScript.
      if (!part) return { code: JSON.stringify(compiled), map: null }
      return { code: `export default ${JSON.stringify(messagePart(compiled, part as MessagePart))}`, map: null, moduleType: 'js' }
    },
  }
}
