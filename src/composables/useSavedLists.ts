import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'
import type { SavedList } from '@/db/database'
import { putSavedRelease, removeSavedRelease, type SavedReleaseFacts } from '@/db/saved'
import {
  deleteList,
  listsHolding,
  releasesStillInContent,
  savedItemsOf,
  savedListsWithCounts,
  writeItemsToList,
  writeListName,
  writeNewList,
  type TransferMode,
} from '@/db/savedLists'
import { useLiveQuery } from './useLiveQuery'
import { factsOf } from './useSavedRelease'

/**
 * The reader's lists with their counts, live, and the ways to change them. The
 * default list has no name of its own until renamed: it shows as "Saved" in
 * the interface language, and no other list may take that name.
 */
export function useSavedLists() {
  const { t } = useI18n()
  const { data } = useLiveQuery(savedListsWithCounts)
  const defaultListName = () => t('saved.defaultList')
  const nameOf = (list: Pick<SavedList, 'name'>) => list.name ?? defaultListName()

  return {
    lists: computed(() => data.value ?? []),
    loaded: computed(() => data.value !== undefined),
    nameOf,
    create: (name: string, release?: SavedReleaseFacts) => writeNewList(name, { defaultListName: defaultListName(), release }),
    rename: (listId: string, name: string) => writeListName(listId, name, { defaultListName: defaultListName() }),
    remove: (listId: string) => deleteList(listId),
  }
}

/** A list's items (latest saved first, filtered by text), which of them the content still has, and what can be done to them. */
export function useSavedItems(listId: MaybeRefOrGetter<string>, filter: MaybeRefOrGetter<string>) {
  const source = () => [toValue(listId), toValue(filter)]
  const { data } = useLiveQuery(async () => {
    const items = await savedItemsOf(toValue(listId), toValue(filter))
    return { items, available: await releasesStillInContent(items.map((item) => item.releaseId)) }
  }, source)

  return {
    items: computed(() => data.value?.items ?? []),
    available: computed(() => data.value?.available ?? new Set<string>()),
    loaded: computed(() => data.value !== undefined),
    remove: (releaseId: string) => removeSavedRelease(toValue(listId), releaseId),
    transfer: (releaseIds: readonly string[], toListId: string, mode: TransferMode) => writeItemsToList(toValue(listId), toListId, releaseIds, mode),
  }
}

/** The lists that hold the release, live, and the way to put it in a list or take it out. */
export function useReleaseLists(release: MaybeRefOrGetter<SavedReleaseFacts>) {
  const releaseId = computed(() => toValue(release).id)
  const { data } = useLiveQuery(() => listsHolding(releaseId.value), releaseId)
  const holding = computed(() => new Set(data.value ?? []))

  async function setInList(listId: string, inList: boolean): Promise<void> {
    if (inList) await putSavedRelease(listId, factsOf(toValue(release)))
    else await removeSavedRelease(listId, releaseId.value)
  }
  return { holding, setInList, facts: () => factsOf(toValue(release)) }
}
