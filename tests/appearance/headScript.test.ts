/**
 * public/appearance.js, the script index.html runs before the first paint, evaluated as the
 * browser runs it: it applies the app's mirror, survives anything in storage, and agrees with
 * what the app itself applies (src/appearance/apply.ts) for every combination of choices.
 */
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { applyAppearance, mirrorAppearance } from '@/appearance/apply'
import { LINE_SPACINGS, TEXT_SIZES, THEMES, type Appearance } from '@/appearance/options'

const HEAD_SCRIPT = readFileSync('public/appearance.js', 'utf8')
const INDEX_HTML = readFileSync('index.html', 'utf8')
/** index.html's theme-color metas, as shipped (System's light and dark colours). */
const THEME_COLOR_METAS = [...INDEX_HTML.matchAll(/<meta name="theme-color"[^>]*>/g)].map((match) => match[0]).join('')

function runHeadScript(): void {
  new Function(HEAD_SCRIPT)()
}

/** What the page shows: the root's attributes and the metas' colours. */
function shown() {
  const { theme, textSize, lineSpacing } = document.documentElement.dataset
  const metas = [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map((meta) => `${meta.getAttribute('media')} ${meta.getAttribute('content')}`)
  return { theme, textSize, lineSpacing, metas }
}

const SYSTEM_METAS = ['(prefers-color-scheme: light) #0b4f8a', '(prefers-color-scheme: dark) #1b3550']

beforeEach(() => {
  localStorage.clear()
  const root = document.documentElement
  for (const name of ['data-theme', 'data-text-size', 'data-line-spacing']) root.removeAttribute(name)
  document.head.innerHTML = THEME_COLOR_METAS
})
afterEach(() => vi.restoreAllMocks())

describe('public/appearance.js', () => {
  it('ships index.html with the metas it sets, and loads from <head> before the app', () => {
    expect(shown().metas).toEqual(SYSTEM_METAS)
    const head = INDEX_HTML.slice(0, INDEX_HTML.indexOf('</head>'))
    expect(head).toContain('<script src="/appearance.js"></script>')
    expect(INDEX_HTML.indexOf('/appearance.js')).toBeLessThan(INDEX_HTML.indexOf('/src/main.ts'))
  })

  it('applies the mirrored theme, text size and line spacing, and the theme colour to both metas', () => {
    localStorage.setItem('appearance', JSON.stringify({ theme: 'sepia', textSize: 'xx-large', lineSpacing: 'loose' }))
    runHeadScript()
    expect(shown()).toEqual({
      theme: 'sepia',
      textSize: 'xx-large',
      lineSpacing: 'loose',
      metas: ['(prefers-color-scheme: light) #5a3a1c', '(prefers-color-scheme: dark) #5a3a1c'],
    })
  })

  it('leaves System to the stylesheet and the metas as shipped', () => {
    localStorage.setItem('appearance', JSON.stringify({ theme: 'system', textSize: 'large', lineSpacing: 'relaxed' }))
    runHeadScript()
    expect(shown()).toEqual({ theme: undefined, textSize: 'large', lineSpacing: 'relaxed', metas: SYSTEM_METAS })
  })

  it.each([
    ['nothing stored', null],
    ['not JSON', '{"theme": "dark"'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['a string', '"dark"'],
    ['unknown values', JSON.stringify({ theme: 'purple', textSize: 'huge', lineSpacing: 3 })],
    ["an object's own properties", JSON.stringify({ theme: 'constructor', textSize: 'toString', lineSpacing: '__proto__' })],
    ['markup', JSON.stringify({ theme: '"><script>alert(1)</script>', textSize: 'large"><b>', lineSpacing: 'normal ' })],
  ])('shows the defaults, without throwing, for %s', (_case, stored) => {
    if (stored !== null) localStorage.setItem('appearance', stored)
    expect(runHeadScript).not.toThrow()
    expect(shown()).toEqual({ theme: undefined, textSize: undefined, lineSpacing: undefined, metas: SYSTEM_METAS })
  })

  it('keeps the valid values of a partly bad mirror', () => {
    localStorage.setItem('appearance', JSON.stringify({ theme: 'black', textSize: 'enormous' }))
    runHeadScript()
    expect(shown()).toEqual({ theme: 'black', textSize: undefined, lineSpacing: undefined, metas: ['(prefers-color-scheme: light) #000000', '(prefers-color-scheme: dark) #000000'] })
  })

  it('does not throw when the browser blocks storage', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    expect(runHeadScript).not.toThrow()
    vi.restoreAllMocks()
    const storage = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError')
      },
    })
    try {
      expect(runHeadScript).not.toThrow()
      expect(shown()).toEqual({ theme: undefined, textSize: undefined, lineSpacing: undefined, metas: SYSTEM_METAS })
    } finally {
      if (storage) Object.defineProperty(globalThis, 'localStorage', storage)
    }
  })

  it('shows exactly what the app shows, for every combination of choices', () => {
    const combinations = THEMES.flatMap((theme) => TEXT_SIZES.flatMap((textSize) => LINE_SPACINGS.map((lineSpacing): Appearance => ({ theme, textSize, lineSpacing }))))
    expect(combinations).toHaveLength(90)
    for (const appearance of combinations) {
      document.head.innerHTML = THEME_COLOR_METAS
      applyAppearance(document, appearance)
      // The app names System; the script leaves the attribute out, which the stylesheet treats the same.
      const byApp = { ...shown(), theme: appearance.theme === 'system' ? undefined : appearance.theme }

      for (const name of ['data-theme', 'data-text-size', 'data-line-spacing']) document.documentElement.removeAttribute(name)
      document.head.innerHTML = THEME_COLOR_METAS
      mirrorAppearance(appearance)
      runHeadScript()
      expect({ appearance, shown: shown() }).toEqual({ appearance, shown: byApp })
    }
  })
})
