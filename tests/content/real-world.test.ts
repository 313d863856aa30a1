// @vitest-environment node
/**
 * The patterns osce.org really publishes (issue 8), one fixture each, in our own
 * words: exact date, place, primary countries, linked sources and fields.
 * Compiled with the build-time GeoNames gazetteer, as `npm run content` does.
 */
import { compileContent, type CompileOptions } from '@/content/compile'
import type { Diagnostic, Release, TaxonomyNode } from '@/content/types'
import { loadGazetteer } from '../../scripts/gazetteer'
import { errorsOf, nodeById, readSeed, SEED_ID, SEED_LINES, warningsOf } from './helpers'

const seed = readSeed()
const MENUS = seed.split('\n').slice(0, SEED_LINES.lastMenu).join('\n')
let options: CompileOptions = {}

beforeAll(() => {
  options = { gazetteer: loadGazetteer() }
})

interface Fixture {
  type?: string | null
  title?: string
  date?: string
  place?: string
  source?: string
  fields?: string
  body: string[]
}

/** A page dump with the seed's menus and this release. */
function page(fixture: Fixture): string {
  const lines = [MENUS]
  if (fixture.type !== null) lines.push(fixture.type ?? 'Press release')
  lines.push(fixture.title ?? 'Field staff meet local officials')
  lines.push('- Date:', ...(fixture.date ? [`- ${fixture.date}`] : []))
  lines.push('- Place:', ...(fixture.place ? [`- ${fixture.place}`] : []))
  lines.push('- Source:', `- ${fixture.source ?? 'OSCE Secretariat'}`)
  lines.push('- Fields of work:', `- ${fixture.fields ?? 'Policing'}`)
  lines.push(...fixture.body)
  return `${lines.join('\n')}\n`
}

function compilePages(pages: Record<string, Fixture>) {
  return compileContent(Object.entries(pages).map(([file, fixture]) => ({ file, text: page(fixture) })), {}, options)
}

/** The one release of one page, failing on any error. */
function compileOne(fixture: Fixture): { release: Release; diagnostics: Diagnostic[]; nodes: TaxonomyNode[] } {
  const compiled = compilePages({ 'pages/fixture.txt': fixture })
  expect(errorsOf(compiled.diagnostics)).toEqual([])
  expect(compiled.releases).toHaveLength(1)
  return { release: compiled.releases[0] as Release, diagnostics: compiled.diagnostics, nodes: compiled.taxonomy.nodes }
}

/** Date, place, primary countries, source structures and fields of one release. */
function facts(release: Release) {
  return {
    date: release.date,
    place: release.place,
    primaryCountries: release.primaryCountries,
    sources: release.sources.map((source) => source.structure),
    fields: release.fields,
  }
}

