import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { DEFAULT_LIST_ID } from '@/db/database'
import { isInList, putSavedRelease, removeSavedRelease, type SavedReleaseFacts } from '@/db/saved'
import { useLiveQuery } from './useLiveQuery'

/** Facts a save copies, taken fresh from a (frozen) summary. */
export const factsOf = (release: SavedReleaseFacts): SavedReleaseFacts => ({ id: release.id, title: release.title, date: release.date })

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
