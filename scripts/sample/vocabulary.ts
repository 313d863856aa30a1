/**
 * Phrases for synthetic OSCE-newsroom releases. Templates take `{slot}` fillers:
 *   {host} {hostAdj}   the country of the dateline (name as in running text, adjective)
 *   {other} {otherAdj} another OSCE country, so bodies mention more than one country
 *   {city}             the dateline city in proper case
 *   {source}           the first source, as the release names it
 *   {topic}            a topic of the release's field of work
 *   {audience}         who took part, from the release's field of work
 *   {days} {n} {year}  small numbers, so sentences do not repeat verbatim
 *   {month} {dates}    the release's month; a span of days in it (`3 to 5 June`)
 * The wording imitates real releases so that country mentions, datelines and
 * paragraph lengths look like what the compiler meets in production.
 */

export interface FieldVocabulary {
  /** Noun phrases: what an event of this field is about. */
  topics: readonly string[]
  /** Who attends: used in titles and bodies. */
  audiences: readonly string[]
  /** Body sentences specific to the field. */
  sentences: readonly string[]
}

/** Keyed by the field-of-work label exactly as the site menu spells it. */
export const FIELD_VOCABULARY: Readonly<Record<string, FieldVocabulary>> = {
  'Arms control': {
    topics: ['small arms and light weapons control', 'the destruction of surplus ammunition', 'stockpile security', 'the Vienna Document', 'conventional ammunition safety'],
    audiences: ['defence officials', 'ammunition technicians', 'arms control experts'],
    sentences: [
      'Some {n} tonnes of surplus ammunition have been destroyed in {host} since the project started in {year}.',
      'The participants visited a storage site near {city} to review safety procedures for conventional ammunition.',
      'The assessment visit was carried out under the Vienna Document, the main OSCE instrument for military transparency.',
      'Experts from {other} presented their national practice in marking, record-keeping and tracing of small arms.',
    ],
  },
  'Border management': {
    topics: ['integrated border management', 'risk analysis at border crossing points', 'detecting forged travel documents', 'cross-border co-operation', 'the OSCE Border Management Staff College'],
    audiences: ['border guards', 'customs officers', 'border police officers'],
    sentences: [
      'The course trained {n} border and customs officers from {host} and {other} in identifying forged travel documents.',
      'Mobile patrol teams along the {hostAdj} border received equipment and training in risk-based profiling.',
      'The participants practised joint inspections at a border crossing point near {city}.',
      'Cross-border co-operation between {host} and {other} has improved markedly since the joint patrol scheme started.',
    ],
  },
  'Combating trafficking in human beings': {
    topics: ['identifying victims of trafficking', 'labour exploitation in supply chains', 'national referral mechanisms', 'financial investigations into trafficking', 'the protection of trafficked children'],
    audiences: ['labour inspectors', 'prosecutors and social workers', 'anti-trafficking co-ordinators'],
    sentences: [
      'The simulation exercise recreated a trafficking case, from the first identification of a victim to the trial of the traffickers.',
      'Participants from {host} and {other} discussed how to follow the money in trafficking cases and how to compensate victims.',
      'Labour inspectors learned to recognize indicators of forced labour in agriculture, construction and domestic work.',
      'The national referral mechanism of {host} now brings together {n} state agencies and civil society organizations.',
    ],
  },
  'Conflict prevention and resolution': {
    topics: ['confidence-building measures', 'mediation and dialogue facilitation', 'early warning', 'the settlement process', 'incident prevention and response'],
    audiences: ['mediators', 'community leaders', 'negotiators'],
    sentences: [
      'The talks took place in the 5+2 format and focused on freedom of movement and the functioning of schools.',
      'The meeting of the Incident Prevention and Response Mechanism was held in a constructive atmosphere near {city}.',
      'The Chairpersonship called on all sides to refrain from any steps that could increase tension.',
      'Confidence-building measures agreed in {year} continue to benefit residents on both banks of the river.',
    ],
  },
  'Countering terrorism': {
    topics: ['countering violent extremism and radicalization that lead to terrorism', 'travel document security', 'terrorist financing', 'the protection of critical infrastructure', 'community-policing approaches to preventing terrorism'],
    audiences: ['counter-terrorism officials', 'police officers', 'civil society representatives'],
    sentences: [
      'The seminar brought together some {n} participants, including representatives of state agencies and civil society of {host}.',
      'The experts shared perspectives on co-operation between the police and local communities in preventing violent extremism.',
      'The participants discussed the use of Advance Passenger Information to detect the movement of foreign terrorist fighters.',
      'A separate session focused on human rights-compliant approaches to countering terrorism on the Internet.',
    ],
  },
  'Cyber/ICT Security': {
    topics: ['cyber/ICT security confidence-building measures', 'the protection of critical infrastructure from cyber threats', 'national cyber incident response', 'cyber diplomacy'],
    audiences: ['cyber security experts', 'diplomats and ICT specialists', 'national points of contact'],
    sentences: [
      'The workshop explored how the OSCE confidence-building measures can reduce the risks of conflict stemming from the use of ICTs.',
      'Participants from {host} and {other} tested communication channels between national points of contact during a simulated cyber incident.',
      'The {hostAdj} computer emergency response team presented lessons learned from recent incidents.',
      'Some {n} experts discussed how to protect energy networks and other critical infrastructure.',
    ],
  },
  Democratization: {
    topics: ['the role of parliaments', 'local self-government', 'political party regulation', 'public participation in decision-making', 'the work of the ombudsperson institution'],
    audiences: ['members of parliament', 'municipal officials', 'civil society activists'],
    sentences: [
      'The round table gave members of parliament of {host} an opportunity to discuss the draft law with civil society.',
      'Municipal officials from {n} municipalities shared good practices in involving citizens in local budgeting.',
      'The event was part of a long-term programme to strengthen democratic institutions in {host}.',
      'Parliamentarians from {other} shared their experience of parliamentary oversight and ethics codes.',
    ],
  },
  'Economic activities': {
    topics: ['good governance in customs', 'anti-money laundering', 'connectivity and trade facilitation', 'economic empowerment of women', 'the Economic and Environmental Forum'],
    audiences: ['financial intelligence officers', 'business associations', 'trade officials'],
    sentences: [
      'The training helped {n} financial investigators from {host} trace the proceeds of crime across borders.',
      'Representatives of business associations from {host} and {other} discussed how to reduce barriers to trade.',
      'The participants reviewed the latest national risk assessment on money laundering.',
      'The forum highlighted how digitalization of customs procedures can cut waiting times at borders.',
    ],
  },
  Education: {
    topics: ['human rights education in schools', 'multilingual education', 'media literacy for students', 'the OSCE Academy in Bishkek'],
    audiences: ['teachers', 'students', 'school directors'],
    sentences: [
      'Some {n} teachers from across {host} learned how to include human rights and tolerance in their classes.',
      'The OSCE Academy in Bishkek welcomed its new class of master’s students from {n} countries.',
      'The summer school brought together students from {host} and {other} for two weeks of lectures and debates.',
      'A new textbook, developed with the support of the {source}, will be used in schools from September.',
    ],
  },
  Elections: {
    topics: ['election observation', 'the voter register', 'electoral dispute resolution', 'election campaign financing', 'the electoral code'],
    audiences: ['election officials', 'domestic observers', 'election commission members'],
    sentences: [
      'The parliamentary elections in {host} were competitive and fundamental freedoms were generally respected, the observers said.',
      'The election observation mission deployed {n} long-term observers to all regions of {host}.',
      'The statement of preliminary findings and conclusions will be followed by a final report some eight weeks after the election.',
      'Observers noted that the voter register was inclusive, but recommended further efforts to ensure its accuracy.',
      'Members of the Central Election Commission of {host} discussed the implementation of previous ODIHR recommendations.',
    ],
  },
  'Environmental activities': {
    topics: ['water co-operation', 'disaster risk reduction', 'the Aarhus Centres', 'climate change and security', 'hazardous waste management'],
    audiences: ['environmental inspectors', 'Aarhus Centre staff', 'local emergency services'],
    sentences: [
      'The Aarhus Centres in {host} help citizens take part in decisions on the environment.',
      'The participants assessed flood and wildfire risks in the border area between {host} and {other}.',
      'Some {n} environmental inspectors learned how to detect illegal shipments of hazardous waste.',
      'The project supports transboundary water co-operation in the basin shared by {host} and {other}.',
    ],
  },
  'Gender equality': {
    topics: ['women’s participation in politics', 'preventing violence against women', 'gender mainstreaming', 'women, peace and security', 'the OSCE-led survey on the well-being and safety of women'],
    audiences: ['women leaders', 'police and social services', 'gender focal points'],
    sentences: [
      'According to the OSCE-led survey, a majority of women in {host} think violence against women is common.',
      'The conference discussed how to increase the number of women in the security sector of {host}.',
      'Some {n} women from political parties across {host} took part in the leadership programme.',
      'The network of women mediators, established in {year}, now counts members from {host} and {other}.',
    ],
  },
  'Good governance': {
    topics: ['anti-corruption', 'asset declarations', 'public procurement', 'the integrity of public institutions', 'open government'],
    audiences: ['anti-corruption officials', 'auditors', 'civil servants'],
    sentences: [
      'The training focused on the verification of asset declarations of public officials in {host}.',
      'Experts from {other} shared their experience with electronic public procurement systems.',
      'The participants discussed how to protect whistle-blowers who report corruption.',
      'The {hostAdj} anti-corruption agency has reviewed some {n} laws for corruption risks since {year}.',
    ],
  },
  'Human rights': {
    topics: ['freedom of peaceful assembly', 'the prevention of torture', 'human rights defenders', 'freedom of religion or belief', 'the rights of persons with disabilities'],
    audiences: ['human rights defenders', 'ombudsperson staff', 'lawyers'],
    sentences: [
      'The monitors observed {n} public assemblies in {host} over the past year.',
      'The report recommends that the authorities of {host} investigate all allegations of ill-treatment promptly and effectively.',
      'The participants discussed the role of the national preventive mechanism in visiting places of detention.',
      'Human rights defenders from {host} and {other} shared their experience of working under pressure.',
    ],
  },
  'Media freedom and development': {
    topics: ['the safety of journalists', 'media pluralism', 'decriminalization of defamation', 'public service broadcasting', 'access to information'],
    audiences: ['journalists', 'editors', 'media regulators'],
    sentences: [
      'The Representative on Freedom of the Media expressed concern about the attack on a journalist in {city}.',
      'Journalists should be able to report on matters of public interest without fear of harassment.',
      'Some {n} journalists from {host} and {other} took part in the training on safety during public assemblies.',
      'The new media law was reviewed by OSCE experts, who welcomed the decriminalization of defamation.',
    ],
  },
  Migration: {
    topics: ['labour migration', 'migration data management', 'the integration of migrants', 'large movements of migrants and refugees'],
    audiences: ['migration officials', 'consular staff', 'labour ministry officials'],
    sentences: [
      'The handbook on labour migration was presented to officials of {host} and {other}.',
      'Participants discussed how to protect the rights of migrant workers and combat irregular migration at the same time.',
      'Some {n} officials learned how to use migration data for policy-making.',
      'The regional conference reviewed co-operation between countries of origin, transit and destination.',
    ],
  },
  'National minority issues': {
    topics: ['the integration of diverse societies', 'minority language education', 'the participation of national minorities in public life', 'inter-ethnic relations'],
    audiences: ['representatives of national minorities', 'education officials', 'local authorities'],
    sentences: [
      'The High Commissioner on National Minorities discussed inter-ethnic relations with the authorities of {host}.',
      'The Ljubljana Guidelines on Integration of Diverse Societies offer practical advice to the authorities of {host}.',
      'Representatives of the {hostAdj} minority communities raised questions about education in their mother tongue.',
      'The High Commissioner welcomed the adoption of the new state language policy and its attention to minority languages.',
    ],
  },
  Policing: {
    topics: ['community policing', 'the investigation of hate crimes', 'intelligence-led policing', 'police accountability', 'combating drug trafficking'],
    audiences: ['police officers', 'criminal investigators', 'police trainers'],
    sentences: [
      'The course on community policing was attended by {n} police officers from {host}.',
      'Police officers learned to collect evidence in cases of domestic violence and to refer victims to support services.',
      'Experts from {other} presented their model of intelligence-led policing.',
      'The police academy in {city} will include the new module in its basic training from next year.',
    ],
  },
  'Reform and co-operation in the security sector': {
    topics: ['security sector governance', 'parliamentary oversight of the armed forces', 'the Code of Conduct on Politico-Military Aspects of Security', 'private security companies'],
    audiences: ['defence ministry officials', 'parliamentary committee staff', 'security sector experts'],
    sentences: [
      'The seminar discussed democratic control of armed and security forces, as set out in the Code of Conduct.',
      'Members of the parliamentary security committee of {host} exchanged views with colleagues from {other}.',
      'The national security strategy of {host} was reviewed with the involvement of civil society.',
      'Some {n} officials took part in the regional workshop on security sector governance.',
    ],
  },
  'Roma and Sinti': {
    topics: ['Roma and Sinti inclusion', 'access to civil registration for Roma', 'Roma participation in elections', 'the education of Roma children'],
    audiences: ['Roma community mediators', 'Roma civil society representatives', 'municipal officials'],
    sentences: [
      'Roma community mediators from {n} municipalities in {host} shared their experiences.',
      'The ODIHR Contact Point for Roma and Sinti Issues urged the authorities of {host} to address discrimination in housing.',
      'Many Roma in {host} still lack personal documents, which prevents access to health care and education.',
      'The action plan on improving the situation of Roma and Sinti within the OSCE area was adopted in Maastricht in 2003.',
    ],
  },
  'Rule of law': {
    topics: ['the independence of the judiciary', 'trial monitoring', 'war crimes processing', 'legal aid', 'juvenile justice'],
    audiences: ['judges', 'prosecutors', 'defence lawyers'],
    sentences: [
      'The trial monitoring programme has followed more than {n} cases before courts in {host}.',
      'Judges and prosecutors from {host} and {other} discussed the handling of war crimes cases.',
      'The report finds that delays remain a serious problem in the {hostAdj} judiciary.',
      'The new law on free legal aid will make it easier for vulnerable groups to access justice.',
    ],
  },
  'Tolerance and non-discrimination': {
    topics: ['hate crime', 'anti-Semitism', 'intolerance and discrimination against Muslims', 'hate crime data collection', 'interfaith dialogue'],
    audiences: ['police and prosecutors', 'faith community representatives', 'civil society activists'],
    sentences: [
      'Hate crimes send a message of exclusion to whole communities, not only to the victims.',
      'ODIHR publishes hate crime data from {host} and other participating States every year on 16 November.',
      'Representatives of faith communities in {host} discussed security needs of places of worship.',
      'Some {n} police officers were trained in recognizing bias motivation when investigating crimes.',
    ],
  },
  Youth: {
    topics: ['youth participation', 'young people and security', 'youth leadership', 'the OSCE Youth and Security Agenda'],
    audiences: ['young leaders', 'students', 'youth workers'],
    sentences: [
      'Some {n} young people from {host} and {other} took part in the youth forum in {city}.',
      'The young participants presented their recommendations to representatives of the {hostAdj} government.',
      'The programme encourages young people to engage in decision-making in their communities.',
      'Alumni of the youth leadership programme have launched {n} local initiatives since {year}.',
    ],
  },
}

