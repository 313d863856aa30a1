// @vitest-environment node
import { MenuCache, parsePage } from '@/content/parse-page'
import { readSeed, replaceOnce, seedVariant } from './helpers'

const seed = readSeed()

describe('MenuCache', () => {
  it('parses a menu version once: later pages share its groups and get the same result as without the cache', () => {
    const cache = new MenuCache()
    const later = seedVariant(seed, { title: 'A later release', date: '2024-03-12' })
    const first = parsePage('pages/a.txt', seed, cache)
    const second = parsePage('pages/b.txt', later, cache)
    expect(second.menus).toBe(first.menus)
    expect(second).toEqual(parsePage('pages/b.txt', later))
  })

  it('replays the menu lines’ own warnings for each page, under that page’s name', () => {
    const cache = new MenuCache()
    const noisy = replaceOnce(seed, '- Arms control\n', '- Arms\u0007 control\n')
    parsePage('pages/a.txt', noisy, cache)
    const again = parsePage('pages/b.txt', seedVariant(noisy, { title: 'Another release' }), cache)
    expect(again.diagnostics.map((item) => [item.file, item.line, item.code])).toEqual([['pages/b.txt', 5, 'control-characters']])
  })

  it('does not take a page whose menu goes on past the cached version for that version', () => {
    const cache = new MenuCache()
    parsePage('pages/a.txt', seed, cache)
    const longer = replaceOnce(seed, '\nPress release\n', '\n- Stray entry after the menus\nPress release\n')
    expect(parsePage('pages/b.txt', longer, cache)).toEqual(parsePage('pages/b.txt', longer))
  })
})
