// @vitest-environment node
import { compileContent } from '@/content/compile'
import { looksLikeDateline, parsePage, splitLines } from '@/content/parse-page'
import { errorsOf, readSeed, replaceOnce, SEED_FILE, SEED_LINES, SEED_TITLE, warningsOf } from './helpers'

const seed = readSeed()
const seedLines = seed.split('\n')

describe('parsePage on the seed page', () => {
  const page = parsePage(SEED_FILE, seed)

  it('reads the nine menu groups with their heading lines and entry counts', () => {
    expect(page.menus.map((menu) => [menu.heading.text, menu.heading.line, menu.entries.length])).toEqual([
      ['Our work', 2, 0],
      ['Fields of work', 4, 25],
      ['Meetings and conferences', 31, 17],
      ['Fields of work', 50, 0],
      ['Countries', 52, 1],
      ['Participating States', 55, 59],
      ['Structures and institutions', 116, 1],
      ['Secretariat', 119, 13],
      ['Field operations', 134, 17],
    ])
    expect(page.menus[1]?.entries[0]).toEqual({ text: 'Arms control', line: 5 })
    expect(page.menus[5]?.entries[15]).toEqual({ text: 'Finland – OSCE Chairpersonship 2025', line: 71 })
    expect(page.menus[8]?.entries.at(-1)).toEqual({ text: 'About us', line: 151 })
  })

  it('keeps the menu lines as the signature', () => {
    expect(page.menuSignature).toBe(seedLines.slice(0, SEED_LINES.lastMenu).join('\n'))
  })

  it('reads type, title, metadata and body with their lines', () => {
    const release = page.release
    expect(release).not.toBeNull()
    expect(release?.type).toEqual({ text: 'Press release', line: SEED_LINES.type })
    expect(release?.title).toEqual({ text: SEED_TITLE, line: SEED_LINES.title })
    expect(release?.line).toBe(SEED_LINES.type)
    expect(release?.metadata).toEqual([
      { label: { text: 'Date', line: 154 }, value: null },
      { label: { text: 'Place', line: 155 }, value: { text: 'ULAANBAATAR', line: 156 } },
      {
        label: { text: 'Source', line: 157 },
        value: { text: 'OSCE Secretariat, OSCE Office for Democratic Institutions and Human Rights', line: 158 },
      },
      { label: { text: 'Fields of work', line: 159 }, value: { text: 'Countering terrorism, Human rights', line: 160 } },
    ])
    expect(release?.body.map((paragraph) => paragraph.line)).toEqual([161, 162, 163, 164, 165, 166])
    expect(release?.body[0]?.text.startsWith('ULAANBAATAR, 6 July 2017 - A two-day national seminar')).toBe(true)
    expect(page.diagnostics).toEqual([])
  })

  it('reads a BOM and CRLF copy exactly like the original', () => {
    const dos = parsePage(SEED_FILE, `\uFEFF${seed.replace(/\n/g, '\r\n')}`)
    expect(dos.release).toEqual(page.release)
    expect(dos.menus).toEqual(page.menus)
    expect(dos.diagnostics).toEqual([])
  })

  it('splitLines drops the BOM and splits on LF, CRLF and CR', () => {
    expect(splitLines('\uFEFFa\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd'])
    expect(splitLines(seed)).toHaveLength(166)
  })
})