/** Kinds of event, for openings and titles. */
export const EVENTS: readonly string[] = [
  'seminar', 'workshop', 'training course', 'round table', 'conference', 'study visit', 'expert meeting', 'regional meeting', 'public discussion',
]

export const DAYS_WORDS: readonly string[] = ['one-day', 'two-day', 'two-day', 'three-day', 'four-day', 'five-day']

/** First sentence, after the dateline. */
export const OPENINGS: readonly string[] = [
  'A {days} {event} on {topic}, organized by the {source}, concluded today in {city}.',
  'The {source} today opened a {days} {event} on {topic} for {audience} from {host}.',
  'Some {n} {audience} from across {host} took part in a {days} {event} on {topic} held in {city} from {dates}.',
  'A {days} {event} on {topic} for {audience}, supported by the {source}, began today in {city}.',
  'The {source} and the authorities of {host} today launched a project on {topic}.',
  '{audienceCapital} from {host} and {other} discussed {topic} at a {days} {event} that ended today in {city}.',
  'The {source} today published a report on {topic} in {host}.',
  'Representatives of the {source} met today in {city} with {hostAdj} officials to discuss {topic}.',
]

/** Sentences that fit a release of any field. */
export const GENERAL_SENTENCES: readonly string[] = [
  'The event was organized in co-operation with the Ministry of Internal Affairs of {host}.',
  'The participants discussed challenges, shared good practices and identified areas for future co-operation.',
  'The {event} is part of an extra-budgetary project funded by {other}.',
  'Experts from {other} and the OSCE Secretariat shared their experience with the participants.',
  'The activity is part of the {source}’s long-term efforts to support {host} in the field of {topic}.',
  'The participants agreed on a set of recommendations, which will be presented to the relevant ministries.',
  'Similar events are planned in other regions of {host} later this year.',
  'The {hostAdj} authorities expressed their readiness to continue the co-operation with the OSCE.',
  'The event brought together representatives of state institutions, international organizations and civil society.',
  'Since {year}, the OSCE has supported {host} in {topic} through training, expert advice and equipment.',
  'The project builds on the commitments that all 57 OSCE participating States, including {host} and {other}, have undertaken.',
  'Participants visited institutions in {city} to see how the new procedures work in practice.',
  'A similar {event} held last year in {other} drew on the same methodology.',
  'The {event} was conducted in {hostAdj} and English, with simultaneous interpretation.',
  'The OSCE will continue to support the implementation of the recommendations.',
  'Particular attention was paid to the needs of women and young people.',
  'The participants also discussed regional co-operation between {host}, {other} and neighbouring countries.',
  'The second part of the {event} will take place in {city} in {month}.',
  'The final report, including recommendations, will be made available to the public.',
  'During the visit, the delegation also met with representatives of the {hostAdj} parliament and civil society.',
  'The {event} was opened by the Deputy Minister of Justice of {host} and the Ambassador of {other}.',
  'Speakers stressed that lasting results require the involvement of local communities.',
  'The {source} provided expert support and covered the costs of the {event}.',
  'Participants received handbooks and other materials in {hostAdj} to use in their daily work.',
  'The OSCE has worked with {host} on {topic} for more than {n} months.',
  'Representatives of {other} and {other} also attended as observers.',
  'An online course on the same subject is available to participants who could not attend.',
  'The findings of the {event} will feed into the national action plan for the years ahead.',
  'The {event} concluded with a practical exercise based on a realistic scenario.',
  'Some {n} participants completed an anonymous evaluation, rating the {event} highly.',
  'The initiative was welcomed by the Permanent Council in Vienna.',
  'Both sides agreed to meet again in {city} next year to review progress.',
]