describe('datelines as osce.org writes them', () => {
  it('a country after the city: `OSH, Kyrgyzstan, 14 March 2006-`', () => {
    const { release } = compileOne({
      source: 'OSCE Centre in Bishkek',
      body: ['OSH, Kyrgyzstan, 14 March 2006- Teachers from three provinces spent the week comparing school curricula.'],
    })
    expect(facts(release)).toEqual({ date: '2006-03-14', place: 'Osh, Kyrgyzstan', primaryCountries: ['kyrgyzstan'], sources: ['programme-office-in-bishkek'], fields: ['policing'] })
  })

  it('a big non-capital city with its country: `BASEL, Switzerland, …`', () => {
    const { release } = compileOne({ source: 'OSCE Chairmanship', fields: 'Conflict prevention and resolution', body: ['BASEL, Switzerland, 4 December 2014 – Ministers arrived by train for the annual gathering.'] })
    expect(facts(release)).toEqual({ date: '2014-12-04', place: 'Basel, Switzerland', primaryCountries: ['switzerland'], sources: ['chairpersonship'], fields: ['conflict-prevention-and-resolution'] })
  })

  it('a title-case town and a two-word country: `Kamensk-Shakhtinskiy, Russian Federation, …`', () => {
    const { release } = compileOne({
      source: 'OSCE Observer Mission at the Russian Checkpoints Gukovo and Donetsk (closed)',
      fields: 'Border management',
      body: ['Kamensk-Shakhtinskiy, Russian Federation, 2 October 2014 - Observers counted the lorries at both crossings.'],
    })
    expect(facts(release)).toEqual({
      date: '2014-10-02',
      place: 'Kamensk-Shakhtinskiy, Russian Federation',
      primaryCountries: ['russian-federation'],
      sources: ['observer-mission-at-the-russian-checkpoints-gukovo-and-donetsk'],
      fields: ['border-management'],
    })
  })

  it('several cities joined by commas: `VIENNA, BRUSSELS, GENEVA, 26 February 2018-`', () => {
    const { release } = compileOne({ body: ['VIENNA, BRUSSELS, GENEVA, 26 February 2018- Three organizations signed one letter on refugees.'] })
    expect(facts(release)).toMatchObject({ date: '2018-02-26', place: 'Vienna, Brussels, Geneva', primaryCountries: ['austria', 'belgium', 'switzerland'] })
  })

  it('cities joined by a slash: `WARSAW/VIENNA, …`', () => {
    const { release } = compileOne({ source: 'OSCE/ODIHR', fields: 'Elections', body: ['WARSAW/VIENNA, 9 June 2019 - Observers published their preliminary findings.'] })
    expect(facts(release)).toEqual({ date: '2019-06-09', place: 'Warsaw/Vienna', primaryCountries: ['poland', 'austria'], sources: ['odihr'], fields: ['elections'] })
  })

  it('spaced slashes, a dash before the date and a full stop after it: `TIRANA / BRUSSELS / GENEVA – 6 October 2020. The …`', () => {
    const { release } = compileOne({ source: 'OSCE Presence in Albania', fields: 'Migration', body: ['TIRANA / BRUSSELS / GENEVA – 6 October 2020. The partners opened a shared help desk for returning migrants.'] })
    expect(facts(release)).toEqual({ date: '2020-10-06', place: 'Tirana/Brussels/Geneva', primaryCountries: ['albania', 'belgium', 'switzerland'], sources: ['presence-in-albania'], fields: ['migration'] })
  })

  it('title case and no space after the dash: `Brussels/Geneva/Tirana, 18 April 2020- We, …`', () => {
    const { release } = compileOne({ body: ['Brussels/Geneva/Tirana, 18 April 2020- We, the undersigned, welcome the new law.'] })
    expect(facts(release)).toMatchObject({ date: '2020-04-18', place: 'Brussels/Geneva/Tirana', primaryCountries: ['belgium', 'switzerland', 'albania'] })
  })

  it('no dash at all: `NEW YORK CITY, 28 September 2015 A good practices document …`', () => {
    const { release } = compileOne({ source: 'OSCE Chairmanship', body: ['NEW YORK CITY, 28 September 2015 A short guide for mayors was launched on the margins of the assembly.'] })
    expect(facts(release)).toMatchObject({ date: '2015-09-28', place: 'New York City', primaryCountries: ['united-states-of-america'], sources: ['chairpersonship'] })
  })

  it('a village and no space after the dash: `ERGNETI, 1 March 2018-The …`', () => {
    const { release } = compileOne({
      source: 'OSCE Chairmanship, Personal Representatives of the Chairperson-in-Office',
      fields: 'Conflict prevention and resolution',
      body: ['ERGNETI, 1 March 2018-The co-facilitators chaired the sixtieth meeting on the boundary line.'],
    })
    expect(facts(release)).toEqual({
      date: '2018-03-01',
      place: 'Ergneti',
      primaryCountries: ['georgia'],
      sources: ['chairpersonship', 'personal-representatives'],
      fields: ['conflict-prevention-and-resolution'],
    })
  })

  it('text between the date and the dash: `BUCHAREST, 7 September 2001 (OSCE)- …`', () => {
    const { release } = compileOne({ source: 'Permanent Council', body: ['BUCHAREST, 7 September 2001 (OSCE)- The Chairman-in-Office thanked the hosts.'] })
    expect(facts(release)).toMatchObject({ date: '2001-09-07', place: 'Bucharest', primaryCountries: ['romania'], sources: ['permanent-council'] })
  })

  it('a comma inside the date and a double dash: `ZAGREB, 17 October, 2000-- …`', () => {
    const { release } = compileOne({ source: 'OSCE Mission to Croatia (closed)', fields: 'Rule of law', body: ['ZAGREB, 17 October, 2000-- Monitors attended the first day of the retrial.'] })
    expect(facts(release)).toEqual({ date: '2000-10-17', place: 'Zagreb', primaryCountries: ['croatia'], sources: ['mission-to-croatia'], fields: ['rule-of-law'] })
  })

  it('a day and month without a year takes the year from `- Date:`: `VALLETTA/VIENNA, 12 July – …`', () => {
    const { release } = compileOne({ date: '12 July 2019', source: 'Mediterranean Partners for Co-operation', body: ['VALLETTA/VIENNA, 12 July – Delegates from both shores of the sea met for two days.'] })
    expect(facts(release)).toMatchObject({ date: '2019-07-12', place: 'Valletta/Vienna', primaryCountries: ['malta', 'austria'], sources: ['mediterranean-partners'] })
  })

  it('a day and month without any year is still an error, at the dateline', () => {
    const compiled = compilePages({ 'pages/no-year.txt': { body: ['VALLETTA/VIENNA, 12 July – Delegates from both shores of the sea met for two days.'] } })
    expect(compiled.releases).toEqual([])
    expect(errorsOf(compiled.diagnostics).map((d) => [d.code, d.line, d.message])).toEqual([
      // 151 menu lines, then type, title, Date, Place, Source and its value, Fields of work and its value: the body is line 160.
      ['no-date', 160, 'The dateline date "12 July" has no year and the "- Date:" value is missing.'],
    ])
  })

  it.each([
    ['hyphen', 'GENEVA, 3 May 2012 - Experts met.'],
    ['en dash', 'GENEVA, 3 May 2012 – Experts met.'],
    ['em dash', 'GENEVA, 3 May 2012 — Experts met.'],
  ])('a %s after the date', (_, paragraph) => {
    expect(facts(compileOne({ body: [paragraph] }).release)).toMatchObject({ date: '2012-05-03', place: 'Geneva', primaryCountries: ['switzerland'] })
  })

  it('a misspelt place is kept as published and still found: `YERAVAN, …`', () => {
    const { release } = compileOne({ source: 'OSCE Office in Yerevan (closed)', fields: 'Good governance', body: ['YERAVAN, 5 May 2003 - Officials from eleven towns discussed budgets.'] })
    expect(facts(release)).toEqual({ date: '2003-05-05', place: 'Yeravan', primaryCountries: ['armenia'], sources: ['office-in-yerevan'], fields: ['good-governance'] })
  })

  it('a bilingual place is one place, shown with its diacritics: `PRISHTINË/PRIŠTINA, …`', () => {
    const { release } = compileOne({ source: 'OSCE Mission in Kosovo', fields: 'Democratization', body: ['PRISHTINË/PRIŠTINA, 22 November 2011 - Municipal officials toured the new archive.'] })
    expect(facts(release)).toEqual({ date: '2011-11-22', place: 'Priština', primaryCountries: ['kosovo'], sources: ['mission-in-kosovo'], fields: ['democratization'] })
  })

  it('a bilingual village: `BRNJEŠ/BËRNJESH, …`', () => {
    const { release } = compileOne({ source: 'OSCE Mission in Kosovo', body: ['BRNJEŠ/BËRNJESH, 30 June 2016 - Residents repaired the village road together.'] })
    expect(facts(release)).toMatchObject({ date: '2016-06-30', place: 'Brnješ', primaryCountries: ['kosovo'] })
  })

  it('initials in a place: `WASHINGTON D.C., …`', () => {
    const { release } = compileOne({ source: 'OSCE Parliamentary Assembly', body: ['WASHINGTON D.C., 8 February 2012 - Parliamentarians held talks at the Capitol.'] })
    expect(facts(release)).toMatchObject({ date: '2012-02-08', place: 'Washington, D.C.', primaryCountries: ['united-states-of-america'], sources: ['parliamentary-assembly'] })
  })

  it.each(['News', 'Spot report', 'Daily report'])('a %s item without a dateline but with `- Date:` is normal', (type) => {
    const { release, diagnostics } = compileOne({
      type,
      date: '14 March 2015',
      source: 'OSCE Special Monitoring Mission to Ukraine (closed)',
      fields: 'Conflict prevention and resolution',
      body: ['The monitors heard explosions to the north-east of their position.'],
    })
    expect(diagnostics).toEqual([])
    expect(release.type).toBe(type)
    expect(facts(release)).toEqual({
      date: '2015-03-14',
      place: null,
      primaryCountries: ['ukraine'],
      sources: ['special-monitoring-mission-to-ukraine'],
      fields: ['conflict-prevention-and-resolution'],
    })
  })
})

