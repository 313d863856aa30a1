import { toValue, watchEffect, type MaybeRefOrGetter } from 'vue'

export const APP_NAME = 'OSCE Field Reader'

/** Keeps `document.title` in step with the page, so tabs, history and screen readers name it. */
export function usePageTitle(title: MaybeRefOrGetter<string | null>): void {
  watchEffect(() => {
    const current = toValue(title)
    document.title = current ? `${current} · ${APP_NAME}` : APP_NAME
  })
}
