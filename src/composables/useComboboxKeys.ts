import { computed, ref, watch, type Ref } from 'vue'

export interface ComboboxActions<Item> {
  choose(item: Item): void
  /** Escape while the list is open: close it, keep the text. */
  close(): void
  /** Escape while the list is closed. */
  escape(): void
}

/**
 * The keyboard of an ARIA 1.2 combobox whose input keeps focus while a popup
 * listbox shows `items`: Down and Up move the active option (wrapping; Up from
 * none goes to the last), Enter chooses it, Escape closes the list and then, on
 * a second press, does the input's own Escape. A new list starts with no active option.
 */
export function useComboboxKeys<Item>(items: Ref<readonly Item[]>, focused: Ref<boolean>, actions: ComboboxActions<Item>) {
  const active = ref(-1)
  const expanded = computed(() => focused.value && items.value.length > 0)
  watch(items, () => (active.value = -1))

  function onKeydown(event: KeyboardEvent): void {
    const count = items.value.length
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count > 0) {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      active.value = active.value < 0 && step < 0 ? count - 1 : (active.value + step + count) % count
    } else if (event.key === 'Enter' && expanded.value && active.value >= 0) {
      const chosen = items.value[active.value]
      if (chosen === undefined) return
      // The form would submit the typed text instead.
      event.preventDefault()
      actions.choose(chosen)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      if (expanded.value) actions.close()
      else actions.escape()
    }
  }

  return { active, expanded, onKeydown }
}
