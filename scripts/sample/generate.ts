/**
 * Deterministic synthetic page dumps in the osce.org dump format, for load tests
 * and benchmarks: the real menus (from the seed page), then a release whose
 * dates, places, sources, fields and types cover everything the site has.
 *
 * Pages are generated one after another from a single random stream, so the
 * first N pages of a larger run equal a run of N: a bench can add "one more
 * release" to a set by generating N + 1.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { COUNTRIES, type CountryFacts } from '../../src/content/data/countries'
import { PLACE_OVERLAY, type OverlayPlace } from '../../src/content/data/place-overlay'
import { CONTENT_TYPES, ENTRY_FACTS, EXTRA_STRUCTURES, GROUPS, PLACED_ENTRIES } from '../../src/content/data/site'
import { FORMER_OPERATION_NAMES } from '../../src/content/data/structures'
import { TOPICS_BY_FIELD } from '../../src/content/data/topics'
import { releaseId } from '../../src/content/link-release'
import { properCase, slugify } from '../../src/content/text'
import { Deck, Random, weighted } from './random'
import {
  DAYS_WORDS,
  EVENTS,
  FIELD_VOCABULARY,
  FIRST_NAMES,
  GENERAL_SENTENCES,
  LAST_NAMES,
  MONTH_NAMES,
  OPENINGS,
  QUOTES,
  ROLES,
  TITLES,
  UNMATCHED_SOURCES,
  type FieldVocabulary,
} from './vocabulary'

export interface SamplePage {
  /** File name, `sample-00001.txt`. */
  name: string
  text: string
}

export const DEFAULT_SEED = 20170706

const SEED_PAGE = fileURLToPath(new URL('../../content/pages/2017-07-06-mongolia-verlt.txt', import.meta.url))

/** Dates span the newsroom's archive; the end is fixed so output never depends on today. */
const FIRST_DAY = Date.UTC(1995, 0, 1)
const LAST_DAY = Date.UTC(2026, 9, 31)
const DAY_MS = 86_400_000
/** The site renamed Czech Republic to Czechia in its menus; pages from this date on use the new label. */
const CZECHIA_FROM = '2020-01-01'

/** Shares of pages that take the less common shapes. */
const SHARE = {
  noTypeLine: 0.03,
  unmatchedSource: 0.02,
  noDateline: 0.03,
  dateFilled: 0.15,
  placeFilled: 0.2,
  jointDateline: 0.04,
  fieldOperationAtHome: 0.6,
  /** News, Spot report and Daily report items usually carry no dateline on osce.org. */
  noDatelineShortTypes: 0.6,
  /** A village or bilingual place of the hand-kept overlay, in countries that have some. */
  overlayPlace: 0.2,
  /** A term below the menu's fields: known to data/topics.ts, or not (Other topics). */
  knownTopic: 0.08,
  unknownTopic: 0.004,
  /** The same title and date published twice: word for word (fields may differ), or with another text. */
  identicalDuplicate: 0.003,
  differentDuplicate: 0.002,
} as const

/**
 * Dateline forms seen on osce.org and how often each is drawn (out of 1,000).
 * `standard` is `VIENNA, 6 July 2017 - `; see docs/content-format.md, "Datelines".
 */
const DATELINE_FORMS = [
  ['standard', 620],
  ['enDash', 150],
  ['emDash', 30],
  ['noSpaceAfterDash', 30],
  ['noSpacesAroundDash', 20],
  ['noDash', 20],
  ['noteInBrackets', 15],
  ['commaInDate', 10],
  ['titleCase', 40],
  ['countryAfterCity', 40],
  ['dashBeforeDate', 10],
  ['noYear', 15],
] as const
type DatelineForm = (typeof DATELINE_FORMS)[number][0]

/** Content types beyond the five the site list knows: rare, accepted as written. */
const RARE_TYPES = ['Weekly report', 'Statement', 'Feature story'] as const
const SHORT_TYPES = new Set(['News', 'Spot report', 'Daily report'])

