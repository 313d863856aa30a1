/**
 * OSCE bodies that releases name as their source ("Where we are") but that the
 * Structures menu does not list: the decision-making bodies, the Chairpersonship's
 * own bodies, and the closed field operations. Each becomes a node with its own
 * page; former names are aliases, so old releases link to the node of today.
 *
 * Facts and dates: osce.org's page for each body (named in a comment), its
 * "Closed field activities" page, and the Permanent Council decision (PC.DEC/N)
 * that opened an operation where the number is given; the OSCE's yearly
 * "Survey of OSCE Field Operations" lists the same history. Check a fact there
 * before changing it.
 */
import type { NodeKind } from '../types'

export interface StructureFacts {
  id: string
  label: string
  kind: NodeKind
  parent: string
  fullName?: string
  abbreviation?: string
  aliases?: readonly string[]
  hostCountry?: string
  closed?: boolean
}

/** The group the decision-making bodies are listed in (osce.org, "Decision-making bodies"). */
export const DECISION_MAKING_BODIES_GROUP = {
  id: 'decision-making-bodies',
  label: 'Decision-making bodies',
  /** After Organizational structure, the last entry the Structures menu lists. */
  order: 7,
} as const

const body = (id: string, label: string, extra: Partial<StructureFacts> = {}): StructureFacts => ({
  id, label, kind: 'structure', parent: DECISION_MAKING_BODIES_GROUP.id, ...extra,
})

export const DECISION_MAKING_BODIES: readonly StructureFacts[] = [
  // osce.org/summits: meetings of Heads of State or Government (Helsinki 1975 … Astana 2010).
  body('summits', 'Summits', { aliases: ['Summit', 'OSCE Summit', 'Summit meeting'] }),
  // osce.org/ministerial-councils: the foreign ministers, once a year.
  body('ministerial-council', 'Ministerial Council', { abbreviation: 'MC', aliases: ['OSCE Ministerial Council', 'Ministerial Council meeting'] }),
  // osce.org/permanent-council: the regular body for political consultation and decision-making, weekly in Vienna.
  body('permanent-council', 'Permanent Council', { abbreviation: 'PC', aliases: ['OSCE Permanent Council'] }),
  // osce.org/forum-for-security-cooperation: the autonomous decision-making body on politico-military matters.
  body('forum-for-security-co-operation', 'Forum for Security Co-operation', { abbreviation: 'FSC', aliases: ['Forum for Security Cooperation'] }),
]

/** Bodies of the Chairpersonship (osce.org/chairpersonship): shown under it. */
export const CHAIRPERSONSHIP_BODIES: readonly StructureFacts[] = [
  // osce.org/troika: the current, previous and next Chairpersonships.
  { id: 'troika', label: 'Troika', kind: 'structure', parent: 'chairpersonship', aliases: ['OSCE Troika'] },
  // osce.org/personal-representatives: appointed by the Chairperson-in-Office on specific issues.
  {
    id: 'personal-representatives',
    label: 'Personal Representatives of the Chairperson-in-Office',
    kind: 'structure',
    parent: 'chairpersonship',
    aliases: [
      'Personal Representative of the Chairperson-in-Office',
      'Personal Representatives of the Chairman-in-Office',
      'Personal Representative of the Chairman-in-Office',
      'Special Representative of the Chairperson-in-Office',
      'Special Representatives of the Chairperson-in-Office',
      'Special Representative of the Chairman-in-Office',
    ],
  },
  // osce.org/mg: the Minsk Group, co-chaired by France, the Russian Federation and the United States, mediated on the Nagorno-Karabakh conflict.
  { id: 'minsk-group', label: 'Minsk Group', kind: 'structure', parent: 'chairpersonship', aliases: ['OSCE Minsk Group', 'Minsk Group Co-Chairs', 'Co-Chairs of the OSCE Minsk Group', 'Minsk Process'] },
  // The High Level Planning Group (1994) planned a possible OSCE peacekeeping operation for Nagorno-Karabakh.
  { id: 'high-level-planning-group', label: 'High Level Planning Group', kind: 'structure', parent: 'chairpersonship', abbreviation: 'HLPG' },
]

/** Other sources with a page of their own. */
export const OTHER_SOURCES: readonly StructureFacts[] = [
  // osce.org/partnerships: co-operation with the Partners and with international organizations.
  { id: 'partnerships', label: 'Partnerships', kind: 'structure', parent: 'structures-and-institutions', aliases: ['Partnerships for Co-operation', 'External Co-operation'] },
  // Items the newsroom files under the site itself rather than any body.
  { id: 'osce-main-website', label: 'OSCE Main Website', kind: 'structure', parent: 'about-us', aliases: ['Main Website', 'OSCE website'] },
]

const closed = (id: string, label: string, hostCountry: string, aliases: readonly string[] = []): StructureFacts => ({
  id, label, kind: 'field-operation', parent: 'closed-field-activities', hostCountry, closed: true, aliases,
})

