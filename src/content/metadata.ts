/** The `- Label:` names a release's metadata block may use, in one place for the parser and the linker. */

/** Lower case. `Sources`, `Where we are` and `What we do` are the names osce.org's own pages show. */
export const METADATA_LABELS: ReadonlySet<string> = new Set(['date', 'place', 'source', 'sources', 'where we are', 'fields of work', 'what we do', 'type'])

export function isMetadataLabel(label: string): boolean {
  return METADATA_LABELS.has(label.toLowerCase())
}