/** Terms osce.org tags releases with that no field takes: they go under Other topics. */
const UNKNOWN_TOPICS = ['Cultural heritage', 'Space security', 'Sport and security']

/** Closing lines of a second version of a release: its text differs from the first. */
const CORRECTION_NOTES = [
  'This version corrects the number of participants.',
  'This version adds the names of the speakers.',
  'This version corrects the dates of the next meeting.',
]

/** How many recent pages a duplicate can copy. */
const DUPLICATE_WINDOW = 50

const MIN_WORDS = 150
const MAX_WORDS = 900

/** The four seats a joint dateline adds (`VIENNA/WARSAW`): Secretariat, ODIHR, HCNM, PA. */
const SEATS: readonly { city: string; country: string }[] = [
  { city: 'Vienna', country: 'austria' },
  { city: 'Warsaw', country: 'poland' },
  { city: 'The Hague', country: 'netherlands' },
  { city: 'Copenhagen', country: 'denmark' },
]

interface SourceChoice {
  /** As the `- Source:` line writes it. */
  name: string
  /** Short form for titles: `OSCE`, `ODIHR`, `OSCE Mission to Moldova`. */
  short: string
  /** Country of a field operation; its releases are mostly datelined there. */
  hostCountry: string | null
}

interface SiteMaterial {
  /** Menu block (lines before the type line) with the label of the page's time. */
  menuBefore2020: string
  menuFrom2020: string
  fields: string[]
  sources: { choice: SourceChoice; weight: number }[]
}

let material: SiteMaterial | null = null

