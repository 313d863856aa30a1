import { describe, expect, it } from 'vitest'
import { mirrorAppearance } from '@/appearance/apply'
import { appearanceFrom, TEXT_SIZES } from '@/appearance/options'
import { readSetting, writeSetting } from '@/db/settings'

describe('appearance choices', () => {
  it('reads the text sizes stored before there were six with their old meaning', async () => {
    for (const old of ['normal', 'large', 'larger'] as const) {
      await writeSetting('textSize', old)
      expect(appearanceFrom({ textSize: await readSetting('textSize') }).textSize).toBe(old)
    }
    expect(TEXT_SIZES).toEqual(['small', 'normal', 'large', 'larger', 'x-large', 'xx-large'])
  })

  it('keeps each known value and puts the default in place of anything else', () => {
    expect(appearanceFrom({ theme: 'black', textSize: 'x-large', lineSpacing: 'relaxed' })).toEqual({ theme: 'black', textSize: 'x-large', lineSpacing: 'relaxed' })
    expect(appearanceFrom({ theme: 'purple', textSize: 3, lineSpacing: null })).toEqual({ theme: 'system', textSize: 'normal', lineSpacing: 'normal' })
    expect(appearanceFrom({ theme: 'toString', textSize: undefined })).toEqual({ theme: 'system', textSize: 'normal', lineSpacing: 'normal' })
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
