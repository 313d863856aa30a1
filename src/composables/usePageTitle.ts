import { toValue, watchEffect, type MaybeRefOrGetter } from 'vue'

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
