import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ThemeButton from '@/components/appearance/ThemeButton.vue'
import { db } from '@/db/database'
import { writeSetting } from '@/db/settings'
import { createAppI18n } from '@/i18n'

let wrapper: VueWrapper

function mountButton(): VueWrapper {
  wrapper = mount(ThemeButton, { global: { plugins: [createAppI18n()] }, attachTo: document.body })
  return wrapper
}

const button = () => wrapper.get('button')
const radios = () => wrapper.findAll<HTMLInputElement>('input[type="radio"]')
const checkedLabel = () => wrapper.findAll('label').find((label) => label.get('input').element.checked)?.text()

/** The themes load with the first tap (their own chunk): waits until they are shown. */
async function openThemes(): Promise<void> {
  await button().trigger('click')
  await vi.waitFor(async () => {
    await flushPromises()
    expect(radios()).toHaveLength(5)
    // The first import of the chunk is transformed on demand: slower than a second.
  }, 5000)
}

describe('ThemeButton', () => {
  beforeEach(async () => {
    await db.settings.clear()
  })
  afterEach(() => wrapper.unmount())

  it('is one button named by the theme in use, closed until tapped', async () => {
    mountButton()
    expect(wrapper.findAll('button')).toHaveLength(1)
    // Until the setting is read, the name alone.
    expect(button().text()).toBe('Theme')
    await vi.waitFor(() => expect(button().text()).toBe('Theme: System'))
    expect(button().attributes('aria-expanded')).toBe('false')
    expect(button().attributes('aria-controls')).toBeUndefined()
    expect(radios()).toHaveLength(0)
  })

  it('opens the five themes in one tap, with the stored one checked, and stores a choice at once', async () => {
    await writeSetting('theme', 'sepia')
    mountButton()
    await openThemes()
    expect(button().attributes('aria-expanded')).toBe('true')
    expect(button().attributes('aria-controls')).toBe('theme-popover')
    expect(wrapper.find('#theme-popover fieldset legend').text()).toBe('Theme')
    expect(wrapper.findAll('label').map((label) => label.text())).toEqual(['System', 'Light', 'Dark', 'Sepia', 'Black (OLED)'])
    await vi.waitFor(() => expect(checkedLabel()).toBe('Sepia'))

    await radios()[4]?.setValue(true)
    await vi.waitFor(async () => expect((await db.settings.get('theme'))?.value).toBe('black'))
    await vi.waitFor(() => expect(checkedLabel()).toBe('Black (OLED)'))
    await vi.waitFor(() => expect(button().text()).toBe('Theme: Black (OLED)'))
    // Still open: the reader may try the next one.
    expect(button().attributes('aria-expanded')).toBe('true')
  })

  it('closes on Escape and hands focus back to the button', async () => {
    mountButton()
    await openThemes()
    radios()[0]?.element.focus()
    await radios()[0]?.trigger('keydown', { key: 'Escape' })
    await flushPromises()
    expect(button().attributes('aria-expanded')).toBe('false')
    expect(radios()).toHaveLength(0)
    expect(document.activeElement).toBe(button().element)
  })

  it('closes on a tap elsewhere, and on a second tap of the button', async () => {
    mountButton()
    await openThemes()
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    document.body.dispatchEvent(new PointerEvent('click', { bubbles: true }))
    await flushPromises()
    expect(button().attributes('aria-expanded')).toBe('false')

    await openThemes()
    await button().trigger('pointerdown')
    await button().trigger('click')
    await flushPromises()
    expect(button().attributes('aria-expanded')).toBe('false')
    expect(radios()).toHaveLength(0)
  })
})