/** Quotations, attributed to a `{speaker}` with a `{role}`. */
export const QUOTES: readonly string[] = [
  '“Today’s {event} shows the commitment of {host} to {topic},” said {speaker}, {role}.',
  '“Co-operation between state institutions and civil society is essential for progress in {topic},” said {speaker}, {role}.',
  '“We are grateful to the OSCE for its continued support in {topic},” said {speaker}, {role}.',
  '“{topicCapital} is a shared responsibility of all participating States,” said {speaker}, {role}. “No country can address it alone.”',
  '{speaker}, {role}, said: “The experience of {other} shows that results come from long-term commitment.”',
  '“The OSCE stands ready to assist {host} in implementing these reforms,” said {speaker}, {role}.',
]

export const ROLES: readonly string[] = [
  'Head of the {source}',
  'Deputy Head of the {source}',
  'Deputy Minister of Internal Affairs of {host}',
  'Deputy Minister of Foreign Affairs of {host}',
  'Ambassador of {other} to {host}',
  'Chairperson of the parliamentary committee on human rights',
  'Programme Manager at the {source}',
  'Director of the {hostAdj} Police Academy',
  'Ombudsperson of {host}',
]

export const FIRST_NAMES: readonly string[] = [
  'Anna', 'Ivan', 'Marta', 'Dmitri', 'Ewa', 'Jan', 'Aigul', 'Bakyt', 'Elena', 'Giorgi', 'Nino', 'Mehmet', 'Ayşe', 'Lars', 'Ingrid', 'Pierre',
  'Claire', 'Thomas', 'Katarina', 'Miloš', 'Jelena', 'Artur', 'Lilit', 'Rustam', 'Dilnoza', 'Sophie', 'Marco', 'Giulia', 'Olena', 'Andriy',
]