/** Reads the seed page once: its menus are the template of every sample page. */
function siteMaterial(): SiteMaterial {
  if (material) return material
  const lines = readFileSync(SEED_PAGE, 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const typeLine = lines.indexOf('Press release')
  if (typeLine < 0) throw new Error(`${SEED_PAGE}: no "Press release" line; cannot tell where the menus end.`)
  const menu = lines.slice(0, typeLine)
  const czechLine = menu.indexOf('- Czech Republic')
  if (czechLine < 0) throw new Error(`${SEED_PAGE}: the menus do not list "- Czech Republic"; the label drift cannot be simulated.`)
  const menuFrom2020 = [...menu]
  menuFrom2020[czechLine] = '- Czechia'

  const isPlacedElsewhere = (label: string) => label.toLowerCase() in PLACED_ENTRIES
  const fieldLinks = GROUPS['fields of work']?.links ?? {}
  const fields = menuEntries(menu, 'Fields of work').filter((label) => !(label.toLowerCase() in fieldLinks))
  const units = menuEntries(menu, 'Secretariat').filter((label) => !isPlacedElsewhere(label))
  const operations = menuEntries(menu, 'Field operations').filter((label) => !isPlacedElsewhere(label))
  for (const field of fields) {
    if (!FIELD_VOCABULARY[field]) throw new Error(`Field of work "${field}" has no phrases in scripts/sample/vocabulary.ts (FIELD_VOCABULARY).`)
  }

  const withOsce = (name: string) => (name.includes('OSCE') ? name : `OSCE ${name}`)
  const source = (name: string, weight: number, extra: Partial<SourceChoice> = {}) => ({
    choice: { name, short: 'OSCE', hostCountry: null, ...extra },
    weight,
  })
  const sources = [
    source('OSCE Secretariat', 8),
    ...units.map((unit) => source(withOsce(unit), 1)),
    ...EXTRA_STRUCTURES.filter((facts) => facts.kind === 'institution').map((facts) =>
      source(facts.fullName ?? withOsce(facts.label), facts.abbreviation === 'ODIHR' ? 6 : 3, { short: facts.abbreviation ?? 'OSCE' }),
    ),
    // The older spelling of ODIHR's name, which source matching must also accept.
    source('OSCE/ODIHR', 1, { short: 'ODIHR' }),
    // Decision-making bodies, the Chairpersonship's bodies, Partnerships, the partner groups and the site itself.
    ...EXTRA_STRUCTURES.filter((facts) => facts.kind === 'structure').map((facts) =>
      source(facts.id === 'permanent-council' ? 'Permanent Council' : withOsce(facts.label), facts.id === 'permanent-council' ? 2 : 1),
    ),
    source('Asian Partners for Co-operation', 1),
    source('Mediterranean Partners for Co-operation', 1),
    // Former names: the Chairmanship, and field operations under the names they had then.
    source('OSCE Chairmanship', 1),
    ...Object.entries(FORMER_OPERATION_NAMES).flatMap(([current, formerNames]) =>
      formerNames.slice(0, 1).map((former) => source(withOsce(former), 1, { short: withOsce(former), hostCountry: ENTRY_FACTS[current]?.hostCountry ?? null })),
    ),
    ...operations.map((operation) => {
      const name = withOsce(operation)
      return source(name, 4, { short: name, hostCountry: ENTRY_FACTS[operation.toLowerCase()]?.hostCountry ?? null })
    }),
    // The Special Monitoring Mission published daily reports for eight years: it weighs more than the other closed operations.
    ...EXTRA_STRUCTURES.filter((facts) => facts.closed).map((facts) =>
      source(`${withOsce(facts.label)} (closed)`, facts.id === 'special-monitoring-mission-to-ukraine' ? 4 : 1, { short: withOsce(facts.label), hostCountry: facts.hostCountry ?? null }),
    ),
    source('OSCE Chairpersonship', 2),
    source('OSCE Parliamentary Assembly', 2, { short: 'OSCE PA' }),
    source('OSCE Court of Conciliation and Arbitration', 1),
  ]
  material = { menuBefore2020: menu.join('\n'), menuFrom2020: menuFrom2020.join('\n'), fields, sources }
  return material
}

/** Entries (`- X`) of the first menu group named `heading` that has entries. */
function menuEntries(menu: readonly string[], heading: string): string[] {
  for (let index = 1; index < menu.length; index++) {
    if (menu[index] !== heading || menu[index - 1] !== '-') continue
    const entries: string[] = []
    for (let entry = index + 1; entry < menu.length && (menu[entry] ?? '').startsWith('- '); entry++) {
      entries.push((menu[entry] ?? '').slice(2).trim())
    }
    if (entries.length > 0) return entries
  }
  throw new Error(`${SEED_PAGE}: no menu group "${heading}" with entries.`)
}

/** `The Netherlands` reads `the Netherlands` inside a sentence. */
function runningName(country: CountryFacts): string {
  return country.name.replace(/^The /, 'the ')
}

function adjectiveOf(country: CountryFacts): string {
  return country.adjectives[0] ?? runningName(country)
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Words separated by white space; a plain loop, as this runs for every sentence of every page. */
function wordCount(text: string): number {
  let words = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const space = text.charCodeAt(index) <= 0x20
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

/** Cities a dateline can carry: a comma (`Washington, D.C.`) would end the dateline's place early. */
function datelineCities(country: CountryFacts): string[] {
  return country.cities.filter((city) => !city.includes(','))
}

/** `OSCE/ODIHR` and the full name of ODIHR are one structure: a release names it once. */
function sameStructure(a: SourceChoice, b: SourceChoice): boolean {
  return a === b || (a.short === b.short && a.short !== 'OSCE')
}

type Slots = Readonly<Record<string, () => string>>

/** Fills `{slot}` markers; an unknown slot is a bug in the vocabulary, so it throws. */
function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = slots[name]
    if (!value) throw new Error(`Sample vocabulary: unknown slot {${name}} in "${template}".`)
    return value()
  })
}

interface ReleasePlan {
  date: Date
  country: CountryFacts
  /** Proper-case dateline cities; more than one for joint datelines. */
  cities: string[]
  sources: SourceChoice[]
  fields: string[]
  type: string | null
}

