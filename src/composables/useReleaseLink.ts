import { toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import { releasePath } from '@/router/paths'
import { useAppLink } from './useAppLink'

/** The absolute link of a release in this app, without the list it was opened from: the release itself is what is shared. */
export function useReleaseLink(id: MaybeRefOrGetter<string>): ComputedRef<string> {
  return useAppLink(() => releasePath(toValue(id)))
}
