/**
 * Places the build-time gazetteer (GeoNames cities of 1,000+ inhabitants) lacks
 * or spells differently from osce.org datelines, kept by hand. Only what the
 * gazetteer cannot give belongs here:
 * - villages and small towns of OSCE field work (under 1,000 inhabitants, or
 *   missing from GeoNames' list): Ergneti, Brnješ, Shchastia…
 * - bilingual and transliterated forms the datelines use (`PRISHTINË/PRIŠTINA`,
 *   `BRNJEŠ/BËRNJESH`, `SEVERODONETSK`), so both halves are read as one place;
 * - the shown spelling when it needs diacritics the gazetteer drops (`Priština`).
 * `name` is the spelling shown; `aliases` are other ways it is written. Names
 * and forms follow the OSCE field operations' own usage (OSCE Mission in Kosovo
 * municipal profiles, SMM to Ukraine daily reports, Incident Prevention and
 * Response Mechanism releases from Ergneti).
 */

export interface OverlayPlace {
  name: string
  /** Country id, as in countries.ts. */
  country: string
  aliases: readonly string[]
}

function places(country: string, list: readonly (readonly [string, ...string[]])[]): OverlayPlace[] {
  return list.map(([name, ...aliases]) => ({ name, country, aliases }))
}

export const PLACE_OVERLAY: readonly OverlayPlace[] = [
  // Kosovo: Serbian and Albanian forms, as the OSCE Mission in Kosovo writes them (Serbian Latin shown first).
  ...places('kosovo', [
    ['Priština', 'Prishtinë', 'Prishtina', 'Pristina', 'Prishtine'],
    ['Mitrovica', 'Mitrovicë', 'Kosovska Mitrovica', 'North Mitrovica', 'South Mitrovica', 'Mitrovica North', 'Mitrovica South'],
    ['Brnješ', 'Bërnjesh', 'Brnjes', 'Bernjesh'],
    ['Peć', 'Pejë', 'Peja', 'Pec'],
    ['Đakovica', 'Gjakovë', 'Gjakova', 'Djakovica', 'Dakovica'],
    ['Gnjilane', 'Gjilan', 'Gjilani'],
    ['Uroševac', 'Ferizaj', 'Urosevac'],
    ['Prizren', 'Prizreni'],
    ['Zvečan', 'Zveçan', 'Zvecan'],
    ['Leposavić', 'Leposaviq', 'Leposavic'],
    ['Zubin Potok'],
    ['Gračanica', 'Graçanicë', 'Gracanica'],
    ['Štrpce', 'Shtërpcë', 'Strpce'],
    ['Vučitrn', 'Vushtrri', 'Vucitrn'],
    ['Podujevo', 'Podujevë', 'Podujeva'],
    ['Lipljan', 'Lipjan'],
    ['Orahovac', 'Rahovec'],
    ['Dragaš', 'Dragash', 'Dragas'],
    ['Istok', 'Istog'],
    ['Srbica', 'Skenderaj'],
    ['Obilić', 'Obiliq', 'Obilic'],
    ['Kosovo Polje', 'Fushë Kosovë', 'Fushe Kosove'],
    ['Novo Brdo', 'Novobërdë', 'Novoberde'],
    ['Suva Reka', 'Suharekë', 'Suhareka'],
    ['Kačanik', 'Kaçanik', 'Kacanik'],
    ['Štimlje', 'Shtime', 'Stimlje'],
    ['Dečani', 'Deçan', 'Decani'],
    ['Mališevo', 'Malishevë', 'Malisevo'],
    ['Kamenica', 'Kamenicë'],
    ['Klina', 'Klinë'],
  ]),
  // Georgia: villages on the administrative boundary lines, where the Incident Prevention and Response Mechanism meets.
  ...places('georgia', [
    ['Ergneti'],
    ['Tskhinvali', 'Tskhinval'],
    ['Sukhumi', 'Sokhumi', 'Sukhum'],
    ['Gali', 'Gal'],
    ['Odzisi'],
    ['Karaleti'],
    ['Khurvaleti'],
  ]),
  // Ukraine: towns of the Special Monitoring Mission's reports, in the spellings it used over the years.
  ...places('ukraine', [
    ['Sievierodonetsk', 'Severodonetsk', 'Siverskodonetsk'],
    ['Shchastia', 'Shchastya', 'Schastye'],
    ['Stanytsia Luhanska', 'Stanytsya Luhanska', 'Stanitsa Luganskaya'],
    ['Avdiivka', 'Avdeevka', 'Avdiyivka'],
    ['Kostiantynivka', 'Konstantinovka'],
    ['Zolote', 'Zolotoe'],
    ['Shyrokyne', 'Shirokino'],
    ['Debaltseve', 'Debaltsevo'],
    ['Zaporizhzhia', 'Zaporizhzhya', 'Zaporozhye'],
    ['Uzhhorod', 'Uzhgorod'],
    ['Horlivka', 'Gorlovka'],
    ['Yasynuvata', 'Yasinovataya'],
    ['Popasna', 'Popasnaya'],
  ]),
  // Moldova: the Transdniestrian settlement process.
  ...places('moldova', [
    ['Rîbnița', 'Ribnita', 'Rybnitsa', 'Rybnytsia'],
    ['Dubăsari', 'Dubasari', 'Dubossary'],
  ]),
  ...places('united-states-of-america', [['Washington, D.C.', 'Washington D.C.', 'Washington DC', 'Washington, DC']]),
  ...places('russian-federation', [['Grozny', 'Groznyy'], ['Nalchik', "Nal'chik"]]),
]
