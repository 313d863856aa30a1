import { computed, shallowRef, watch, type Ref } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import type { NodeKind, TaxonomyNode } from '@/content/types'
import { useNodeName } from '@/i18n/useNodeName'
import { parseSearchQuery, searchLocation, withText } from '@/router/searchQuery'
import { loadSearchClient } from '@/search/loadSearchClient'
import type { LabelCandidate, LabelKind } from '@/search/suggestions'
import { useTaxonomy } from './useTaxonomy'

/** At most this many suggestions (issue 14). */
export const MAX_SUGGESTIONS = 6
/** Menu entries shown before completions take the rest of the places. */
const FIRST_LABELS = 4
/** Suggestions start from this many typed characters. */
const MIN_TEXT_LENGTH = 2

export interface SearchSuggestion {
  /** Unique within one list, for the option's DOM id. */
  key: string
  kind: LabelKind | 'query'
  text: string
  /** Set when the name stays in the content's English inside a page in another language. */
  lang?: 'en'
  /** Where choosing it goes: the entry's page, or the search for the completed words. */
  to: RouteLocationRaw
}

/** The element id of a suggestion, for the combobox's aria-activedescendant. */
export function suggestionOptionId(listId: string, index: number): string {
  return `${listId}-option-${index}`
}

const LABEL_KINDS: Readonly<Partial<Record<NodeKind, LabelKind>>> = {
  country: 'country',
  partner: 'country',
  territory: 'country',
  structure: 'structure',
  'secretariat-unit': 'structure',
  institution: 'structure',
  'field-operation': 'structure',
  field: 'field',
  topic: 'field',
}

/**
 * Suggestions for what is typed in the header search box: countries, structures
 * and fields by name (in the interface language and in English), then
 * completions of the last word from the search index's own dictionary.
 * An answer to older text is dropped.
 */
export function useSearchSuggestions(text: Ref<string>) {
  const { taxonomy } = useTaxonomy()
  const nodeName = useNodeName()
  const suggestions = shallowRef<SearchSuggestion[]>([])

  /** Menu entries with a page, named as shown (the interface language) and as the menu names them. */
  const candidates = computed(() => {
    const lookup = taxonomy.value
    const list: (LabelCandidate & { node: TaxonomyNode; path: string })[] = []
    for (const node of lookup?.byId.values() ?? []) {
      const kind = LABEL_KINDS[node.kind]
      const path = kind ? lookup?.pathOf(node) : null
      if (kind && path) list.push({ id: node.id, kind, names: [nodeName(node).text, node.label, ...node.aliases], node, path })
    }
    return { list, byId: new Map(list.map((candidate) => [candidate.id, candidate])) }
  })

  async function labelSuggestions(typed: string): Promise<SearchSuggestion[]> {
    // Loaded on the first letters typed: the first route's JavaScript stays within its budget.
    const { matchLabels } = await import('@/search/suggestions')
    const { list, byId } = candidates.value
    return matchLabels(list, typed, MAX_SUGGESTIONS).flatMap((match) => {
      const candidate = byId.get(match.id)
      if (!candidate) return []
      return [{ key: `${match.kind}-${match.id}`, kind: match.kind, text: match.name, lang: nodeName(candidate.node).lang, to: candidate.path }]
    })
  }

  let latest = 0
  // The menus may still be loading when the first letters arrive: answer again once they are there. Until the
  // reader types, the candidates are not worked out: at start they would be rebuilt each time the menus change.
  const typing = computed(() => text.value.trim().length >= MIN_TEXT_LENGTH)
  watch(
    [text, () => (typing.value ? candidates.value : null)],
    async ([typed]) => {
      const ticket = ++latest
      if (!typing.value) {
        suggestions.value = []
        return
      }
      const completing = loadSearchClient()
        .then((client) => client.complete(typed, MAX_SUGGESTIONS))
        .catch((): string[] => [])
      const labels = await labelSuggestions(typed)
      if (ticket !== latest) return
      // Menu entries at once: completions may wait for the index to be built after an install.
      suggestions.value = labels
      const queries = (await completing).map((q): SearchSuggestion => ({ key: `query-${q}`, kind: 'query', text: q, to: searchLocation(withText(parseSearchQuery({}), q)) }))
      if (ticket !== latest) return
      const first = labels.slice(0, FIRST_LABELS)
      suggestions.value = [...first, ...queries, ...labels.slice(FIRST_LABELS)].slice(0, MAX_SUGGESTIONS)
    },
    { immediate: true },
  )

  /** Closes the list until the text changes again; an answer still on its way is dropped. */
  function clear(): void {
    latest++
    suggestions.value = []
  }

  return { suggestions, clear }
}
