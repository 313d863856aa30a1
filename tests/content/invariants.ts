/** What every compile must keep, whatever its input: shared by the fuzz test and the property tests. */
import { createHash } from 'node:crypto'
import type { CompiledContent, PageText } from '@/content/compile'
import { DIAGNOSTIC_SEVERITY } from '@/content/diagnostics'
import { parseDate } from '@/content/dates'
import { buildPack } from '@/content/pack'
import { NODE_PACK_TOOLS } from '../../scripts/pack-tools'
import { OTHER_TOPICS_ID } from '@/content/topics'
import { taxonomyProblems } from './helpers'

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** Lines as an editor counts them (the BOM is not a line). */
export function lineCount(text: string): number {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length
}

/** Every invariant a compile must keep, whatever the input; returns the violations, [] when none. */
export function violations(pages: readonly PageText[], content: CompiledContent): string[] {
  const problems: string[] = []
  const counts = new Map(pages.map((page) => [page.file, lineCount(page.text)]))
  for (const diagnostic of content.diagnostics) {
    const lines = counts.get(diagnostic.file)
    const where = `${diagnostic.file}:${diagnostic.line} ${diagnostic.message}`
    if (lines === undefined) problems.push(`diagnostic names unknown file: ${where}`)
    if (!Number.isInteger(diagnostic.line) || diagnostic.line < 0 || diagnostic.line > (lines ?? 0)) problems.push(`line out of 0..${lines}: ${where}`)
    if (DIAGNOSTIC_SEVERITY[diagnostic.code] !== diagnostic.severity) problems.push(`code ${diagnostic.code} with severity ${diagnostic.severity}: ${where}`)
    if (diagnostic.message.trim() === '') problems.push(`empty message at ${diagnostic.file}:${diagnostic.line}`)
    if (diagnostic.fix.trim() === '') problems.push(`empty fix: ${where}`)
  }
  problems.push(...taxonomyProblems(content.taxonomy.nodes))
  const nodes = new Map(content.taxonomy.nodes.map((node) => [node.id, node]))
  for (const node of content.taxonomy.nodes) if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(node.id)) problems.push(`node id ${JSON.stringify(node.id)} is not a slug`)
  const ids = new Set<string>()
  for (const release of content.releases) {
    if (ids.has(release.id)) problems.push(`two releases with id ${release.id}`)
    ids.add(release.id)
    if (parseDate(release.date) !== release.date) problems.push(`release date not ISO: ${release.date}`)
    if (!new RegExp(`^${release.date}-[a-z0-9]+(-[a-z0-9]+)*$`).test(release.id)) problems.push(`id ${release.id} is not its date and a slug`)
    if (release.title.trim() === '') problems.push(`empty title in ${release.id}`)
    for (const field of release.fields) {
      const node = nodes.get(field)
      // Terms below the menu are topics, filed with their parent (a field or the Other topics group).
      if (node?.kind === 'topic' && !release.fields.includes(node.parent ?? '')) problems.push(`topic ${field} without its parent`)
      else if (node?.kind !== 'field' && node?.kind !== 'topic' && !(node?.kind === 'group' && field === OTHER_TOPICS_ID)) problems.push(`field ${field} is no field node`)
    }
    for (const source of release.sources) if (source.structure !== null && !nodes.has(source.structure)) problems.push(`source ${source.structure} is no node`)
    for (const country of release.mentionedCountries) if (release.primaryCountries.includes(country)) problems.push(`${country} both primary and mentioned`)
  }
  return problems
}

/** The pack of error-free content lists every file with its real hash and size. */
export function packProblems(content: CompiledContent): string[] {
  const problems: string[] = []
  const pack = buildPack(content, NODE_PACK_TOOLS)
  for (const file of pack.manifest.files) {
    const text = pack.files.get(file.path) ?? ''
    if (sha256(text) !== file.sha256) problems.push(`bad hash for ${file.path}`)
    if (Buffer.byteLength(text, 'utf8') !== file.bytes) problems.push(`bad size for ${file.path}`)
  }
  if (pack.manifest.counts.releases !== content.releases.length) problems.push('release count differs from the content')
  return problems
}
