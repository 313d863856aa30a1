// @vitest-environment node
import { compileContent } from '@/content/compile'
import type { Diagnostic, TaxonomyNode } from '@/content/types'
import { childrenOf, nodeById, readSeed, replaceOnce, SEED_FILE, seedVariant, taxonomyProblems, warningsOf } from './helpers'

const seed = readSeed()
const nodes = compileContent([{ file: SEED_FILE, text: seed }]).taxonomy.nodes

const FIELDS = [
  'Arms control', 'Border management', 'Combating trafficking in human beings', 'Conflict prevention and resolution',
  'Countering terrorism', 'Cyber/ICT Security', 'Democratization', 'Economic activities', 'Education', 'Elections',
  'Environmental activities', 'Gender equality', 'Good governance', 'Human rights', 'Media freedom and development',
  'Migration', 'National minority issues', 'Policing', 'Reform and co-operation in the security sector',
  'Roma and Sinti', 'Rule of law', 'Tolerance and non-discrimination', 'Youth',
]

describe('taxonomy rebuilt from the seed menus', () => {
  it('has the four top-level sections in site order', () => {
    expect(childrenOf(nodes, null).map((node) => [node.id, node.kind])).toEqual([
      ['our-work', 'section'],
      ['countries', 'section'],
      ['structures-and-institutions', 'section'],
      ['about-us', 'section'],
    ])
    expect(nodeById(nodes, 'about-us').parent).toBeNull()
  })

  it('is a sound tree: unique ids, existing parents, sibling orders 0..n-1', () => {
    expect(taxonomyProblems(nodes)).toEqual([])
    // 163 menu nodes, plus 24 bodies releases name as sources that the menu does not list.
    expect(nodes).toHaveLength(187)
  })

  it('(the tree checker itself catches broken trees)', () => {
    const broken: TaxonomyNode[] = [
      { id: 'a', kind: 'section', label: 'A', parent: null, order: 0, aliases: [] },
      { id: 'a', kind: 'section', label: 'A again', parent: null, order: 2, aliases: [] },
      { id: 'b', kind: 'field', label: 'B', parent: 'nowhere', order: 0, aliases: [] },
    ]
    expect(taxonomyProblems(broken)).toEqual(['duplicate id a', 'b: missing parent nowhere', 'null: sibling orders 0,2'])
  })

  it('lists the 23 fields of work, then the Field operations and Projects links', () => {
    const children = childrenOf(nodes, 'fields-of-work')
    expect(nodeById(nodes, 'fields-of-work').parent).toBe('our-work')
    expect(children.filter((node) => node.kind === 'field').map((node) => node.label)).toEqual(FIELDS)
    expect(children.slice(23)).toEqual([
      { id: 'fields-of-work-field-operations', kind: 'link', label: 'Field operations', parent: 'fields-of-work', order: 23, aliases: [], target: 'field-operations' },
      { id: 'fields-of-work-projects', kind: 'link', label: 'Projects', parent: 'fields-of-work', order: 24, aliases: [] },
    ])
    expect(nodeById(nodes, 'cyber-ict-security').label).toBe('Cyber/ICT Security')
  })

  it('lists the 16 meeting series, then the Partnerships link', () => {
    const children = childrenOf(nodes, 'meetings-and-conferences')
    expect(nodeById(nodes, 'meetings-and-conferences').parent).toBe('our-work')
    expect(children.filter((node) => node.kind === 'meeting')).toHaveLength(16)
    expect(children[0]?.id).toBe('summit-meetings')
    expect(children[15]?.id).toBe('annual-osce-asian-conferences')
    expect(children[16]).toMatchObject({ id: 'meetings-and-conferences-partnerships', kind: 'link', label: 'Partnerships', order: 16 })
    expect(children).toHaveLength(17)
  })

  it('lists the 57 participating States, Finland with its Chairpersonship note', () => {
    const states = childrenOf(nodes, 'participating-states')
    expect(states).toHaveLength(57)
    expect(states.every((node) => node.kind === 'country')).toBe(true)
    expect(states[0]?.id).toBe('albania')
    expect(states[56]?.id).toBe('uzbekistan')
    const finland = nodeById(nodes, 'finland')
    expect(finland.label).toBe('Finland')
    expect(finland.note).toBe('OSCE Chairpersonship 2025')
    expect(finland.parent).toBe('participating-states')
    expect(nodeById(nodes, 'netherlands').label).toBe('The Netherlands')
    expect(nodeById(nodes, 'turkiye').label).toBe('Türkiye')
  })

  it('puts the partner groups under Countries with their 5 and 6 members', () => {
    expect(childrenOf(nodes, 'countries').map((node) => node.id)).toEqual([
      'countries-all', 'participating-states', 'asian-partners', 'mediterranean-partners', 'kosovo',
    ])
    expect(nodeById(nodes, 'countries-all')).toMatchObject({ kind: 'link', label: 'All', target: 'countries' })
    expect(nodeById(nodes, 'asian-partners')).toMatchObject({ kind: 'partner-group', parent: 'countries', label: 'Asian Partners for Co-operation' })
    expect(nodeById(nodes, 'mediterranean-partners')).toMatchObject({ kind: 'partner-group', parent: 'countries', label: 'Mediterranean Partners for Co-operation' })
    expect(childrenOf(nodes, 'asian-partners').map((node) => node.label)).toEqual(['Afghanistan', 'Australia', 'Japan', 'Republic of Korea', 'Thailand'])
    expect(childrenOf(nodes, 'mediterranean-partners').map((node) => node.label)).toEqual(['Algeria', 'Egypt', 'Israel', 'Jordan', 'Morocco', 'Tunisia'])
    expect(childrenOf(nodes, 'asian-partners').every((node) => node.kind === 'partner')).toBe(true)
    expect(nodeById(nodes, 'kosovo')).toMatchObject({ kind: 'territory', parent: 'countries' })
  })

  it('builds Structures and institutions with the flattened entries put back in place', () => {
    expect(childrenOf(nodes, 'structures-and-institutions').map((node) => [node.id, node.kind])).toEqual([
      ['chairpersonship', 'structure'],
      ['secretariat', 'group'],
      ['institutions', 'group'],
      ['field-operations', 'group'],
      ['parliamentary-assembly', 'structure'],
      ['court-of-conciliation-and-arbitration', 'structure'],
      ['organizational-structure', 'structure'],
      // Not in the menu: sources releases name (src/content/data/structures.ts).
      ['decision-making-bodies', 'group'],
      ['partnerships', 'structure'],
    ])
  })

  it('gives the Secretariat its 12 units', () => {
    const units = childrenOf(nodes, 'secretariat')
    expect(units).toHaveLength(12)
    expect(units.every((node) => node.kind === 'secretariat-unit')).toBe(true)
    expect(units[0]?.label).toBe('Secretary General')
    expect(units[11]?.label).toBe('Documentation Centre in Prague')
    expect(nodeById(nodes, 'secretariat').fullName).toBe('OSCE Secretariat')
    expect(nodeById(nodes, 'transnational-threats-department')).toMatchObject({
      abbreviation: 'TNTD',
      aliases: ['Transnational Threat Department', 'Action against Terrorism Unit', 'Strategic Police Matters Unit', 'Borders Unit'],
    })
  })

  it('gives Institutions ODIHR, HCNM and RFoM with full names and abbreviations', () => {
    expect(nodeById(nodes, 'institutions').parent).toBe('structures-and-institutions')
    expect(childrenOf(nodes, 'institutions').map((node) => [node.id, node.kind, node.fullName, node.abbreviation])).toEqual([
      ['odihr', 'institution', 'OSCE Office for Democratic Institutions and Human Rights', 'ODIHR'],
      ['hcnm', 'institution', 'OSCE High Commissioner on National Minorities', 'HCNM'],
      ['rfom', 'institution', 'OSCE Representative on Freedom of the Media', 'RFoM'],
    ])
  })

  it('gives the 12 field operations their host countries, then Closed field activities', () => {
    const children = childrenOf(nodes, 'field-operations')
    expect(children.map((node) => [node.id, node.hostCountry])).toEqual([
      ['presence-in-albania', 'albania'],
      ['centre-in-ashgabat', 'turkmenistan'],
      ['programme-office-in-astana', 'kazakhstan'],
      ['programme-office-in-bishkek', 'kyrgyzstan'],
      ['mission-to-bosnia-and-herzegovina', 'bosnia-and-herzegovina'],
      ['programme-office-in-dushanbe', 'tajikistan'],
      ['mission-in-kosovo', 'kosovo'],
      ['mission-to-moldova', 'moldova'],
      ['mission-to-montenegro', 'montenegro'],
      ['mission-to-serbia', 'serbia'],
      ['mission-to-skopje', 'north-macedonia'],
      ['project-co-ordinator-in-uzbekistan', 'uzbekistan'],
      ['closed-field-activities', undefined],
    ])
    expect(children.slice(0, 12).every((node) => node.kind === 'field-operation')).toBe(true)
    expect(children[12]).toMatchObject({ kind: 'group', label: 'Closed field activities' })
    // Every host is a real country or territory node.
    for (const node of children.slice(0, 12)) expect(['country', 'territory']).toContain(nodeById(nodes, node.hostCountry ?? '').kind)
    const closed = childrenOf(nodes, 'closed-field-activities')
    expect(closed.every((node) => node.closed === true && node.kind === 'field-operation')).toBe(true)
    expect(nodeById(nodes, 'office-in-yerevan')).toMatchObject({ hostCountry: 'armenia', closed: true })
  })

  it('is byte-identical when compiled twice', () => {
    const again = compileContent([{ file: SEED_FILE, text: seed }]).taxonomy.nodes
    expect(JSON.stringify(again)).toBe(JSON.stringify(nodes))
  })
})

