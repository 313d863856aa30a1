import { computed, watch } from 'vue'
import { applyAppearance, mirrorAppearance } from '@/appearance/apply'
import { useSetting } from './useSetting'

/**
 * Follows the reader's theme, text size and line spacing: the settings table is their
 * source (the reader's data), so whatever changes them (Settings, the header's theme
 * button, a restored backup) shows at once on `<html>`, and is mirrored for
 * public/appearance.js, which applies it before the first paint of the next start.
 */
export function useAppearance(): void {
  const theme = useSetting('theme')
  const textSize = useSetting('textSize')
  const lineSpacing = useSetting('lineSpacing')
  // Nothing until all three are read: a half-read appearance would put defaults over the mirror's values.
  const appearance = computed(() =>
    theme.value.value && textSize.value.value && lineSpacing.value.value ? { theme: theme.value.value, textSize: textSize.value.value, lineSpacing: lineSpacing.value.value } : undefined,
  )
  watch(
    appearance,
    (chosen) => {
      if (!chosen) return
      applyAppearance(document, chosen)
      mirrorAppearance(chosen)
    },
    { immediate: true },
  )
}
