import { computed, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { readSetting } from '@/db/settings'
import { useSetting } from '@/composables/useSetting'
import { languageStarting, switchLocale, type LocaleTarget } from './index'
import { isLocale, preferredLocale, type Locale } from './locales'

/** The reader's choice if it names a language the app has, else the first of the browser's that it has. */
function localeFor(saved: unknown): Locale {
  return isLocale(saved) ? saved : preferredLocale(navigator.languages)
}

/**
 * Before the first paint (main.ts): the saved language, or the browser's. Never
 * fails: if the setting or the bundle cannot be read, the app starts in English.
 */
export function startInLanguage(composer: LocaleTarget): Promise<void> {
  return languageStarting(
    composer,
    (async () => {
      const saved = await readSetting('language').catch(() => null)
      await switchLocale(composer, localeFor(saved)).catch((error: unknown) => console.warn('Interface language not loaded; showing English.', error))
    })(),
  )
}

/**
 * The interface language while the app runs: follows the saved choice live (from
 * Settings, or another tab) without a reload. `choose` saves a choice: user data,
 * kept through every content update.
 */
export function useInterfaceLanguage() {
  const composer = useI18n()
  const { value: saved, set } = useSetting('language')
  const current = computed(() => localeFor(saved.value))
  return {
    /** The language shown, once the setting is read. */
    current,
    choose: (locale: Locale) => set(locale),
    /** Applies the saved language whenever it changes (App-wide, from useAppStartup). */
    follow: () =>
      watch(saved, (value) => {
        if (value === undefined) return
        switchLocale(composer, localeFor(value)).catch((error: unknown) => console.warn('Interface language not loaded.', error))
      }),
  }
}
