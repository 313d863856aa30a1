/** Following countries, structures, fields and topics, and the home page's "For you". */
import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { deleteFollow, forYou, isFollowed, putFollow } from '@/db/follows'
import { useLiveQuery } from './useLiveQuery'

/** Whether the reader follows the node (undefined until known), and the toggle of the Follow button. */
export function useFollow(nodeId: MaybeRefOrGetter<string>) {
  const { data } = useLiveQuery(() => isFollowed(toValue(nodeId)), () => toValue(nodeId))
  return {
    following: data,
    toggle: () => (data.value ? deleteFollow(toValue(nodeId)) : putFollow(toValue(nodeId))),
  }
}

/** How many of the newest unread releases "For you" shows. */
export const FOR_YOU_RELEASES = 10

export function useForYou() {
  const { data, loading } = useLiveQuery(() => forYou(FOR_YOU_RELEASES))
  return {
    items: computed(() => data.value?.items ?? []),
    releases: computed(() => data.value?.releases ?? []),
    newIds: computed(() => new Set(data.value?.newIds)),
    loading,
  }
}

/** Following a node chosen in a form (the home page's prompt), not the node of the page. */
export function useFollowChoice() {
  return { follow: (nodeId: string) => putFollow(nodeId) }
}