describe('parsePage on variations of the release part', () => {
  it('reads inline metadata values (`- Date: 6 July 2017`)', () => {
    const text = replaceOnce(seed, '- Date:\n', '- Date: 6 July 2017\n')
    const release = parsePage('inline.txt', text).release
    expect(release?.metadata[0]).toEqual({ label: { text: 'Date', line: 154 }, value: { text: '6 July 2017', line: 154 } })
  })

  it('takes the first line as the title when the page has no type line', () => {
    const text = replaceOnce(seed, 'Press release\n', '')
    const page = parsePage('untyped.txt', text)
    expect(page.release?.type).toBeNull()
    expect(page.release?.title).toEqual({ text: SEED_TITLE, line: 152 })
    expect(page.release?.body).toHaveLength(6)
    expect(page.diagnostics).toEqual([])
  })

  it('puts a dateline after a lone title into the body, not the header', () => {
    const text = `Short title\nVIENNA, 1 March 2020 - Something happened.\nSecond paragraph.`
    const release = parsePage('short.txt', text).release
    expect(release?.type).toBeNull()
    expect(release?.title).toEqual({ text: 'Short title', line: 1 })
    expect(release?.body.map((paragraph) => paragraph.line)).toEqual([2, 3])
  })

  it('reads a type line it has never seen as the type (the compiler warns once per type)', () => {
    const text = replaceOnce(seed, 'Press release\n', 'Press communique\n')
    const page = parsePage('typo.txt', text)
    expect(page.release?.type).toEqual({ text: 'Press communique', line: SEED_LINES.type })
    expect(page.release?.title?.text).toBe(SEED_TITLE)
    expect(page.diagnostics).toEqual([])
  })

  it('warns about a second value line for one label', () => {
    const text = replaceOnce(seed, '- Countering terrorism, Human rights\n', '- Countering terrorism\n- Human rights\n')
    const page = parsePage('split.txt', text)
    expect(page.diagnostics).toHaveLength(1)
    expect(page.diagnostics[0]).toMatchObject({ severity: 'warning', line: 161, message: 'Unexpected value line "- Human rights" after "Fields of work:".' })
  })

  it('warns about control characters at the line that holds them', () => {
    const lines = [...seedLines]
    lines[162] = `${lines[162]}\u0007\u0000`
    const page = parsePage('bell.txt', lines.join('\n'))
    expect(page.diagnostics).toHaveLength(1)
    expect(page.diagnostics[0]).toMatchObject({ severity: 'warning', file: 'bell.txt', line: 163 })
    expect(page.diagnostics[0]?.message).toContain('control characters')
  })

  it('recognises datelines the way the header rule needs', () => {
    expect(looksLikeDateline('ULAANBAATAR, 6 July 2017 - A two-day seminar')).toBe(true)
    expect(looksLikeDateline('VIENNA/WARSAW, 1 March 2020 – Joint statement')).toBe(true)
    expect(looksLikeDateline('OSCE organizes first seminar, 6 July 2017')).toBe(false)
    expect(looksLikeDateline('Vienna, 6 July 2017 - title-case place')).toBe(true)
    expect(looksLikeDateline('vienna, 6 July 2017 - lower-case place')).toBe(false)
  })
})

describe('pages that cannot give a release', () => {
  it('reports menus without a release at the last line, as an error', () => {
    const menusOnly = seedLines.slice(0, SEED_LINES.lastMenu).join('\n')
    const page = parsePage('menus-only.txt', menusOnly)
    expect(page.release).toBeNull()
    expect(page.menus).toHaveLength(9)
    expect(page.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', file: 'menus-only.txt', line: 151, message: 'The page has menus but no release after them.' }),
    ])
    const compiled = compileContent([{ file: 'menus-only.txt', text: menusOnly }])
    expect(compiled.releases).toEqual([])
    expect(errorsOf(compiled.diagnostics).map((d) => [d.file, d.line, d.message])).toEqual([
      ['menus-only.txt', 151, 'The page has menus but no release after them.'],
    ])
    // The menus still build the taxonomy.
    expect(compiled.taxonomy.nodes.some((node) => node.id === 'mongolia')).toBe(true)
  })

  it('reports an empty page at line 0', () => {
    for (const text of ['', '\n\n  \n', '\uFEFF']) {
      const page = parsePage('empty.txt', text)
      expect(page.release).toBeNull()
      expect(page.diagnostics).toEqual([
        expect.objectContaining({ severity: 'error', file: 'empty.txt', line: 0, message: 'The page is empty.' }),
      ])
    }
  })

  it('reports a release without a title at its type line', () => {
    const text = replaceOnce(seed, `${SEED_TITLE}\n`, '')
    const compiled = compileContent([{ file: 'untitled.txt', text }])
    expect(compiled.releases).toEqual([])
    expect(compiled.diagnostics).toHaveLength(1)
    expect(compiled.diagnostics[0]).toMatchObject({ severity: 'error', file: 'untitled.txt', line: SEED_LINES.type, message: 'The release has no title.' })
    expect(compiled.diagnostics[0]?.fix).toContain('title')
  })

  it('every diagnostic carries a fix', () => {
    const text = replaceOnce(seed, '- Countering terrorism, Human rights\n', '- Countering terrorism\n- Human rights\n')
    for (const diagnostic of [...parsePage('x.txt', text).diagnostics, ...parsePage('y.txt', '').diagnostics]) {
      expect(diagnostic.fix.length).toBeGreaterThan(10)
    }
    expect(warningsOf(parsePage('x.txt', text).diagnostics)).toHaveLength(1)
  })
})

describe('datelines with letters beyond Latin-1', () => {
  it('reads `ŁÓDŹ, …` after an untyped title as the body, not the title', () => {
    const page = parsePage('p.txt', 'Seminar on policing\nŁÓDŹ, 3 March 2021 - The OSCE held a seminar.\n')
    expect(page.release?.type).toBeNull()
    expect(page.release?.title?.text).toBe('Seminar on policing')
    expect(page.release?.body.map((paragraph) => paragraph.text)).toEqual(['ŁÓDŹ, 3 March 2021 - The OSCE held a seminar.'])
    expect(looksLikeDateline('CHIȘINĂU, 6 July 2017 - text')).toBe(true)
  })
})
