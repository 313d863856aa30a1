import { watch, type ComputedRef } from 'vue'
import type { SettingValues } from '@/db/settings'
import { useSetting } from './useSetting'

export type TextSize = SettingValues['textSize']

export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger']

/**
 * The reader's text size, applied to the whole page as `html[data-text-size]`
 * (base.css scales the root font size, so every rem follows). Live: a change
 * made on the Settings page applies at once wherever this is used.
 */
export function useTextSize(): { textSize: ComputedRef<TextSize | undefined>; setTextSize(size: TextSize): Promise<void> } {
  const { value: textSize, set: setTextSize } = useSetting('textSize')
  watch(
    textSize,
    (size) => {
      // Until the setting is read, the page keeps whatever size it has rather than flashing to normal.
      if (size) document.documentElement.dataset.textSize = size
    },
    { immediate: true },
  )
  return { textSize, setTextSize }
}