/** What a later duplicate needs of a page: its lines, and where its body starts. */
interface WrittenPage {
  lines: string[]
  bodyStart: number
  fieldsLine: number
}

class SampleGenerator {
  private readonly random: Random
  private readonly site = siteMaterial()
  private readonly countryById = new Map(COUNTRIES.map((country) => [country.id, country]))
  // Decks rather than free picks: each pass over a deck shows every item once,
  // so even a small sample covers every country, structure, field and type.
  private readonly places: Deck<CountryFacts>
  private readonly sources: Deck<SourceChoice>
  private readonly fields: Deck<string>
  private readonly types: Deck<string>
  private readonly datelineForms: Deck<DatelineForm>
  private readonly usedIds = new Set<string>()
  private readonly recent: WrittenPage[] = []
  private readonly overlayByCountry = new Map<string, OverlayPlace[]>()

  constructor(seed: number) {
    this.random = new Random(seed)
    // States with a field operation, and the seats of the institutions, make most news.
    const hosts = new Set(this.site.sources.map((source) => source.choice.hostCountry).filter(Boolean))
    const seats = new Set(SEATS.map((seat) => seat.country))
    this.places = new Deck(this.random, weighted(COUNTRIES.map((country) => [country, hosts.has(country.id) || seats.has(country.id) ? 3 : 1] as const)))
    this.sources = new Deck(this.random, weighted(this.site.sources.map((source) => [source.choice, source.weight] as const)))
    this.fields = new Deck(this.random, this.site.fields)
    this.types = new Deck(this.random, weighted([...CONTENT_TYPES.map((type, index) => [type, index === 0 ? 60 : 10] as const), ...RARE_TYPES.map((type) => [type, 1] as const)]))
    this.datelineForms = new Deck(this.random, weighted(DATELINE_FORMS))
    for (const place of PLACE_OVERLAY) {
      // A comma inside a place (`Washington, D.C.`) would end the dateline's place early.
      if (place.name.includes(',')) continue
      this.overlayByCountry.set(place.country, [...(this.overlayByCountry.get(place.country) ?? []), place])
    }
  }

  page(): string {
    const recent = this.recent.length > 0 ? this.recent[this.recent.length - 1 - this.random.int(0, this.recent.length - 1)] : undefined
    if (recent && this.random.chance(SHARE.identicalDuplicate)) return this.identicalCopy(recent)
    if (recent && this.random.chance(SHARE.differentDuplicate)) return this.differentCopy(recent)
    const plan = this.plan()
    const lines: string[] = [plan.date.toISOString() < CZECHIA_FROM ? this.site.menuBefore2020 : this.site.menuFrom2020]
    if (plan.type) lines.push(plan.type)
    const vocabulary = this.vocabularyOf(plan.fields)
    const topic = this.random.pick(vocabulary.topics)
    const audience = this.random.pick(vocabulary.audiences)
    const slots = this.slots(plan, topic, audience)
    lines.push(this.uniqueTitle(plan, slots, vocabulary))

    const dateText = `${plan.date.getUTCDate()} ${MONTH_NAMES[plan.date.getUTCMonth()]} ${plan.date.getUTCFullYear()}`
    const datelinePlace = plan.cities.map((city) => city.toUpperCase()).join('/')
    const shortType = plan.type !== null && SHORT_TYPES.has(plan.type)
    const hasDateline = !this.random.chance(shortType ? SHARE.noDatelineShortTypes : SHARE.noDateline)
    const form = this.datelineForms.draw()
    // A dateline without a year needs the `- Date:` value for its year.
    const dateFilled = !hasDateline || form === 'noYear' || this.random.chance(SHARE.dateFilled)
    lines.push('- Date:')
    if (dateFilled) lines.push(`- ${dateText}`)
    lines.push('- Place:')
    if (!hasDateline || this.random.chance(SHARE.placeFilled)) lines.push(`- ${this.random.chance(0.7) ? datelinePlace : plan.cities.join('/')}`)
    lines.push('- Source:', `- ${plan.sources.map((source) => source.name).join(', ')}`)
    const fieldsLine = lines.length
    lines.push('- Fields of work:', `- ${this.fieldTerms(plan.fields).join(', ')}`)

    const bodyStart = lines.length
    const body = this.body(vocabulary, slots)
    if (hasDateline) body[0] = `${this.dateline(plan, form)}${body[0] ?? ''}`
    lines.push(...body)
    this.remember({ lines, bodyStart, fieldsLine: fieldsLine + 1 })
    return `${lines.join('\n')}\n`
  }

