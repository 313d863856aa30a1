import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import { watchNewerSchema } from '@/db/connection'

/** True once another tab has upgraded the database: this tab's code is now too old to read it. */
export function useNewerSchema(): Ref<boolean> {
  const newer = ref(false)
  let stop: (() => void) | undefined
  onMounted(() => {
    stop = watchNewerSchema(() => (newer.value = true))
  })
  onBeforeUnmount(() => stop?.())
  return newer
}
