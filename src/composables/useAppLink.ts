import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import { useRouter } from 'vue-router'

/** The absolute link of a page of this app (with the app's base path), for sharing, citing and printing. */
export function useAppLink(path: MaybeRefOrGetter<string>): ComputedRef<string> {
  const router = useRouter()
  return computed(() => new URL(router.resolve(toValue(path)).href, window.location.origin).href)
}