  /** The dateline in one of the forms osce.org has used, ending where the body's first sentence starts. */
  private dateline(plan: ReleasePlan, form: DatelineForm): string {
    const day = plan.date.getUTCDate()
    const month = MONTH_NAMES[plan.date.getUTCMonth()] ?? 'January'
    const year = plan.date.getUTCFullYear()
    const date = `${day} ${month} ${year}`
    const upper = plan.cities.map((city) => city.toUpperCase())
    // Joint datelines join their cities with a slash, sometimes spaced, sometimes with commas.
    const joiner = upper.length > 1 ? this.random.pick(['/', '/', ' / ', ', ']) : '/'
    const place = upper.join(joiner)
    switch (form) {
      case 'standard': return `${place}, ${date} - `
      case 'enDash': return `${place}, ${date} – `
      case 'emDash': return `${place}, ${date} — `
      case 'noSpaceAfterDash': return `${place}, ${date}- `
      case 'noSpacesAroundDash': return `${place}, ${date}-`
      case 'noDash': return `${place}, ${date} `
      case 'noteInBrackets': return `${place}, ${date} (OSCE)- `
      case 'commaInDate': return `${place}, ${day} ${month}, ${year}-- `
      case 'titleCase': return `${plan.cities.map((city) => properCase(city)).join('/')}, ${date}- `
      case 'countryAfterCity': return `${place}, ${plan.country.name}, ${date} - `
      case 'dashBeforeDate': return `${place} – ${date}. `
      case 'noYear': return `${place}, ${day} ${month} – `
    }
  }

  /** The release's fields as the page lists them, sometimes with a term below the menu after them. */
  private fieldTerms(fields: readonly string[]): string[] {
    const terms = [...fields]
    if (this.random.chance(SHARE.unknownTopic)) terms.push(this.random.pick(UNKNOWN_TOPICS))
    else if (this.random.chance(SHARE.knownTopic)) {
      const topics = TOPICS_BY_FIELD[slugify(this.random.pick(fields))] ?? []
      if (topics.length > 0) terms.push(this.random.pick(topics))
    }
    return terms
  }

  private remember(page: WrittenPage): void {
    this.recent.push(page)
    if (this.recent.length > DUPLICATE_WINDOW) this.recent.shift()
  }

  /** A page published twice word for word; the second copy is sometimes filed under one more field. */
  private identicalCopy(original: WrittenPage): string {
    const lines = [...original.lines]
    const fields = lines[original.fieldsLine] ?? '- Human rights'
    if (this.random.chance(0.5)) {
      const extra = this.random.pick(this.site.fields)
      if (!fields.includes(extra)) lines[original.fieldsLine] = `${fields}, ${extra}`
    }
    return `${lines.join('\n')}\n`
  }

  /** The same title and date with another text: a corrected version published beside the first. */
  private differentCopy(original: WrittenPage): string {
    const lines = [...original.lines, this.random.pick(CORRECTION_NOTES)]
    return `${lines.join('\n')}\n`
  }

