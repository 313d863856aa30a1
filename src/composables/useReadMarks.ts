/** The reader's read marks, for the pages: reads through useLiveQuery, writes through src/db/reads.ts. */
import { computed, ref, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { isRead, markRead, markUnread, readAmong, unreadCount, unreadCountBy, type ReadableList } from '@/db/reads'
import { useLiveQuery } from './useLiveQuery'

/** Marks the release read once it is on screen (and again if the page moves to another release). */
export function useMarkReadWhenOpened(releaseId: MaybeRefOrGetter<string | undefined>): void {
  watch(
    () => toValue(releaseId),
    (id) => {
      if (id) void markRead(id)
    },
    { immediate: true },
  )
}

/** Whether one release is read (undefined until known), and a way to change it. */
export function useReadState(releaseId: MaybeRefOrGetter<string>) {
  const { data } = useLiveQuery(() => isRead(toValue(releaseId)), () => toValue(releaseId))
  return {
    read: data,
    setRead: (read: boolean) => (read ? markRead(toValue(releaseId)) : markUnread(toValue(releaseId))),
  }
}

/** The read ones among the releases shown (null until known): only their own marks are read, once per change of the rows. */
export function useReadAmong(releaseIds: MaybeRefOrGetter<readonly string[]>) {
  const { data } = useLiveQuery(() => readAmong(toValue(releaseIds)), () => toValue(releaseIds).join('\n'))
  return computed(() => data.value ?? null)
}

function listKey(list: ReadableList): string {
  return list.kind === 'latest' ? 'latest' : `${list.facet}:${list.id}`
}

/** The list's unread releases (undefined until known). */
export function useUnreadCount(list: MaybeRefOrGetter<ReadableList>) {
  const { data } = useLiveQuery(
    () => {
      const current = toValue(list)
      return current.kind === 'latest' ? unreadCount() : unreadCountBy(current.facet, current.id)
    },
    () => listKey(toValue(list)),
  )
  return data
}

/** "Mark all as read" for a list: `marked` is how many the last use marked (null before it), for the page to say so. */
export function useMarkAllRead(list: MaybeRefOrGetter<ReadableList>) {
  const marked = ref<number | null>(null)
  const busy = ref(false)
  watch(() => listKey(toValue(list)), () => (marked.value = null))
  async function markAll(): Promise<void> {
    busy.value = true
    try {
      // In a worker of its own: a whole list's writes would hold the page's thread for seconds. Loaded on first
      // use, like the worker: the home page shows the button, but its first load need not carry the code.
      const { markListRead } = await import('@/userdata/readsRunner')
      marked.value = await markListRead(toValue(list))
    } finally {
      busy.value = false
    }
  }
  return { marked, busy, markAll }
}
