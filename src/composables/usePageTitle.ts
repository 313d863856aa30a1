import { toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import type { Router } from 'vue-router'
import type { MessageKey } from '@/i18n/messages'

/** The app's name is a name: it stays the same in every interface language. */
export const APP_NAME = 'OSCE Field Reader'

/** Names the page in tabs, history and screen readers: `Mongolia · OSCE Field Reader`, or the app's name alone. */
export function showPageTitle(title: string | null): void {
  document.title = title ? `${title} · ${APP_NAME}` : APP_NAME
}

/**
 * Keeps `document.title` in step with a page titled after its content. Pages
 * with a fixed title declare it in the route's `meta.title` instead (src/router).
 */
export function usePageTitle(title: MaybeRefOrGetter<string | null>): void {
  watchEffect(() => showPageTitle(toValue(title)))
}

/**
 * Titles pages with a fixed title (the route's `meta.title`, a message key) in the
 * interface language, and again whenever the language changes. Made per app by
 * createAppState; returns the stop handle.
 */
export function showFixedPageTitles(router: Router, translate: (key: MessageKey) => string): () => void {
  return watchEffect(() => {
    const key = router.currentRoute.value.meta.title
    if (key) showPageTitle(translate(key))
  })
}
