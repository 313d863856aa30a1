/**
 * A small fixed set of releases for the search tests: the seed page plus
 * synthetic pages in the dump format (the seed's menus, then a release written
 * here), compiled by the real pipeline so fields, countries and structures are
 * linked as in the app. Each page is about something else, so a query's exact
 * result set can be read off the texts below.
 */
import { compileContent } from '@/content/compile'
import type { Release } from '@/content/types'
import { seedPageText } from '../support/seedContent'

export interface SamplePageSpec {
  key: string
  type: string | null
  title: string
  /** The dateline, e.g. `CHISINAU, 12 March 2019`: gives date, place and primary country. */
  dateline: string
  sources: string
  fields: string
  body: string[]
}

export const SAMPLE_PAGES: readonly SamplePageSpec[] = [
  {
    key: 'moldovaBorder',
    type: 'Press release',
    title: 'OSCE supports border management reform in Moldova',
    dateline: 'CHISINAU, 12 March 2019',
    sources: 'OSCE Mission to Moldova',
    fields: 'Border management',
    body: ['The Mission delivered equipment to the border police in Chişinău and trained 40 officers.', 'Further courses are planned for next year.'],
  },
  {
    key: 'viennaGuards',
    type: 'News',
    title: 'Border guards from Moldova and Ukraine meet in Vienna',
    dateline: 'VIENNA, 4 May 2020',
    sources: 'Transnational Threats Department',
    fields: 'Border management, Policing',
    body: ['Guards shared practices on checkpoints and risk analysis.', 'The meeting was the third of its kind.'],
  },
  {
    key: 'ankaraSeminar',
    type: 'Press release',
    title: 'Türkiye hosts regional border management seminar',
    dateline: 'ANKARA, 15 September 2021',
    sources: 'Conflict Prevention Centre',
    fields: 'Border management',
    body: ['Experts from twelve participating States discussed green border surveillance.', 'The seminar closed with a visit to a crossing point.'],
  },
  {
    key: 'chairVisit',
    type: 'Press statement',
    title: 'Chairperson-in-Office concludes visit to Turkiye',
    dateline: 'ISTANBUL, 1 February 2021',
    sources: 'Chairpersonship',
    fields: 'Conflict prevention and resolution',
    body: ['The Chairperson met the Foreign Minister and thanked the host for its co-operation.'],
  },
  {
    key: 'bishkekElection',
    type: 'Press release',
    title: 'Election observation mission opens in Bishkek',
    dateline: 'BISHKEK, 20 November 2018',
    sources: 'OSCE Office for Democratic Institutions and Human Rights',
    fields: 'Elections',
    body: ['Long-term observers will follow the campaign in all regions.', 'A preliminary statement is expected after election day.'],
  },
  {
    key: 'skopjeWorkshop',
    type: null,
    title: 'Workshop on preventing radicalisation held in Skopje',
    dateline: 'SKOPJE, 10 April 2016',
    sources: 'Mission to Skopje',
    fields: 'Countering terrorism',
    body: ['Teachers and social workers analysed early signs of violent radicalisation among young people.'],
  },
  {
    key: 'tiranaYouth',
    type: 'News',
    title: 'Youth forum on countering violent extremism in Tirana',
    dateline: 'TIRANA, 10 January 2023',
    sources: 'Presence in Albania',
    fields: 'Countering terrorism, Youth',
    body: ['Young leaders drafted recommendations for community programmes.'],
  },
  {
    key: 'moldovaPolice',
    type: 'Press release',
    title: 'Network of women police officers launched',
    dateline: 'CHISINAU, 8 August 2019',
    sources: 'OSCE Mission to Moldova',
    fields: 'Policing, Gender equality',
    body: ['Women officers from all districts joined the new network.'],
  },
  {
    key: 'dushanbeCollege',
    type: 'Spot report',
    title: 'Staff college course on border management ends in Dushanbe',
    dateline: 'DUSHANBE, 12 December 2020',
    sources: 'Programme Office in Dushanbe',
    fields: 'Border management, Education',
    body: ['Officers from Afghanistan and Tajikistan completed a four-week course.'],
  },
  {
    key: 'waterCentralAsia',
    type: 'Daily report',
    title: 'Water co-operation in Central Asia discussed',
    dateline: 'VIENNA, 1 October 2024',
    sources: 'Office of the Co-ordinator of OSCE Economic and Environmental Activities',
    fields: 'Environmental activities',
    body: ['Delegations agreed to share data on river basins.'],
  },
  {
    key: 'organisedCrime',
    type: 'Press release',
    title: 'Conference on organised crime and border security',
    dateline: 'VIENNA, 3 March 2022',
    sources: 'Transnational Threats Department',
    fields: 'Border management, Policing',
    body: ['Prosecutors from Moldova and Georgia presented joint investigations first discussed in Chişinău.'],
  },
]

function pageText(spec: SamplePageSpec): string {
  const menus = seedPageText().split('\nPress release\n')[0] ?? ''
  const header = spec.type === null ? [spec.title] : [spec.type, spec.title]
  const [firstParagraph = '', ...rest] = spec.body
  return [
    menus,
    ...header,
    '- Date:',
    '- Place:',
    '- Source:',
    `- ${spec.sources}`,
    '- Fields of work:',
    `- ${spec.fields}`,
    `${spec.dateline} - ${firstParagraph}`,
    ...rest,
  ].join('\n')
}

export interface Sample {
  releases: Release[]
  /** Release id by SAMPLE_PAGES key, plus `seed` for the real seed page. */
  ids: Record<string, string>
}

export function compileSample(): Sample {
  const content = compileContent([
    { file: 'content/pages/seed.txt', text: seedPageText() },
    ...SAMPLE_PAGES.map((spec) => ({ file: `content/pages/${spec.key}.txt`, text: pageText(spec) })),
  ])
  const errors = content.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
  if (errors.length > 0) throw new Error(`Sample pages do not compile: ${JSON.stringify(errors)}`)
  const ids: Record<string, string> = {}
  for (const spec of SAMPLE_PAGES) {
    const release = content.releases.find((candidate) => candidate.title === spec.title)
    if (!release) throw new Error(`Sample page ${spec.key} gave no release.`)
    ids[spec.key] = release.id
  }
  const seed = content.releases.find((release) => release.date === '2017-07-06')
  if (!seed) throw new Error('The seed release is missing from the sample.')
  ids.seed = seed.id
  return { releases: content.releases, ids }
}
