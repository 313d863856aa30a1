// @vitest-environment node
import { compileContent } from '@/content/compile'
import { formatDiagnostic, hasErrors } from '@/content/diagnostics'
import { linkRelease, releaseId, TaxonomyIndex } from '@/content/link-release'
import { parsePage } from '@/content/parse-page'
import type { Release } from '@/content/types'
import {
  errorsOf,
  readSeed,
  replaceOnce,
  SEED_DATELINE,
  SEED_FILE,
  SEED_ID,
  SEED_LINES,
  SEED_TITLE,
  seedVariant,
  warningsOf,
} from './helpers'

const seed = readSeed()
const SEED_SOURCES = '- OSCE Secretariat, OSCE Office for Democratic Institutions and Human Rights\n'

function compileOne(text: string, file = 'pages/page.txt') {
  return compileContent([{ file, text }])
}

function onlyRelease(text: string): Release {
  const compiled = compileOne(text)
  expect(compiled.releases).toHaveLength(1)
  return compiled.releases[0] as Release
}

describe('the seed page, compiled', () => {
  const compiled = compileContent([{ file: SEED_FILE, text: seed }])
  const release = compiled.releases[0] as Release

  it('yields exactly one release and no diagnostics', () => {
    expect(compiled.releases).toHaveLength(1)
    expect(compiled.diagnostics).toEqual([])
  })

  it('has the type, title, date, place and id', () => {
    expect(release.type).toBe('Press release')
    expect(release.title).toBe(SEED_TITLE)
    expect(release.date).toBe('2017-07-06')
    expect(release.place).toBe('Ulaanbaatar')
    expect(release.id).toBe(SEED_ID)
  })

  it('matches both sources to their structures', () => {
    expect(release.sources).toEqual([
      { name: 'OSCE Secretariat', structure: 'secretariat' },
      { name: 'OSCE Office for Democratic Institutions and Human Rights', structure: 'odihr' },
    ])
  })

  it('links the fields of work and the countries', () => {
    expect(release.fields).toEqual(['countering-terrorism', 'human-rights'])
    expect(release.primaryCountries).toEqual(['mongolia'])
    expect(release.mentionedCountries).toEqual([
      'canada', 'denmark', 'estonia', 'finland', 'kyrgyzstan', 'netherlands', 'spain', 'united-states-of-america',
    ])
  })

  it('keeps the six body paragraphs as plain text', () => {
    expect(release.body).toHaveLength(6)
    expect(release.body[0]?.startsWith('ULAANBAATAR, 6 July 2017 - A two-day national seminar on a community-policing approach')).toBe(true)
    expect(release.body[5]?.endsWith('in compliance with human rights and the rule of law.')).toBe(true)
    expect(release.body.every((paragraph) => !/[<>]/.test(paragraph))).toBe(true)
  })

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(release))).toEqual(release)
  })
})

describe('TaxonomyIndex lookups', () => {
  const { taxonomy } = compileContent([{ file: SEED_FILE, text: seed }])
  const index = new TaxonomyIndex(taxonomy.nodes)

  it('finds fields of work by label, case and spacing aside', () => {
    expect(index.field('Countering terrorism')).toBe('countering-terrorism')
    expect(index.field('cyber/ict  security')).toBe('cyber-ict-security')
    expect(index.field('Basket weaving')).toBeNull()
    expect(index.fieldLabels).toHaveLength(23)
  })

  it.each([
    ['OSCE Secretariat', 'secretariat'],
    ['OSCE Office for Democratic Institutions and Human Rights', 'odihr'],
    ['Office for Democratic Institutions and Human Rights', 'odihr'],
    ['ODIHR', 'odihr'],
    ['OSCE/ODIHR', 'odihr'],
    ['OSCE High Commissioner on National Minorities', 'hcnm'],
    ['OSCE Representative on Freedom of the Media', 'rfom'],
    ['OSCE Mission to Moldova', 'mission-to-moldova'],
    ['Mission to Moldova', 'mission-to-moldova'],
    ['OSCE Programme Office in Bishkek', 'programme-office-in-bishkek'],
    ['OSCE Centre in Bishkek', 'programme-office-in-bishkek'],
    ['OSCE Office in Yerevan (closed)', 'office-in-yerevan'],
    ['OSCE Parliamentary Assembly', 'parliamentary-assembly'],
    ['OSCE Chairmanship', 'chairpersonship'],
    ['OSCE Transnational Threats Department', 'transnational-threats-department'],
  ])('matches source %s to %s', (name, id) => {
    expect(index.structure(name)).toBe(id)
  })

  it('matches no structure for outside bodies', () => {
    expect(index.structure('European Union')).toBeNull()
    expect(index.structure('Countering terrorism')).toBeNull()
  })
})

