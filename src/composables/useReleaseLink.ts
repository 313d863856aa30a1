import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import { useRouter } from 'vue-router'
import { releasePath } from '@/router/paths'

/** The absolute link of a release in this app (with the app's base path), for sharing, citing and printing. */
export function useReleaseLink(id: MaybeRefOrGetter<string>): ComputedRef<string> {
  const router = useRouter()
  return computed(() => new URL(router.resolve(releasePath(toValue(id))).href, window.location.origin).href)
}