describe('places → primary country', () => {
  it.each([
    ['KHUJAND', 'Khujand', 'tajikistan'],
    ['MITROVICA', 'Mitrovica', 'kosovo'],
    ['TIRASPOL', 'Tiraspol', 'moldova'],
    ['BENDER', 'Bender', 'moldova'],
    ['GORI', 'Gori', 'georgia'],
    ['MARIUPOL', 'Mariupol', 'ukraine'],
    // From GeoNames, not from the hand-kept lists: the gazetteer is what finds it.
    ['KAMIANETS-PODILSKYI', 'Kamianets-Podilskyi', 'ukraine'],
    ['SHCHASTIA', 'Shchastia', 'ukraine'],
  ])('%s → %s in %s', (written, shown, country) => {
    const { release } = compileOne({ body: [`${written}, 10 April 2016 - A team visited the town.`] })
    expect([release.place, release.primaryCountries]).toEqual([shown, [country]])
  })

  it('a name several countries have: the bigger place wins (`DONETSK` is the Ukrainian city)', () => {
    const { release } = compileOne({ body: ['DONETSK, 10 April 2016 - A team visited the city.'] })
    expect(release.primaryCountries).toEqual(['ukraine'])
  })

  it('a name several countries have: a field operation among the sources settles it (`BAR`)', () => {
    const montenegro = compileOne({ source: 'OSCE Mission to Montenegro', body: ['BAR, 10 April 2016 - Port officials were trained.'] }).release
    const ukraine = compileOne({ source: 'OSCE Project Co-ordinator in Ukraine (closed)', body: ['BAR, 10 April 2016 - Port officials were trained.'] }).release
    expect([montenegro.primaryCountries, ukraine.primaryCountries]).toEqual([['montenegro'], ['ukraine']])
  })

  it('a country named after the place decides, even for a place the gazetteer lacks', () => {
    const { release } = compileOne({ body: ['NEWVILLAGEOVO, Serbia, 10 April 2016 - A team visited the village.'] })
    expect([release.place, release.primaryCountries]).toEqual(['Newvillageovo, Serbia', ['serbia']])
  })

  it('the seed keeps its results with the gazetteer', () => {
    const compiled = compileContent([{ file: 'pages/seed.txt', text: seed }], {}, options)
    expect(compiled.diagnostics).toEqual([])
    expect(compiled.releases.map((release) => [release.id, ...Object.values(facts(release))])).toEqual([
      [SEED_ID, '2017-07-06', 'Ulaanbaatar', ['mongolia'], ['secretariat', 'odihr'], ['countering-terrorism', 'human-rights']],
    ])
  })
})

