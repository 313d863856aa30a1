import { computed, toValue, type MaybeRefOrGetter, type Ref } from 'vue'
import { DEFAULT_LIST_ID } from '@/db/database'
import { isInList, putSavedRelease, removeSavedRelease, savedAmong, type SavedReleaseFacts } from '@/db/saved'
import { useLiveQuery } from './useLiveQuery'

/** Facts a save copies, taken fresh from a (frozen) summary. */
export const factsOf = (release: SavedReleaseFacts): SavedReleaseFacts => ({ id: release.id, title: release.title, date: release.date })

/**
 * Whether the release is in the default list ("Saved"), live, and the way to save or unsave it there. `fromList`:
 * the answer of the list showing the row, which reads it for all its rows at once (useSavedAmong; null while it
 * reads); the row then reads nothing itself.
 */
export function useSavedRelease(release: MaybeRefOrGetter<SavedReleaseFacts>, fromList?: () => boolean | null) {
  const releaseId = computed(() => toValue(release).id)
  const saved = fromList ? computed(() => fromList() === true) : savedOnItsOwn(releaseId)

  async function toggle(): Promise<void> {
    if (saved.value) await removeSavedRelease(DEFAULT_LIST_ID, releaseId.value)
    else await putSavedRelease(DEFAULT_LIST_ID, factsOf(toValue(release)))
  }
  return { saved, toggle }
}

function savedOnItsOwn(releaseId: Readonly<Ref<string>>) {
  const { data } = useLiveQuery(() => isInList(DEFAULT_LIST_ID, releaseId.value), releaseId)
  return computed(() => data.value === true)
}

/** Which of the shown rows are in the default list, live: one read per change of the rows (null until read). */
export function useSavedAmong(releaseIds: MaybeRefOrGetter<readonly string[]>) {
  const { data } = useLiveQuery(() => savedAmong(DEFAULT_LIST_ID, toValue(releaseIds)), () => toValue(releaseIds).join('\n'))
  return computed(() => data.value ?? null)
}
