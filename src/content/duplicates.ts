/**
 * Releases the site published twice: the same title on the same date (so the
 * same id). Identical bodies are one release, filed under every field and source
 * either copy names; different bodies are two releases with distinct ids. Both
 * get a warning; neither stops the build. The outcome does not depend on the
 * order pages are read in: copies are taken in file-name order.
 */
import { diagnostic } from './diagnostics'
import { shortHash } from './id-slug'
import type { Diagnostic, Release, ReleaseSource } from './types'

export interface LinkedCopy {
  file: string
  /** Line of the title. */
  line: number
  release: Release
}

export interface DuplicateResult {
  releases: Release[]
  diagnostics: Diagnostic[]
}

export function resolveDuplicates(copies: readonly LinkedCopy[]): DuplicateResult {
  const byId = new Map<string, LinkedCopy[]>()
  for (const copy of copies) {
    const group = byId.get(copy.release.id)
    if (group) group.push(copy)
    else byId.set(copy.release.id, [copy])
  }
  const releases: Release[] = []
  const diagnostics: Diagnostic[] = []
  const taken = new Set(byId.keys())
  for (const group of byId.values()) {
    if (group.length === 1) {
      releases.push((group[0] as LinkedCopy).release)
      continue
    }
    group.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1))
    const kept: LinkedCopy[] = []
    // By body, so thousands of copies of one title and date stay linear.
    const keptByBody = new Map<string, LinkedCopy>()
    for (const copy of group) {
      const body = copy.release.body.join('\n')
      const same = keptByBody.get(body)
      if (same) {
        merge(same.release, copy.release)
        diagnostics.push(
          diagnostic('duplicate-merged', copy.file, copy.line, `"${copy.release.title}" (${copy.release.date}) repeats ${same.file}:${same.line} word for word; the two are one release, filed under the fields and sources of both.`, 'Nothing to do if the site really published it twice; otherwise delete one of the pages.'),
        )
        continue
      }
      const first = kept[0]
      if (first) {
        // The first file keeps the plain id; later copies get a hash of their own body, stable whatever the page order.
        const id = `${copy.release.id}-${shortHash(body)}`
        if (taken.has(id)) {
          diagnostics.push(diagnostic('duplicate-release', copy.file, copy.line, `"${copy.release.title}" (${copy.release.date}) repeats another page's title, date and body hash.`, 'Delete one of the pages.'))
          continue
        }
        taken.add(id)
        diagnostics.push(
          diagnostic('duplicate-distinct', copy.file, copy.line, `"${copy.release.title}" (${copy.release.date}) has the same title and date as ${first.file}:${first.line} but another text; it is kept as a release of its own, "${id}".`, 'Nothing to do if the site published both; otherwise correct the title or date of the one that differs.'),
        )
        copy.release.id = id
      }
      kept.push(copy)
      keptByBody.set(body, copy)
    }
    for (const copy of kept) releases.push(copy.release)
  }
  return { releases, diagnostics }
}

/** Adds what `other` names and `release` lacks: fields, sources and countries. */
function merge(release: Release, other: Release): void {
  release.fields = union(release.fields, other.fields)
  const sourceKey = (source: ReleaseSource) => source.structure ?? `text:${source.name}`
  const known = new Set(release.sources.map(sourceKey))
  for (const source of other.sources) {
    if (!known.has(sourceKey(source))) {
      known.add(sourceKey(source))
      release.sources.push(source)
    }
  }
  release.primaryCountries = union(release.primaryCountries, other.primaryCountries)
  release.mentionedCountries = union(release.mentionedCountries, other.mentionedCountries).filter((country) => !release.primaryCountries.includes(country))
}

function union(first: readonly string[], second: readonly string[]): string[] {
  return [...new Set([...first, ...second])]
}
