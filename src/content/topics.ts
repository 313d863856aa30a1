/**
 * Topics: field-of-work terms below the menu's fields (`Media laws`). A topic is
 * a node under its field when data/topics.ts knows the field, else under the
 * "Other topics" group (with a warning, once per term). A release tagged with a
 * topic is filed under the topic and its parent, so field pages include the
 * releases of their topics.
 */
import { TOPICS_BY_FIELD } from './data/topics'
import { diagnostic } from './diagnostics'
import { shortHash } from './id-slug'
import { slugify } from './text'
import type { Diagnostic, TaxonomyNode } from './types'

export const OTHER_TOPICS_ID = 'other-topics'
const OTHER_TOPICS_LABEL = 'Other topics'
const FIELDS_OF_WORK_ID = 'fields-of-work'

interface KnownTopic {
  label: string
  field: string
}

const KNOWN_TOPICS = new Map<string, KnownTopic>()
for (const [field, labels] of Object.entries(TOPICS_BY_FIELD)) {
  for (const label of labels) KNOWN_TOPICS.set(topicKey(label), { label, field })
}

/** Whether data/topics.ts lists the term (under any field). */
export function isKnownTopic(label: string): boolean {
  return KNOWN_TOPICS.has(topicKey(label))
}

/** Spelling variants of one term (`Media laws`, `media-laws`, `Media Laws`) are one topic. */
function topicKey(label: string): string {
  return slugify(label, Number.MAX_SAFE_INTEGER) || `topic-${shortHash(label)}`
}

interface TopicUse {
  file: string
  line: number
}

interface Topic {
  id: string
  parent: string
  /** The data's label, or every spelling seen (the shown one is picked at the end, whatever the page order). */
  known: KnownTopic | null
  spellings: Set<string>
  first: TopicUse
  uses: number
}

export class TopicRegistry {
  private readonly topics = new Map<string, Topic>()
  private readonly takenIds: Set<string>

  constructor(private readonly nodes: ReadonlyMap<string, TaxonomyNode>) {
    this.takenIds = new Set(nodes.keys())
  }

  /** The topic's id and its parent's (a field, or Other topics) for a term the menu does not list. */
  use(label: string, at: TopicUse): { id: string; parent: string } {
    const key = topicKey(label)
    let topic = this.topics.get(key)
    if (!topic) {
      const known = KNOWN_TOPICS.get(key) ?? null
      const parent = known && this.nodes.get(known.field)?.kind === 'field' ? known.field : OTHER_TOPICS_ID
      let id = key
      if (this.takenIds.has(id)) id = `${key}-topic`
      this.takenIds.add(id)
      topic = { id, parent, known: parent === OTHER_TOPICS_ID ? null : known, spellings: new Set(), first: at, uses: 0 }
      this.topics.set(key, topic)
    }
    topic.spellings.add(label)
    topic.uses++
    if (at.file < topic.first.file || (at.file === topic.first.file && at.line < topic.first.line)) topic.first = at
    return { id: topic.id, parent: topic.parent }
  }

  /** The topic nodes (and the Other topics group when a topic needs it), siblings ordered by label. */
  newNodes(): TaxonomyNode[] {
    const topics = [...this.topics.values()].map((topic) => ({ topic, label: labelOf(topic) }))
    topics.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    const nodes: TaxonomyNode[] = []
    if (topics.some(({ topic }) => topic.parent === OTHER_TOPICS_ID)) {
      const siblings = [...this.nodes.values()].filter((node) => node.parent === FIELDS_OF_WORK_ID).length
      nodes.push({ id: OTHER_TOPICS_ID, kind: 'group', label: OTHER_TOPICS_LABEL, parent: FIELDS_OF_WORK_ID, order: siblings, aliases: [] })
    }
    const orders = new Map<string, number>()
    for (const { topic, label } of topics) {
      const order = orders.get(topic.parent) ?? 0
      orders.set(topic.parent, order + 1)
      const aliases = [...topic.spellings].filter((spelling) => spelling !== label).sort()
      nodes.push({ id: topic.id, kind: 'topic', label, parent: topic.parent, order, aliases })
    }
    return nodes
  }

  /** One warning per term whose field is unknown, at its first use (by file and line). */
  diagnostics(): Diagnostic[] {
    const problems: Diagnostic[] = []
    for (const topic of this.topics.values()) {
      if (topic.parent !== OTHER_TOPICS_ID) continue
      const label = labelOf(topic)
      const others = topic.uses > 1 ? ` (and ${topic.uses - 1} other release${topic.uses > 2 ? 's' : ''})` : ''
      problems.push(
        diagnostic(
          'unknown-topic',
          topic.first.file,
          topic.first.line,
          `Field of work "${label}" is not in the Fields of work menu; it is filed under "${OTHER_TOPICS_LABEL}"${others}.`,
          `If it is a sub-topic of a field, add it under that field in src/content/data/topics.ts; if it is a misspelt field, correct it.`,
        ),
      )
    }
    return problems
  }
}

function labelOf(topic: Topic): string {
  if (topic.known) return topic.known.label
  return [...topic.spellings].sort()[0] ?? topic.id
}

/**
 * The taxonomy with the new nodes placed in tree order: each after its parent's
 * existing subtree. Linear in the number of nodes.
 */
export function withNewNodes(nodes: readonly TaxonomyNode[], added: readonly TaxonomyNode[]): TaxonomyNode[] {
  if (added.length === 0) return [...nodes]
  const children = new Map<string | null, TaxonomyNode[]>()
  for (const node of [...nodes, ...added]) {
    const siblings = children.get(node.parent)
    if (siblings) siblings.push(node)
    else children.set(node.parent, [node])
  }
  const ordered: TaxonomyNode[] = []
  const visit = (parent: string | null) => {
    for (const node of children.get(parent) ?? []) {
      ordered.push(node)
      visit(node.id)
    }
  }
  visit(null)
  return ordered
}
