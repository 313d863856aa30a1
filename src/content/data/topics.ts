/**
 * Terms osce.org tags releases with ("What we do") that sit below the 23 fields
 * of the Fields of work menu, by the field they belong to. A release tagged with
 * one is filed under the topic and its field. Terms not listed here are still
 * read: they go under "Other topics" with a warning, until someone adds them here.
 *
 * Keys are field ids (slugs of the menu labels). The terms are the sub-topics
 * osce.org's field pages and newsroom filters use (e.g. osce.org/media-freedom-and-development
 * covers media laws, media pluralism and the safety of journalists;
 * osce.org/environmental-activities covers climate change, water and disaster risk reduction).
 */
export const TOPICS_BY_FIELD: Readonly<Record<string, readonly string[]>> = {
  'arms-control': ['Small arms and light weapons', 'Conventional ammunition', 'Confidence- and security-building measures', 'Mine action', 'Non-proliferation', 'Vienna Document'],
  'border-management': ['Border security', 'Customs', 'Border Management Staff College'],
  'combating-trafficking-in-human-beings': ['Labour exploitation', 'Child trafficking', 'Victims of trafficking'],
  'conflict-prevention-and-resolution': ['Mediation', 'Early warning', 'Dialogue facilitation', 'Confidence-building measures', 'Reconciliation'],
  'countering-terrorism': ['Violent extremism and radicalization that lead to terrorism', 'VERLT', 'Preventing violent extremism', 'Foreign terrorist fighters', 'Terrorist financing'],
  'cyber-ict-security': ['Cyber security', 'Cybersecurity', 'ICT security', 'Cybercrime'],
  democratization: ['Parliamentary support', 'Legislative support', 'Civil society', 'Political parties', 'Local governance'],
  'economic-activities': ['Anti-corruption', 'Anti-money laundering', 'Connectivity', 'Transport', 'Energy security', 'Digitalization', 'Labour migration governance'],
  education: ['Human rights education', 'Higher education'],
  elections: ['Election observation', 'Electoral reform', 'Election assistance'],
  'environmental-activities': ['Climate change', 'Water governance', 'Disaster risk reduction', 'Hazardous waste', 'Aarhus Centres', 'Environment and security'],
  'gender-equality': ['Women, peace and security', 'Violence against women', "Women's economic empowerment", "Women's political participation"],
  'good-governance': ['Public administration reform', 'Transparency'],
  'human-rights': ['Human rights defenders', 'Freedom of religion or belief', 'Freedom of peaceful assembly', 'Torture prevention', 'Death penalty', 'Business and human rights', 'Freedom of association'],
  'media-freedom-and-development': ['Media laws', 'Media pluralism', 'Safety of journalists', 'Access to information', 'Media freedom online', 'Media self-regulation', 'Public service media'],
  migration: ['Refugees', 'Internally displaced persons', 'Labour migration'],
  'national-minority-issues': ['Language rights', 'Minority education', 'Integration of diverse societies'],
  policing: ['Community policing', 'Police reform', 'Forensics', 'Organized crime', 'Drug trafficking'],
  'reform-and-co-operation-in-the-security-sector': ['Security sector governance and reform', 'Democratic control of armed forces', 'Code of Conduct on Politico-Military Aspects of Security'],
  'roma-and-sinti': ['Roma integration', 'Roma and Sinti action plan'],
  'rule-of-law': ['Judicial reform', 'Criminal justice', 'Trial monitoring', 'Legal reform', 'Judicial independence'],
  'tolerance-and-non-discrimination': ['Hate crime', 'Anti-Semitism', 'Intolerance against Muslims', 'Intolerance against Christians', 'Hate speech'],
  youth: ['Youth engagement', 'Youth and security'],
}