describe('label drift between page versions', () => {
  const czechia = seedVariant(replaceOnce(seed, '- Czech Republic\n', '- Czechia\n'), {
    title: 'OSCE holds follow-up seminar in Mongolia',
    date: '2024-03-12',
  })

  const czechNodes = (list: readonly TaxonomyNode[]) =>
    list.filter((node) => [node.id, node.label, ...node.aliases].some((name) => /czech/i.test(name)))

  it('relabels Czech Republic to Czechia keeping one node with the old slug', () => {
    const compiled = compileContent([
      { file: 'pages/a-2017.txt', text: seed },
      { file: 'pages/b-2024.txt', text: czechia },
    ])
    const found = czechNodes(compiled.taxonomy.nodes)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ id: 'czech-republic', label: 'Czechia', parent: 'participating-states', order: 12 })
    expect(found[0]?.aliases).toContain('Czech Republic')
    expect(compiled.diagnostics).toEqual([])
    expect(compiled.releases).toHaveLength(2)
    expect(taxonomyProblems(compiled.taxonomy.nodes)).toEqual([])
  })

  it('lets the newest page by date win even when its file name sorts first', () => {
    const forward = compileContent([
      { file: 'pages/a-2017.txt', text: seed },
      { file: 'pages/b-2024.txt', text: czechia },
    ]).taxonomy
    const reversed = compileContent([
      { file: 'pages/z-2017.txt', text: seed },
      { file: 'pages/a-2024.txt', text: czechia },
    ]).taxonomy
    const found = czechNodes(reversed.nodes)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ id: 'czech-republic', label: 'Czechia' })
    expect(found[0]?.aliases).toContain('Czech Republic')
    expect(reversed).toEqual(forward)
    // Input order does not matter either.
    const shuffled = compileContent([
      { file: 'pages/a-2024.txt', text: czechia },
      { file: 'pages/z-2017.txt', text: seed },
    ]).taxonomy
    expect(shuffled).toEqual(forward)
  })

  it('gives Czechia the czech-republic slug even when only the new label was ever seen', () => {
    const compiled = compileContent([{ file: 'pages/b-2024.txt', text: czechia }])
    expect(czechNodes(compiled.taxonomy.nodes).map((node) => [node.id, node.label])).toEqual([['czech-republic', 'Czechia']])
  })

  const laterMenu = (menuFrom: string, menuTo: string) =>
    seedVariant(replaceOnce(seed, `- ${menuFrom}\n`, `- ${menuTo}\n`), { title: 'OSCE holds follow-up seminar in Mongolia', date: '2024-03-12' })

  it('keeps the slug of a known positional meeting rename, old label as alias, no warning', () => {
    const compiled = compileContent([
      { file: 'pages/a.txt', text: seed },
      { file: 'pages/b.txt', text: laterMenu('Gender Equality Review Conferences', 'Gender equality conferences') },
    ])
    const gender = compiled.taxonomy.nodes.filter((node) => /gender equality/i.test([node.label, ...node.aliases].join('|')) && node.kind === 'meeting')
    expect(gender).toEqual([
      {
        id: 'gender-equality-review-conferences',
        kind: 'meeting',
        label: 'Gender equality conferences',
        parent: 'meetings-and-conferences',
        order: 13,
        aliases: ['Gender Equality Review Conferences'],
      },
    ])
    expect(compiled.diagnostics).toEqual([])
  })

  it('keeps the old slug for the known rename when only the new label was ever seen', () => {
    const only = compileContent([{ file: 'pages/b.txt', text: laterMenu('Gender Equality Review Conferences', 'Gender equality conferences') }])
    expect(nodeById(only.taxonomy.nodes, 'gender-equality-review-conferences').label).toBe('Gender equality conferences')
  })

  it('treats an unknown positional rename as a rename, with a located warning', () => {
    const compiled = compileContent([
      { file: 'pages/a.txt', text: seed },
      { file: 'pages/b.txt', text: laterMenu('Media conferences', 'Media freedom conferences') },
    ])
    const meetings = childrenOf(compiled.taxonomy.nodes, 'meetings-and-conferences')
    expect(meetings).toHaveLength(17)
    expect(meetings[10]).toMatchObject({ id: 'media-conferences', label: 'Media freedom conferences', aliases: ['Media conferences'] })
    expect(compiled.taxonomy.nodes.filter((node) => node.id.startsWith('media-freedom-conferences'))).toEqual([])
    expect(compiled.diagnostics).toHaveLength(1)
    const warning = compiled.diagnostics[0] as Diagnostic
    expect(warning).toMatchObject({ severity: 'warning', file: 'pages/b.txt', line: 42 })
    expect(warning.message).toContain('"Media freedom conferences" replaces "Media conferences"')
    expect(warning.message).toContain('media-conferences')
    expect(warning.fix).toContain('aliases.json')
  })

  it('accepts aliases.json renames (second argument) silently, even when the entry moved', () => {
    const moved = seedVariant(
      replaceOnce(
        replaceOnce(seed, '- Media conferences\n', ''),
        '- Annual OSCE Asian conferences\n',
        '- Annual OSCE Asian conferences\n- Media freedom conferences\n',
      ),
      { title: 'OSCE holds follow-up seminar in Mongolia', date: '2024-03-12' },
    )
    const pages = [
      { file: 'pages/a.txt', text: seed },
      { file: 'pages/b.txt', text: moved },
    ]
    // Without the rename the move cannot be told from a new entry: two nodes and a warning.
    const unaided = compileContent(pages)
    expect(unaided.taxonomy.nodes.filter((node) => node.label.startsWith('Media') && node.kind === 'meeting').map((node) => node.id).sort()).toEqual([
      'media-conferences',
      'media-freedom-conferences',
    ])
    expect(warningsOf(unaided.diagnostics).map((d) => [d.file, d.line])).toEqual([['pages/b.txt', 47]])

    const renamed = compileContent(pages, { 'Media conferences': 'Media freedom conferences' })
    const media = renamed.taxonomy.nodes.filter((node) => node.label.startsWith('Media') && node.kind === 'meeting')
    expect(media).toEqual([
      { id: 'media-conferences', kind: 'meeting', label: 'Media freedom conferences', parent: 'meetings-and-conferences', order: 15, aliases: ['Media conferences'] },
    ])
    expect(renamed.diagnostics).toEqual([])
    expect(taxonomyProblems(renamed.taxonomy.nodes)).toEqual([])

    // And with only the new page, the slug still comes from the former label.
    const onlyNew = compileContent([{ file: 'pages/b.txt', text: moved }], { 'Media conferences': 'Media freedom conferences' })
    expect(onlyNew.taxonomy.nodes.filter((node) => node.label === 'Media freedom conferences').map((node) => node.id)).toEqual(['media-conferences'])
  })

  it('keeps a slug when a further rename is added to aliases.json later', () => {
    // A node's slug must not change just because aliases.json learns of a newer rename.
    const newest = seedVariant(replaceOnce(seed, '- Gender Equality Review Conferences\n', '- Gender equality events\n'), {
      title: 'OSCE holds follow-up seminar in Mongolia',
      date: '2024-03-12',
    })
    const compiled = compileContent(
      [
        { file: 'pages/a.txt', text: seed },
        { file: 'pages/b.txt', text: newest },
      ],
      { 'Gender equality conferences': 'Gender equality events' },
    )
    const gender = compiled.taxonomy.nodes.filter((node) => node.kind === 'meeting' && node.label === 'Gender equality events')
    expect(gender.map((node) => node.id)).toEqual(['gender-equality-review-conferences'])
    expect(gender[0]?.aliases).toContain('Gender Equality Review Conferences')
  })

  it('drops the Chairpersonship note when the newest menu no longer shows it', () => {
    const later = seedVariant(replaceOnce(seed, '- Finland – OSCE Chairpersonship 2025\n', '- Finland\n'), { title: 'Later release', date: '2026-01-15' })
    const compiled = compileContent([
      { file: 'pages/a.txt', text: seed },
      { file: 'pages/b.txt', text: later },
    ])
    const finland = nodeById(compiled.taxonomy.nodes, 'finland')
    expect(finland.label).toBe('Finland')
    expect(finland.note).toBeUndefined()
  })
})
