import { computed, type ComputedRef } from 'vue'
import { readSetting, writeSetting, type SettingValues } from '@/db/settings'
import { useLiveQuery } from './useLiveQuery'

/**
 * One of the reader's settings, live (a change made anywhere shows everywhere),
 * and the way to change it. `value` is undefined until the setting is read.
 */
export function useSetting<K extends keyof SettingValues>(key: K): { value: ComputedRef<SettingValues[K] | undefined>; set(value: SettingValues[K]): Promise<void> } {
  const { data } = useLiveQuery(() => readSetting(key))
  return { value: computed(() => data.value), set: (value: SettingValues[K]) => writeSetting(key, value) }
}
