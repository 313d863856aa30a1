import { watch, type ComputedRef } from 'vue'
import type { SettingValues } from '@/db/settings'
import type { MessageKey } from '@/i18n/messages'
import { useSetting } from './useSetting'

export type TextSize = SettingValues['textSize']

export const TEXT_SIZES: readonly { value: TextSize; label: MessageKey }[] = [
  { value: 'normal', label: 'settings.textNormal' },
  { value: 'large', label: 'settings.textLarge' },
  { value: 'larger', label: 'settings.textLarger' },
]

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
