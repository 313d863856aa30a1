import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { DEFAULT_LIST_ID } from '@/db/database'
import { isInList, listsHolding, putSavedRelease, removeSavedRelease, type SavedReleaseFacts } from '@/db/saved'
import { useLiveQuery } from './useLiveQuery'

/** Facts a save copies, taken fresh from a (frozen) summary. */
const factsOf = (release: SavedReleaseFacts): SavedReleaseFacts => ({ id: release.id, title: release.title, date: release.date })

/** Whether the release is in the default list ("Saved"), live, and the way to save or unsave it there. */
export function useSavedRelease(release: MaybeRefOrGetter<SavedReleaseFacts>) {
  const releaseId = computed(() => toValue(release).id)
  const { data } = useLiveQuery(() => isInList(DEFAULT_LIST_ID, releaseId.value), releaseId)
  const saved = computed(() => data.value === true)

  async function toggle(): Promise<void> {
    if (saved.value) await removeSavedRelease(DEFAULT_LIST_ID, releaseId.value)
    else await putSavedRelease(DEFAULT_LIST_ID, factsOf(toValue(release)))
  }
  return { saved, toggle }
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