export const LAST_NAMES: readonly string[] = [
  'Petrova', 'Novak', 'Kowalski', 'Schmidt', 'Müller', 'Jovanović', 'Horvat', 'Nazarov', 'Abdullaeva', 'Beridze', 'Hovhannisyan', 'Yılmaz',
  'Lindqvist', 'Dubois', 'Rossi', 'Kovalenko', 'Sultanov', 'Karimov', 'Popescu', 'Dimitrov', 'Berisha', 'Hoxha', 'Andersen', 'O’Brien',
]

/** Titles; `{org}` is the first source's short form (`OSCE`, `ODIHR`, `OSCE Mission to Moldova`). */
export const TITLES: readonly string[] = [
  '{org} trains {audience} from {host} on {topic}',
  '{org}-supported {event} in {city} discusses {topic}',
  '{org} and {hostAdj} authorities launch project on {topic}',
  '{audienceCapital} in {city} learn about {topic} at {org} {event}',
  '{org} {event} in {city} focuses on {topic}',
  '{topicCapital} in focus at {org} {event} for {audience} in {host}',
  '{org} presents report on {topic} in {host}',
  '{org} helps {host} strengthen {topic}',
  '{audienceCapital} from {host} and {other} meet in {city} to discuss {topic}',
  '{org} delegation visits {city}, discusses {topic} with {hostAdj} officials',
]

/** Sources that match no structure: real partners the OSCE issues joint releases with. */
export const UNMATCHED_SOURCES: readonly string[] = [
  'European Union', 'Council of Europe', 'United Nations Development Programme', 'UNHCR', 'International Organization for Migration',
]

export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]
