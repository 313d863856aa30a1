/**
 * Every theme of src/styles/themes.css passes WCAG AA (4.5:1 for text) in every pair the app
 * draws, including those axe cannot see in a browser: visited links (browsers hide their colour
 * from scripts), links inside search marks, disabled text. The theme colours of the browser bar
 * agree in the stylesheet, the app, the head script and index.html.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { THEME_COLORS } from '@/appearance/options'

/** The stylesheet without its comments, so that a rule's selector is only its selector. */
const CSS = readFileSync('src/styles/themes.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')

/** The custom properties of the first rule whose selector list contains `selector`. */
function palette(selector: string, css = CSS): Record<string, string> {
  const rule = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].find((match) => (match[1] ?? '').split(',').map((part) => part.trim()).includes(selector))
  if (!rule) throw new Error(`themes.css has no rule for ${selector}`)
  return Object.fromEntries([...(rule[2] ?? '').matchAll(/--([\w-]+):\s*([^;]+);/g)].map((match) => [match[1] ?? '', (match[2] ?? '').trim()]))
}

const systemDark = () => palette(":root:not([data-theme])", CSS.slice(CSS.indexOf('@media (prefers-color-scheme: dark)')))

const THEMES: Record<string, () => Record<string, string>> = {
  light: () => palette(":root[data-theme='light']"),
  dark: () => palette(":root[data-theme='dark']"),
  sepia: () => palette(":root[data-theme='sepia']"),
  black: () => palette(":root[data-theme='black']"),
  'system (dark)': systemDark,
}

function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16)
  const channels = [value >> 16, (value >> 8) & 255, value & 255].map((channel) => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * (channels[0] ?? 0) + 0.7152 * (channels[1] ?? 0) + 0.0722 * (channels[2] ?? 0)
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return Math.round((((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)) * 100) / 100
}

/** Foreground on background, as the app draws them (base.css and the components). */
const TEXT_PAIRS: readonly (readonly [string, string])[] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent-text', 'bg'],
  ['accent-text', 'surface'],
  ['visited', 'bg'],
  ['visited', 'surface'],
  ['text', 'mark-bg'],
  ['accent-text', 'mark-bg'],
  ['visited', 'mark-bg'],
  ['disabled', 'bg'],
  ['disabled', 'surface'],
  ['on-accent', 'accent'],
  ['header-text', 'header-bg'],
  ['text', 'warning-bg'],
  ['text', 'error-bg'],
]

describe('themes.css', () => {
  it('lists the same colours for System in a dark system as the Dark theme', () => {
    expect(systemDark()).toEqual(THEMES.dark?.())
  })

  it('gives the Light theme the values of the default (System in a light system)', () => {
    expect(palette(':root')).toEqual(THEMES.light?.())
  })

  it.each(Object.keys(THEMES))('%s: every text pair reaches 4.5:1 and the focus ring 3:1', (theme) => {
    const colors = THEMES[theme]?.() ?? {}
    const color = (name: string) => colors[`color-${name}`] ?? `missing --color-${name}`
    const failing = TEXT_PAIRS.map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(color(fg), color(bg)) })).filter(({ ratio }) => !(ratio >= 4.5))
    expect(failing).toEqual([])
    expect(contrast(color('focus'), color('bg'))).toBeGreaterThanOrEqual(3)
  })

  it('measures contrast as WCAG does (black on white is 21:1, the light theme text 16.6:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBe(21)
    expect(contrast('#1a1f24', '#ffffff')).toBe(16.6)
    expect(contrast('#767676', '#ffffff')).toBe(4.54)
  })

  it('gives the browser bar the header colour, the same in themes.css, the app, the head script and index.html', () => {
    const css = Object.fromEntries(Object.keys(THEME_COLORS).map((theme) => [theme, palette(`:root[data-theme='${theme}']`)['theme-color']]))
    const header = Object.fromEntries(Object.keys(THEME_COLORS).map((theme) => [theme, palette(`:root[data-theme='${theme}']`)['color-header-bg']]))
    expect(css).toEqual({ light: '#0b4f8a', dark: '#1b3550', sepia: '#5a3a1c', black: '#000000' })
    expect(header).toEqual(css)
    expect(THEME_COLORS).toEqual(css)
    const headScript = readFileSync('public/appearance.js', 'utf8')
    expect(headScript).toContain("{ light: '#0b4f8a', dark: '#1b3550', sepia: '#5a3a1c', black: '#000000' }")
    const html = readFileSync('index.html', 'utf8')
    expect([...html.matchAll(/<meta name="theme-color" content="([^"]+)" media="([^"]+)"/g)].map((match) => `${match[2]} ${match[1]}`)).toEqual([
      '(prefers-color-scheme: light) #0b4f8a',
      '(prefers-color-scheme: dark) #1b3550',
    ])
  })
})