/** Closed field operations (osce.org/closed-field-activities), with their host country. Ids of the first seven predate this list: keep them. */
export const CLOSED_FIELD_OPERATIONS: readonly StructureFacts[] = [
  // Opened 2000 (PC.DEC/314), closed 31 August 2017 after Armenia did not agree to extend the mandate.
  closed('office-in-yerevan', 'Office in Yerevan', 'armenia'),
  // Opened 2000 (PC.DEC/318); turned into the Project Co-ordinator in Baku in 2014.
  closed('office-in-baku', 'Office in Baku', 'azerbaijan'),
  // 2014 until Azerbaijan ended its memorandum and it closed in 2015.
  closed('project-co-ordinator-in-baku', 'Project Co-ordinator in Baku', 'azerbaijan'),
  // November 1992 until 30 June 2009.
  closed('mission-to-georgia', 'Mission to Georgia', 'georgia'),
  // 2003 until 31 March 2011; successor of the Advisory and Monitoring Group.
  closed('office-in-minsk', 'Office in Minsk', 'belarus'),
  // 1996 (PC.DEC/112) until 31 December 2007; followed by the Office in Zagreb.
  closed('mission-to-croatia', 'Mission to Croatia', 'croatia'),
  // 1999 (PC.DEC/295) until 30 June 2022.
  closed('project-co-ordinator-in-ukraine', 'Project Co-ordinator in Ukraine', 'ukraine', ['PCU']),
  // 21 March 2014 (PC.DEC/1117) until the mandate ended on 31 March 2022.
  closed('special-monitoring-mission-to-ukraine', 'Special Monitoring Mission to Ukraine', 'ukraine', ['SMM', 'Special Monitoring Mission', 'OSCE SMM']),
  // 1 January 2008 (PC.DEC/836) until 31 December 2011.
  closed('office-in-zagreb', 'Office in Zagreb', 'croatia'),
  // 1998 (PC.DEC/185) until 31 December 2002.
  closed('advisory-and-monitoring-group-in-belarus', 'Advisory and Monitoring Group in Belarus', 'belarus', ['AMG in Belarus']),
  // 1994 until 30 April 1999 (Kyiv and Crimea); the Project Co-ordinator followed.
  closed('mission-to-ukraine', 'Mission to Ukraine', 'ukraine'),
  // July 2014 (PC.DEC/1130) until 30 September 2021.
  closed('observer-mission-at-the-russian-checkpoints-gukovo-and-donetsk', 'Observer Mission at the Russian Checkpoints Gukovo and Donetsk', 'russian-federation', ['Observer Mission at Gukovo and Donetsk']),
  // 1993 until 31 December 2001.
  closed('mission-to-estonia', 'Mission to Estonia', 'estonia'),
  // 1993 until 31 December 2001.
  closed('mission-to-latvia', 'Mission to Latvia', 'latvia'),
  // April 1995 until March 2003.
  closed('assistance-group-to-chechnya', 'Assistance Group to Chechnya', 'russian-federation'),
  // October 1998 until June 1999; withdrawn before the NATO air campaign.
  closed('kosovo-verification-mission', 'Kosovo Verification Mission', 'kosovo', ['KVM']),
  // 1992 until July 1993 (the host did not renew the memorandum).
  closed('missions-of-long-duration-in-kosovo-sandjak-and-vojvodina', 'Missions of Long Duration in Kosovo, Sandjak and Vojvodina', 'serbia'),
  // The Representatives to the bodies that settled the pensions of retired Soviet military officers in Estonia and Latvia.
  closed('representative-to-the-estonian-government-commission-on-military-pensioners', 'Representative to the Estonian Government Commission on Military Pensioners', 'estonia'),
  closed('representative-to-the-latvian-russian-joint-commission-on-military-pensioners', 'Representative to the Latvian-Russian Joint Commission on Military Pensioners', 'latvia'),
  // 1995 until 1999: the Representative to the Joint Committee on the Skrunda Radar Station.
  closed('representative-to-the-joint-committee-on-the-skrunda-radar-station', 'Representative to the Joint Committee on the Skrunda Radar Station', 'latvia'),
]

/**
 * Former names of open field operations (renamed when their mandate changed):
 * label of today (lower case, as in ENTRY_FACTS) → former names.
 */
export const FORMER_OPERATION_NAMES: Readonly<Record<string, readonly string[]>> = {
  // Centre in Almaty (1998, PC.DEC/243), moved to Astana as Centre in Astana (2007), Programme Office since 2015 (PC.DEC/1153); Nur-Sultan 2019–2022.
  'programme office in astana': ['Centre in Almaty', 'Centre in Astana', 'Programme Office in Nur-Sultan'],
  // Centre in Bishkek (1998) until it became the Programme Office in 2017.
  'programme office in bishkek': ['Centre in Bishkek'],
  // Mission to Tajikistan (1994) → Centre in Dushanbe (2002) → Office in Tajikistan (2008) → Programme Office (2017).
  'programme office in dushanbe': ['Mission to Tajikistan', 'Centre in Dushanbe', 'Office in Tajikistan'],
  // Central Asian Liaison Office (1995) → Centre in Tashkent (2000) → Project Co-ordinator (2006).
  'project co-ordinator in uzbekistan': ['Centre in Tashkent', 'Central Asian Liaison Office'],
  // Mission to the Federal Republic of Yugoslavia (2001, PC.DEC/401) → Serbia and Montenegro (2003) → Serbia (2006).
  'mission to serbia': ['Mission to the Federal Republic of Yugoslavia', 'Mission to the FRY', 'Mission to FRY', 'Mission to Serbia and Montenegro'],
  // Spillover Monitor Mission to Skopje (1992), renamed in 2010.
  'mission to skopje': ['Spillover Monitor Mission to Skopje'],
  // Centre in Ashgabat since 1998 (opened as the OSCE Centre in Ashgabat; no rename).
  'centre in ashgabat': [],
}
