import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const source = (path: string) => readFileSync(resolve(process.cwd(), path), 'utf8')

/** The declarations of `property` per selector, inside `@media print` or outside any media rule. */
function declarations(css: string, property: string, media: 'print' | 'screen'): Map<string, string> {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(css)
  const found = new Map<string, string>()
  const collect = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSStyleRule)) continue
      const value = rule.style.getPropertyValue(property)
      if (!value) continue
      const priority = rule.style.getPropertyPriority(property)
      for (const selector of rule.selectorText.split(',')) found.set(selector.trim(), priority ? `${value} !${priority}` : value)
    }
  }
  if (media === 'screen') collect(sheet.cssRules)
  for (const rule of Array.from(sheet.cssRules)) if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print' && media === 'print') collect(rule.cssRules)
  return found
}

const css = source('src/styles/print.css')

describe('print stylesheet', () => {
  it('loads with the release page', () => {
    expect(source('src/components/release/ReleasePrintDetails.vue')).toContain("import '@/styles/print.css'")
    expect(source('src/views/ReleaseView.vue')).toContain('<ReleasePrintDetails ')
  })

  it('hides the frame, navigation, search box, notices and every button in print', () => {
    const hidden = declarations(css, 'display', 'print')
    for (const selector of ['.skip-link', '.app-header', '.app-sidebar', '.nav-drawer', '.app-notices', "[role='search']", 'button', '.button', '.release-share', '.related-releases']) {
      expect([selector, hidden.get(selector)]).toEqual([selector, 'none !important'])
    }
  })

  it('hides selectors the app really renders', () => {
    const app = source('src/App.vue')
    for (const name of ['skip-link', 'app-sidebar', 'app-notices', 'app-body']) expect(app).toContain(`class="${name}"`)
    expect(source('src/components/layout/AppHeader.vue')).toContain('<header class="app-header">')
    expect(source('src/components/layout/NavDrawer.vue')).toContain('<div class="nav-drawer">')
    expect(source('src/components/release/ReleaseShare.vue')).toContain('class="release-share"')
    expect(source('src/components/release/RelatedReleases.vue')).toContain('class="related-releases"')
    expect(source('src/components/release/ReleasePrintDetails.vue')).toContain('<dl class="release-print-details">')
  })

  it('shows the link and content date only in print, and keeps blocks together across pages', () => {
    expect(declarations(css, 'display', 'screen').get('.release-print-details')).toBe('none')
    expect(declarations(css, 'display', 'print').get('.release-print-details')).toBe('block')
    expect(declarations(css, 'break-after', 'print').get('h1')).toBe('avoid')
    expect(declarations(css, 'break-inside', 'print').get('.release-facts div')).toBe('avoid')
    expect(declarations(css, 'widows', 'print').get('.release-body p')).toBe('3')
  })
})