  private plan(): ReleasePlan {
    const sources: SourceChoice[] = []
    const first = this.sources.draw()
    sources.push(first)
    // A field operation's news is datelined at home; other sources go where the place deck says.
    const home = first.hostCountry ? this.countryById.get(first.hostCountry) : undefined
    const country = home && this.random.chance(SHARE.fieldOperationAtHome) ? home : this.places.draw()
    const extraSources = this.random.chance(0.6) ? 0 : this.random.chance(0.75) ? 1 : 2
    for (let count = 0; count < extraSources; count++) {
      sources.push(this.sources.drawWhere((source) => !sources.some((chosen) => sameStructure(chosen, source))))
    }
    if (this.random.chance(SHARE.unmatchedSource)) {
      const unmatched: SourceChoice = { name: this.random.pick(UNMATCHED_SOURCES), short: 'OSCE', hostCountry: null }
      if (sources.length === 3) sources[2] = unmatched
      else sources.push(unmatched)
    }

    const fields: string[] = []
    const fieldCount = this.random.chance(0.5) ? 1 : this.random.chance(0.7) ? 2 : 3
    while (fields.length < fieldCount) fields.push(this.fields.drawWhere((field) => !fields.includes(field)))

    const cityChoices = datelineCities(country)
    const villages = this.overlayByCountry.get(country.id) ?? []
    const cities = [this.random.chance(0.5) ? (cityChoices[0] ?? country.name) : this.random.pick(cityChoices)]
    if (villages.length > 0 && this.random.chance(SHARE.overlayPlace)) {
      // Villages of field work, and bilingual places written both ways (`PRIŠTINA/PRISHTINË`).
      const village = this.random.pick(villages)
      const otherName = village.aliases[0]
      cities[0] = otherName && this.random.chance(0.5) ? `${village.name}/${otherName}` : village.name
    }
    if (this.random.chance(SHARE.jointDateline)) {
      const seat = this.random.pick(SEATS.filter((candidate) => candidate.country !== country.id))
      cities.push(seat.city)
    }

    return {
      date: this.date(),
      country,
      cities,
      sources,
      fields,
      type: this.random.chance(SHARE.noTypeLine) ? null : this.types.draw(),
    }
  }

  /** 1995–2026, denser towards recent years (the newsroom publishes more now): density rises ~2.3× across the span. */
  private date(): Date {
    const uniform = this.random.float()
    const position = this.random.chance(0.6) ? uniform : Math.sqrt(uniform)
    const days = Math.floor(position * ((LAST_DAY - FIRST_DAY) / DAY_MS + 1))
    return new Date(FIRST_DAY + days * DAY_MS)
  }

  /** Phrases of the release's fields, the first field's topics leading. */
  private vocabularyOf(fields: readonly string[]): FieldVocabulary {
    const each = fields.map((field) => FIELD_VOCABULARY[field]).filter((entry): entry is FieldVocabulary => !!entry)
    const main = each[0]
    if (!main) throw new Error(`No vocabulary for fields ${fields.join(', ')}.`)
    return { topics: main.topics, audiences: main.audiences, sentences: each.flatMap((entry) => entry.sentences) }
  }

  private slots(plan: ReleasePlan, topic: string, audience: string): Slots {
    const random = this.random
    const host = plan.country
    const others = COUNTRIES.filter((country) => country.id !== host.id)
    const firstSource = plan.sources[0]
    const month = MONTH_NAMES[plan.date.getUTCMonth()] ?? 'June'
    const slots: Record<string, () => string> = {
      host: () => runningName(host),
      hostAdj: () => adjectiveOf(host),
      other: () => runningName(random.pick(others)),
      otherAdj: () => adjectiveOf(random.pick(others)),
      city: () => plan.cities[0] ?? runningName(host),
      source: () => firstSource?.name.replace(/ \(closed\)$/, '') ?? 'OSCE',
      org: () => firstSource?.short ?? 'OSCE',
      topic: () => topic,
      topicCapital: () => capitalize(topic),
      audience: () => audience,
      audienceCapital: () => capitalize(audience),
      event: () => random.pick(EVENTS),
      days: () => random.pick(DAYS_WORDS),
      n: () => String(random.int(12, 160)),
      year: () => String(random.int(Math.max(1995, plan.date.getUTCFullYear() - 12), plan.date.getUTCFullYear())),
      month: () => month,
      dates: () => {
        const first = random.int(1, 24)
        return `${first} to ${first + random.int(1, 4)} ${month}`
      },
      speaker: () => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
      role: () => fill(random.pick(ROLES), slots),
    }
    return slots
  }

