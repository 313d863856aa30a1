import { computed, watch, type ComputedRef } from 'vue'
import { readSetting, writeSetting, type SettingValues } from '@/db/settings'
import { useLiveQuery } from './useLiveQuery'

export type TextSize = SettingValues['textSize']

export const TEXT_SIZES: readonly { value: TextSize; label: string }[] = [
  { value: 'normal', label: 'Normal' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' },
]

/**
 * The reader's text size, applied to the whole page as `html[data-text-size]`
 * (base.css scales the root font size, so every rem follows). Live: a change
 * made on the Settings page applies at once wherever this is used.
 */
export function useTextSize(): { textSize: ComputedRef<TextSize | undefined>; setTextSize(size: TextSize): Promise<void> } {
  const { data } = useLiveQuery(() => readSetting('textSize'))
  watch(
    data,
    (size) => {
      // Until the setting is read, the page keeps whatever size it has rather than flashing to normal.
      if (size) document.documentElement.dataset.textSize = size
    },
    { immediate: true },
  )
  return { textSize: computed(() => data.value), setTextSize: (size: TextSize) => writeSetting('textSize', size) }
}
