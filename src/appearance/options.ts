/**
 * The reader's appearance choices: theme, text size and line spacing. Stored in the
 * settings table (src/db/settings.ts, the reader's data), applied as attributes of
 * `<html>` (README, "Reading comfort"), and mirrored to localStorage so that
 * public/appearance.js can apply them before the first paint.
 */
export const THEMES = ['system', 'light', 'dark', 'sepia', 'black'] as const
export type Theme = (typeof THEMES)[number]

/** From smallest to largest; base.css gives each its root font size (87.5 % to 200 %). */
export const TEXT_SIZES = ['small', 'normal', 'large', 'larger', 'x-large', 'xx-large'] as const
export type TextSize = (typeof TEXT_SIZES)[number]

export const LINE_SPACINGS = ['normal', 'relaxed', 'loose'] as const
export type LineSpacing = (typeof LINE_SPACINGS)[number]

export interface Appearance {
  theme: Theme
  textSize: TextSize
  lineSpacing: LineSpacing
}

/** The localStorage key public/appearance.js reads (a JSON object of Appearance). */
export const APPEARANCE_MIRROR_KEY = 'appearance'

/**
 * The browser bar's colour (the theme-color metas) in each theme: the header's colour,
 * as in themes.css (`--theme-color`). System uses the light and dark ones, by the metas' media.
 */
export const THEME_COLORS: Readonly<Record<Exclude<Theme, 'system'>, string>> = Object.freeze({
  light: '#0b4f8a',
  dark: '#1b3550',
  sepia: '#5a3a1c',
  black: '#000000',
})