describe('linkRelease details', () => {
  it('adds a field operation host as a primary country', () => {
    const text = replaceOnce(seed, SEED_SOURCES, '- OSCE Mission to Moldova\n')
    const release = onlyRelease(text)
    expect(release.sources).toEqual([{ name: 'OSCE Mission to Moldova', structure: 'mission-to-moldova' }])
    expect(release.primaryCountries).toEqual(['mongolia', 'moldova'])
    expect(release.mentionedCountries).not.toContain('moldova')
  })

  it('takes the host of a closed field activity and of Kosovo too', () => {
    const closed = onlyRelease(replaceOnce(replaceOnce(seed, SEED_SOURCES, '- OSCE Office in Yerevan (closed)\n'), '- ULAANBAATAR\n', '- YEREVAN\n'))
    expect(closed.place).toBe('Yerevan')
    expect(closed.primaryCountries).toEqual(['armenia'])
    const kosovo = onlyRelease(replaceOnce(seed, SEED_SOURCES, '- OSCE Mission in Kosovo\n'))
    expect(kosovo.primaryCountries).toEqual(['mongolia', 'kosovo'])
  })

  it('prefers the `- Date:` value over the dateline', () => {
    const release = onlyRelease(replaceOnce(seed, '- Date:\n', '- Date:\n- 7 July 2017\n'))
    expect(release.date).toBe('2017-07-07')
    expect(release.id).toBe('2017-07-07-osce-organizes-first-seminar-on-community-policing-approaches-to-countering-c184613d')
  })

  it('falls back to the dateline place when there is no Place', () => {
    const release = onlyRelease(replaceOnce(seed, '- Place:\n- ULAANBAATAR\n', ''))
    expect(release.place).toBe('Ulaanbaatar')
    expect(release.primaryCountries).toEqual(['mongolia'])
  })

  it('reads the newsroom labels `Where we are` and `What we do`', () => {
    const text = replaceOnce(replaceOnce(seed, '- Source:\n', '- Where we are:\n'), '- Fields of work:\n', '- What we do:\n')
    const release = onlyRelease(text)
    expect(release.sources.map((source) => source.structure)).toEqual(['secretariat', 'odihr'])
    expect(release.fields).toEqual(['countering-terrorism', 'human-rights'])
  })

  it('warns, at its line, about a repeated label and uses the first', () => {
    const text = replaceOnce(seed, '- Countering terrorism, Human rights\n', '- Countering terrorism, Human rights\n- Fields of work:\n- Youth\n')
    const compiled = compileOne(text)
    expect(compiled.releases[0]?.fields).toEqual(['countering-terrorism', 'human-rights'])
    expect(compiled.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['warning', 161, '"Fields of work:" appears twice; the first one is used.'],
    ])
  })

  it('uses linkRelease on a parsed page directly', () => {
    const { taxonomy } = compileContent([{ file: SEED_FILE, text: seed }])
    const page = parsePage('direct.txt', seed)
    if (!page.release) throw new Error('seed has a release')
    const linked = linkRelease('direct.txt', page.release, new TaxonomyIndex(taxonomy.nodes))
    expect(linked.line).toBe(SEED_LINES.title)
    expect(linked.diagnostics).toEqual([])
    expect(linked.release?.id).toBe(SEED_ID)
  })

  it('releaseId joins the date and a word-cut slug of at most 80 characters', () => {
    expect(releaseId('2017-07-06', SEED_TITLE)).toBe(SEED_ID)
    expect(releaseId('2020-03-01', 'OSCE/ODIHR & HCNM: joint statement')).toBe('2020-03-01-osce-odihr-and-hcnm-joint-statement')
  })
})

