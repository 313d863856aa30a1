/**
 * Shows the reader's appearance: `data-theme`, `data-text-size` and `data-line-spacing`
 * on `<html>` (base.css and themes.css style by them), the browser bar's colour
 * (theme-color metas), and the localStorage mirror public/appearance.js reads on the next
 * start. public/appearance.js does the same from the mirror before the first paint;
 * tests/appearance/headScript.test.ts checks the two agree.
 */
import { APPEARANCE_MIRROR_KEY, THEME_COLORS, type Appearance } from './options'

/**
 * index.html has two theme-color metas, for a light and a dark system: with System they keep
 * the light and dark colours, so the bar follows the system at once; any other theme takes both.
 */
function showThemeColor(document: Document, theme: Appearance['theme']): void {
  const [light, dark] = document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')
  if (light) light.content = theme === 'system' ? THEME_COLORS.light : THEME_COLORS[theme]
  if (dark) dark.content = theme === 'system' ? THEME_COLORS.dark : THEME_COLORS[theme]
}

export function applyAppearance(document: Document, appearance: Appearance): void {
  const root = document.documentElement
  root.dataset.theme = appearance.theme
  root.dataset.textSize = appearance.textSize
  root.dataset.lineSpacing = appearance.lineSpacing
  showThemeColor(document, appearance.theme)
}

/** The mirror is a copy: when the browser refuses storage, the app still applies the settings after it starts. */
export function mirrorAppearance(appearance: Appearance, storage: () => Pick<Storage, 'setItem'> = () => window.localStorage): void {
  try {
    // Reading `window.localStorage` itself throws where the browser blocks site data.
    storage().setItem(APPEARANCE_MIRROR_KEY, JSON.stringify(appearance))
  } catch {
    // Storage full or blocked: the next start shows the default until the settings are read.
  }
}
