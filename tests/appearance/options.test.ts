import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { mirrorAppearance } from '@/appearance/apply'
import { TEXT_SIZES } from '@/appearance/options'
import { readSetting, writeSetting } from '@/db/settings'

describe('appearance choices', () => {
  it('reads the text sizes stored before there were six with their old meaning (the same root size)', async () => {
    const css = readFileSync('src/styles/base.css', 'utf8')
    const rootSizes = Object.fromEntries([...css.matchAll(/html\[data-text-size='([\w-]+)'\] \{\s*font-size: ([\d.]+%);/g)].map((match) => [match[1], match[2]]))
    // normal is the browser's own size: no rule.
    expect(rootSizes).toEqual({ small: '87.5%', large: '112.5%', larger: '125%', 'x-large': '150%', 'xx-large': '200%' })
    expect(TEXT_SIZES).toEqual(['small', 'normal', 'large', 'larger', 'x-large', 'xx-large'])
    for (const old of ['normal', 'large', 'larger'] as const) {
      await writeSetting('textSize', old)
      expect(await readSetting('textSize')).toBe(old)
    }
  })

  it('mirrors to storage as JSON, and carries on when the browser refuses storage', () => {
    const written: string[] = []
    mirrorAppearance({ theme: 'dark', textSize: 'small', lineSpacing: 'loose' }, () => ({ setItem: (key, value) => void written.push(`${key}=${value}`) }))
    expect(written).toEqual(['appearance={"theme":"dark","textSize":"small","lineSpacing":"loose"}'])
    const refused = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    expect(() => mirrorAppearance({ theme: 'dark', textSize: 'small', lineSpacing: 'loose' }, refused)).not.toThrow()
    expect(() => mirrorAppearance({ theme: 'dark', textSize: 'small', lineSpacing: 'loose' }, () => ({ setItem: refused }))).not.toThrow()
  })
})
