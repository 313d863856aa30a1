/**
 * ISO 3166-1 alpha-2 code of each country id in countries.ts: how GeoNames
 * (and so the build-time gazetteer) names countries. Kosovo has no ISO code;
 * GeoNames uses the user-assigned `XK`. Source: ISO 3166-1 and GeoNames countryInfo.txt.
 * Build-time only (scripts/gazetteer.ts): the app never imports it.
 */
export const ISO_CODES: Readonly<Record<string, string>> = {
  // Participating States
  albania: 'AL', andorra: 'AD', armenia: 'AM', austria: 'AT', azerbaijan: 'AZ', belgium: 'BE', belarus: 'BY',
  'bosnia-and-herzegovina': 'BA', bulgaria: 'BG', canada: 'CA', croatia: 'HR', cyprus: 'CY', 'czech-republic': 'CZ',
  denmark: 'DK', estonia: 'EE', finland: 'FI', france: 'FR', georgia: 'GE', germany: 'DE', greece: 'GR', 'holy-see': 'VA',
  hungary: 'HU', iceland: 'IS', ireland: 'IE', italy: 'IT', kazakhstan: 'KZ', kyrgyzstan: 'KG', latvia: 'LV',
  liechtenstein: 'LI', lithuania: 'LT', luxembourg: 'LU', malta: 'MT', moldova: 'MD', monaco: 'MC', mongolia: 'MN',
  montenegro: 'ME', netherlands: 'NL', 'north-macedonia': 'MK', norway: 'NO', poland: 'PL', portugal: 'PT', romania: 'RO',
  'russian-federation': 'RU', 'san-marino': 'SM', serbia: 'RS', slovakia: 'SK', slovenia: 'SI', spain: 'ES', sweden: 'SE',
  switzerland: 'CH', tajikistan: 'TJ', turkiye: 'TR', turkmenistan: 'TM', ukraine: 'UA', 'united-kingdom': 'GB',
  'united-states-of-america': 'US', uzbekistan: 'UZ',
  // Asian Partners for Co-operation
  afghanistan: 'AF', australia: 'AU', japan: 'JP', 'republic-of-korea': 'KR', thailand: 'TH',
  // Mediterranean Partners for Co-operation
  algeria: 'DZ', egypt: 'EG', israel: 'IL', jordan: 'JO', morocco: 'MA', tunisia: 'TN',
  // Not a participating State; the OSCE Mission in Kosovo works there.
  kosovo: 'XK',
}