describe('content errors, located', () => {
  it('no date anywhere: error at the `- Date:` line', () => {
    const text = replaceOnce(seed, SEED_DATELINE, 'A two-day ')
    const compiled = compileOne(text, 'pages/undated.txt')
    expect(compiled.releases).toEqual([])
    expect(compiled.diagnostics).toHaveLength(1)
    expect(compiled.diagnostics[0]).toMatchObject({
      severity: 'error',
      file: 'pages/undated.txt',
      line: SEED_LINES.date,
      message: 'The release has no date: the "- Date:" value is missing and the body has no dateline.',
    })
  })

  it('no date and no `- Date:` label: error at the title line', () => {
    const text = replaceOnce(replaceOnce(seed, SEED_DATELINE, 'A two-day '), '- Date:\n', '')
    const compiled = compileOne(text, 'pages/undated.txt')
    expect(errorsOf(compiled.diagnostics).map((d) => [d.file, d.line])).toEqual([['pages/undated.txt', SEED_LINES.title]])
  })

  it('an unknown field of work is no error: an Other topics topic, warned at its line', () => {
    const text = replaceOnce(seed, '- Countering terrorism, Human rights\n', '- Countering terrorism, Basket weaving\n')
    const compiled = compileOne(text, 'pages/basket.txt')
    expect(compiled.releases[0]?.fields).toEqual(['countering-terrorism', 'basket-weaving', 'other-topics'])
    expect(compiled.diagnostics).toHaveLength(1)
    expect(hasErrors(compiled.diagnostics)).toBe(false)
    expect(formatDiagnostic(compiled.diagnostics[0] as (typeof compiled.diagnostics)[number])).toBe(
      'pages/basket.txt:160: warning: Field of work "Basket weaving" is not in the Fields of work menu; it is filed under "Other topics". Fix: If it is a sub-topic of a field, add it under that field in src/content/data/topics.ts; if it is a misspelt field, correct it.',
    )
  })

  it('an impossible `- Date:` value: error at the value line', () => {
    const text = replaceOnce(seed, '- Date:\n', '- Date:\n- 31 February 2017\n')
    const compiled = compileOne(text, 'pages/feb.txt')
    expect(compiled.releases).toEqual([])
    expect(compiled.diagnostics).toHaveLength(1)
    expect(compiled.diagnostics[0]).toMatchObject({ severity: 'error', file: 'pages/feb.txt', line: 155, message: 'Date "31 February 2017" is not a real date.' })
  })

  it('an impossible dateline date: error at the first paragraph', () => {
    const text = replaceOnce(seed, SEED_DATELINE, 'ULAANBAATAR, 31 February 2017 - ')
    const compiled = compileOne(text, 'pages/feb.txt')
    expect(compiled.releases).toEqual([])
    expect(compiled.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['error', SEED_LINES.firstParagraph, 'Dateline date "31 February 2017" is not a real date.'],
    ])
  })

  it('the same page twice under two names: one release and a warning naming both files', () => {
    const compiled = compileContent([
      { file: 'pages/copy-b.txt', text: seed },
      { file: 'pages/copy-a.txt', text: seed },
    ])
    expect(compiled.releases.map((release) => release.id)).toEqual([SEED_ID])
    expect(errorsOf(compiled.diagnostics)).toEqual([])
    const warnings = warningsOf(compiled.diagnostics)
    expect(warnings.map((d) => [d.code, d.file, d.line])).toEqual([['duplicate-merged', 'pages/copy-b.txt', SEED_LINES.title]])
    expect(warnings[0]?.message).toContain('pages/copy-a.txt:153')
  })

  it('an unmatched source is only a warning, and the release keeps it as text', () => {
    const text = replaceOnce(seed, SEED_SOURCES, '- OSCE Secretariat, European Union\n')
    const compiled = compileOne(text, 'pages/eu.txt')
    expect(compiled.releases[0]?.sources).toEqual([
      { name: 'OSCE Secretariat', structure: 'secretariat' },
      { name: 'European Union', structure: null },
    ])
    expect(errorsOf(compiled.diagnostics)).toEqual([])
    expect(warningsOf(compiled.diagnostics).map((d) => [d.file, d.line, d.message])).toEqual([
      ['pages/eu.txt', SEED_LINES.sourceValue, 'Source "European Union" matches no structure; it is kept as text.'],
    ])
  })
})

describe('release ids of different releases', () => {
  // Two releases with different titles are never "duplicates", whatever their titles look like.
  it('stay distinct for long titles that share their first 80 slug characters', () => {
    const other = seedVariant(seed, {
      title: 'OSCE organizes first seminar on community-policing approaches to countering violent extremism and radicalization that lead to terrorism in Kyrgyzstan',
    })
    const compiled = compileContent([
      { file: 'pages/mongolia.txt', text: seed },
      { file: 'pages/kyrgyzstan.txt', text: other },
    ])
    expect(errorsOf(compiled.diagnostics)).toEqual([])
    expect(compiled.releases).toHaveLength(2)
    expect(new Set(compiled.releases.map((release) => release.id)).size).toBe(2)
  })

  it('stay distinct, and non-empty, for titles without Latin letters', () => {
    const first = seedVariant(seed, { title: 'ОБСЕ провела семинар в Улан-Баторе' })
    const second = seedVariant(seed, { title: 'ОБСЕ провела конференцию в Вене' })
    const compiled = compileContent([
      { file: 'pages/ru-1.txt', text: first },
      { file: 'pages/ru-2.txt', text: second },
    ])
    expect(errorsOf(compiled.diagnostics)).toEqual([])
    expect(compiled.releases).toHaveLength(2)
    const ids = compiled.releases.map((release) => release.id)
    expect(new Set(ids).size).toBe(2)
    for (const id of ids) expect(id).toMatch(/^2017-07-06-[a-z0-9]/)
  })

  it('are sorted newest first, then by id', () => {
    const pages = [
      { file: 'p1.txt', text: seedVariant(seed, { title: 'Beta event', date: '2019-05-01' }) },
      { file: 'p2.txt', text: seedVariant(seed, { title: 'Alpha event', date: '2019-05-01' }) },
      { file: 'p3.txt', text: seedVariant(seed, { title: 'Gamma event', date: '2021-01-31' }) },
      { file: 'p4.txt', text: seed },
    ]
    expect(compileContent(pages).releases.map((release) => release.id)).toEqual([
      '2021-01-31-gamma-event',
      '2019-05-01-alpha-event',
      '2019-05-01-beta-event',
      SEED_ID,
    ])
  })
})