describe('sources that the Structures menu does not list', () => {
  it.each([
    ['Permanent Council', 'permanent-council', 'decision-making-bodies'],
    ['OSCE Forum for Security Co-operation', 'forum-for-security-co-operation', 'decision-making-bodies'],
    ['OSCE Ministerial Council', 'ministerial-council', 'decision-making-bodies'],
    ['OSCE Troika', 'troika', 'chairpersonship'],
    ['Personal Representative of the Chairperson-in-Office on Combating Anti-Semitism', 'personal-representatives', 'chairpersonship'],
    ['Partnerships', 'partnerships', 'structures-and-institutions'],
    ['Asian Partners for Co-operation', 'asian-partners', 'countries'],
    ['OSCE Main Website', 'osce-main-website', 'about-us'],
    ['OSCE Chairmanship', 'chairpersonship', 'structures-and-institutions'],
    ['OSCE Centre in Almaty', 'programme-office-in-astana', 'field-operations'],
    ['OSCE Mission to the FRY', 'mission-to-serbia', 'field-operations'],
    ['OSCE Mission to Tajikistan', 'programme-office-in-dushanbe', 'field-operations'],
    ['OSCE Minsk Group', 'minsk-group', 'chairpersonship'],
    ['OSCE Strategic Police Matters Unit', 'transnational-threats-department', 'secretariat'],
    ['OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings', 'office-of-the-special-representative-and-co-ordinator-for-combating-trafficking', 'secretariat'],
  ])('"%s" → %s (under %s), without a warning', (source, id, parent) => {
    const { release, diagnostics, nodes } = compileOne({ source, body: ['VIENNA, 2 March 2010 - The body met.'] })
    expect(diagnostics).toEqual([])
    expect(release.sources).toEqual([{ name: source, structure: id }])
    expect(nodeById(nodes, id).parent).toBe(parent)
  })

  it('a source whose name holds a comma stays one source', () => {
    const { release } = compileOne({ source: 'OSCE Missions of Long Duration in Kosovo, Sandjak and Vojvodina (closed), OSCE Secretariat', date: '1 June 1993', body: ['The missions left.'] })
    expect(release.sources.map((source) => source.structure)).toEqual(['missions-of-long-duration-in-kosovo-sandjak-and-vojvodina', 'secretariat'])
    expect(release.primaryCountries).toEqual(['serbia'])
  })

  it.each([
    ['OSCE Office in Yerevan (closed)', 'office-in-yerevan', 'armenia'],
    ['OSCE Office in Baku (closed)', 'office-in-baku', 'azerbaijan'],
    ['OSCE Project Co-ordinator in Baku (closed)', 'project-co-ordinator-in-baku', 'azerbaijan'],
    ['OSCE Mission to Croatia (closed)', 'mission-to-croatia', 'croatia'],
    ['OSCE Mission to Georgia (closed)', 'mission-to-georgia', 'georgia'],
    ['OSCE Office in Minsk (closed)', 'office-in-minsk', 'belarus'],
    ['OSCE Special Monitoring Mission to Ukraine (closed)', 'special-monitoring-mission-to-ukraine', 'ukraine'],
    ['OSCE Project Co-ordinator in Ukraine (closed)', 'project-co-ordinator-in-ukraine', 'ukraine'],
    ['OSCE Assistance Group to Chechnya (closed)', 'assistance-group-to-chechnya', 'russian-federation'],
    ['OSCE Kosovo Verification Mission (closed)', 'kosovo-verification-mission', 'kosovo'],
  ])('"%s" → closed field operation %s hosted by %s, a primary country', (source, id, host) => {
    const { release, nodes } = compileOne({ source, body: ['The office published its final report.'], date: '1 June 2005' })
    expect(release.sources).toEqual([{ name: source, structure: id }])
    expect(release.primaryCountries).toEqual([host])
    expect(nodeById(nodes, id)).toMatchObject({ kind: 'field-operation', parent: 'closed-field-activities', hostCountry: host, closed: true })
  })
})

