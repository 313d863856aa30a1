import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { formatDay } from '@/components/format'
import { createAppI18n, switchLocale } from '@/i18n'
import { usePreparedFormats } from '@/i18n/useFormat'

afterEach(() => vi.restoreAllMocks())

describe('usePreparedFormats', () => {
  it('makes the interface language’s day formatter when scheduled, so the first list formats its dates without making one', async () => {
    const i18n = createAppI18n()
    await switchLocale(i18n.global, 'ru')
    const scheduled: (() => void)[] = []
    mount(defineComponent({ setup: () => usePreparedFormats((work) => scheduled.push(work)), render: () => h('p') }), { global: { plugins: [i18n] } })
    expect(scheduled).toHaveLength(1)

    const RealDateTimeFormat = Intl.DateTimeFormat
    const made: unknown[] = []
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made.push(args[0])
      return new RealDateTimeFormat(...args)
    } as typeof Intl.DateTimeFormat)
    scheduled[0]?.()
    expect(made).toEqual(['ru'])
    expect(formatDay('2017-07-06', 'ru')).toBe('6 июля 2017 г.')
    expect(made).toEqual(['ru'])
  })
})