  /**
   * The compiler rejects two releases with the same id (date + title slug), so
   * titles are redrawn until the id is new. Redraws come from the same seeded
   * stream, so this stays deterministic.
   */
  private uniqueTitle(plan: ReleasePlan, slots: Slots, vocabulary: FieldVocabulary): string {
    const isoDay = plan.date.toISOString().slice(0, 10)
    let titleSlots = slots
    for (let attempt = 0; attempt < 100; attempt++) {
      const title = fill(this.random.pick(TITLES), titleSlots)
      const id = releaseId(isoDay, title)
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id)
        return title
      }
      // Same day and same title: vary the topic and audience of the title only.
      const topic = this.random.pick(vocabulary.topics)
      const audience = this.random.pick(vocabulary.audiences)
      titleSlots = { ...slots, topic: () => topic, topicCapital: () => capitalize(topic), audience: () => audience, audienceCapital: () => capitalize(audience) }
    }
    throw new Error(`Could not find a unique title for a release on ${isoDay} after 100 attempts.`)
  }

  /**
   * 150–900 words in 3–12 paragraphs. Each paragraph's budget is what is left
   * of the target divided by the paragraphs left, so overshoot does not pile up.
   */
  private body(vocabulary: FieldVocabulary, slots: Slots): string[] {
    // Headroom below the maximum for the dateline, added afterwards, and the last sentence's overshoot.
    const target = this.random.int(MIN_WORDS, MAX_WORDS - 60)
    const paragraphCount = Math.min(12, Math.max(3, Math.round(target / this.random.int(45, 95))))
    const sentences = new Deck(this.random, [...vocabulary.sentences, ...GENERAL_SENTENCES])
    const quotes = new Deck(this.random, QUOTES)
    let quotesLeft = this.random.int(0, 2)

    const paragraphs: string[] = []
    let words = 0
    for (let index = 0; index < paragraphCount; index++) {
      const budget = (target - words) / (paragraphCount - index)
      const parts: string[] = []
      let paragraphWords = 0
      const add = (sentence: string) => {
        parts.push(sentence)
        paragraphWords += wordCount(sentence)
      }
      if (index === 0) add(fill(this.random.pick(OPENINGS), slots))
      else if (quotesLeft > 0 && this.random.chance(0.3)) {
        quotesLeft--
        add(fill(quotes.draw(), slots))
      }
      while (paragraphWords < budget || parts.length === 0) {
        const sentence = capitalize(fill(sentences.draw(), slots))
        if (parts.length > 0 && words + paragraphWords + wordCount(sentence) > MAX_WORDS) break
        add(sentence)
      }
      paragraphs.push(parts.join(' '))
      words += paragraphWords
    }
    return paragraphs
  }
}

/**
 * `count` sample pages, the same bytes for the same `count` and `seed`. The
 * first N pages' texts do not depend on `count` (names widen past 99,999).
 */
export function generateSamplePages(count: number, seed: number = DEFAULT_SEED): SamplePage[] {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`generateSamplePages: count must be a whole number ≥ 0, got ${count}.`)
  if (!Number.isSafeInteger(seed)) throw new RangeError(`generateSamplePages: seed must be a whole number, got ${seed}.`)
  const generator = new SampleGenerator(seed)
  const width = Math.max(5, String(count).length)
  const pages: SamplePage[] = []
  for (let index = 1; index <= count; index++) {
    pages.push({ name: `sample-${String(index).padStart(width, '0')}.txt`, text: generator.page() })
  }
  return pages
}