describe('fields of work below the menu', () => {
  it('known sub-terms become topics under their field; the release is filed under both', () => {
    const { release, diagnostics, nodes } = compileOne({
      source: 'OSCE Representative on Freedom of the Media',
      fields: 'Media laws, Safety of journalists, Climate change',
      body: ['VIENNA, 3 May 2021 - The Representative spoke about reporters covering floods.'],
    })
    expect(diagnostics).toEqual([])
    expect(facts(release)).toEqual({
      date: '2021-05-03',
      place: 'Vienna',
      primaryCountries: ['austria'],
      sources: ['rfom'],
      fields: ['media-laws', 'media-freedom-and-development', 'safety-of-journalists', 'climate-change', 'environmental-activities'],
    })
    expect(nodeById(nodes, 'media-laws')).toMatchObject({ kind: 'topic', label: 'Media laws', parent: 'media-freedom-and-development' })
    expect(nodeById(nodes, 'climate-change')).toMatchObject({ kind: 'topic', parent: 'environmental-activities' })
  })

  it('a field under an earlier or shorter name is that field, not a topic', () => {
    const { release, diagnostics } = compileOne({ fields: 'Military reform and co-operation, Media freedom', body: ['BELGRADE, 8 March 2005 - Officers and journalists met.'] })
    expect(diagnostics).toEqual([])
    expect(release.fields).toEqual(['reform-and-co-operation-in-the-security-sector', 'media-freedom-and-development'])
  })

  it('a term whose name holds a comma stays one term: `Women, peace and security`', () => {
    const { release } = compileOne({ fields: 'Women, peace and security, Policing', body: ['SKOPJE, 8 March 2022 - Policewomen from six towns compared notes.'] })
    expect(release.fields).toEqual(['women-peace-and-security', 'gender-equality', 'policing'])
  })

  it('an unknown term goes under Other topics, warned once however many releases use it', () => {
    const compiled = compilePages({
      'pages/a.txt': { fields: 'Human rights, Space debris', body: ['VIENNA, 3 May 2021 - First text.'] },
      'pages/b.txt': { title: 'Second text on orbits', fields: 'space debris', body: ['VIENNA, 4 May 2021 - Second text.'] },
    })
    expect(errorsOf(compiled.diagnostics)).toEqual([])
    expect(compiled.releases.map((release) => release.fields)).toEqual([
      ['space-debris', 'other-topics'],
      ['human-rights', 'space-debris', 'other-topics'],
    ])
    expect(warningsOf(compiled.diagnostics).map((d) => [d.code, d.file, d.message])).toEqual([
      ['unknown-topic', 'pages/a.txt', 'Field of work "Space debris" is not in the Fields of work menu; it is filed under "Other topics" (and 1 other release).'],
    ])
    const otherTopics = nodeById(compiled.taxonomy.nodes, 'other-topics')
    expect(otherTopics).toMatchObject({ kind: 'group', label: 'Other topics', parent: 'fields-of-work' })
    expect(nodeById(compiled.taxonomy.nodes, 'space-debris')).toMatchObject({ kind: 'topic', label: 'Space debris', parent: 'other-topics', aliases: ['space debris'] })
  })
})

