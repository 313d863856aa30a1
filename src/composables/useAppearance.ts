import { computed, watch } from 'vue'
import { applyAppearance, mirrorAppearance } from '@/appearance/apply'
import { appearanceFrom } from '@/appearance/options'
import { useSetting } from './useSetting'

/**
 * Follows the reader's theme, text size and line spacing: the settings table is their
 * source (the reader's data), so whatever changes them (Settings, the header's theme
 * button, a restored backup) shows at once on `<html>`, and is mirrored for
 * public/appearance.js, which applies it before the first paint of the next start.
 */
export function useAppearance(): void {
  const settings = [useSetting('theme'), useSetting('textSize'), useSetting('lineSpacing')] as const
  // Nothing until all three are read: a half-read appearance would flash the defaults over the mirror's.
  const appearance = computed(() => {
    const [theme, textSize, lineSpacing] = settings.map((setting) => setting.value.value)
    return theme && textSize && lineSpacing ? appearanceFrom({ theme, textSize, lineSpacing }) : undefined
  })
  watch(appearance, (chosen) => {
    if (!chosen) return
    applyAppearance(document, chosen)
    mirrorAppearance(chosen)
  }, { immediate: true })
}