describe('content types beyond the five known', () => {
  it('are accepted as written and warned once per type', () => {
    const compiled = compilePages({
      'pages/a.txt': { type: 'Weekly report', title: 'Weekly update from the monitors', date: '6 March 2020', body: ['The week was calm.'] },
      'pages/b.txt': { type: 'Weekly report', title: 'Another weekly update', date: '13 March 2020', body: ['The week was calm again.'] },
      'pages/c.txt': { type: 'Feature story', title: 'A teacher who would not give up', date: '2 April 2020', body: ['She teaches in two languages.'] },
      'pages/d.txt': { type: 'Statement', title: 'Chair welcomes the agreement', date: '3 April 2020', body: ['The Chair welcomed it.'] },
    })
    expect(errorsOf(compiled.diagnostics)).toEqual([])
    expect(compiled.releases.map((release) => [release.type, release.title])).toEqual([
      ['Statement', 'Chair welcomes the agreement'],
      ['Feature story', 'A teacher who would not give up'],
      ['Weekly report', 'Another weekly update'],
      ['Weekly report', 'Weekly update from the monitors'],
    ])
    expect(warningsOf(compiled.diagnostics).map((d) => [d.code, d.file, d.message])).toEqual([
      ['unknown-type', 'pages/a.txt', 'New content type "Weekly report" (2 releases); it is shown and filterable as written.'],
      ['unknown-type', 'pages/c.txt', 'New content type "Feature story" (1 release); it is shown and filterable as written.'],
      ['unknown-type', 'pages/d.txt', 'New content type "Statement" (1 release); it is shown and filterable as written.'],
    ])
  })
})

describe('duplicates on the site', () => {
  const original: Fixture = { title: 'Seminar on local policing', fields: 'Policing', source: 'OSCE Mission to Serbia', body: ['NOVI SAD, 5 June 2013 - Officers and residents met.'] }

  it('identical bodies: one release under the fields and sources of both, with a warning', () => {
    const compiled = compilePages({
      'pages/b.txt': { ...original, fields: 'Policing, Human rights', source: 'OSCE Secretariat' },
      'pages/a.txt': original,
    })
    expect(errorsOf(compiled.diagnostics)).toEqual([])
    expect(compiled.releases.map((release) => [release.id, release.fields, release.sources.map((source) => source.structure)])).toEqual([
      ['2013-06-05-seminar-on-local-policing', ['policing', 'human-rights'], ['mission-to-serbia', 'secretariat']],
    ])
    expect(warningsOf(compiled.diagnostics).map((d) => [d.code, d.file])).toEqual([['duplicate-merged', 'pages/b.txt']])
  })

  it('different bodies: two releases with distinct ids that do not depend on page order, with a warning', () => {
    const pages = {
      'pages/a.txt': original,
      'pages/b.txt': { ...original, body: ['NOVI SAD, 5 June 2013 - A different account of the same meeting.'] },
    }
    const forwards = compilePages(pages)
    const backwards = compileContent(
      Object.entries(pages).reverse().map(([file, fixture]) => ({ file, text: page(fixture) })),
      {},
      options,
    )
    const ids = forwards.releases.map((release) => [release.id, release.body[0]])
    expect(ids).toHaveLength(2)
    expect(new Set(ids.map(([id]) => id)).size).toBe(2)
    expect(ids).toContainEqual(['2013-06-05-seminar-on-local-policing', 'NOVI SAD, 5 June 2013 - Officers and residents met.'])
    expect(backwards.releases).toEqual(forwards.releases)
    expect(errorsOf(forwards.diagnostics)).toEqual([])
    expect(warningsOf(forwards.diagnostics).map((d) => [d.code, d.file])).toEqual([['duplicate-distinct', 'pages/b.txt']])
  })
})
