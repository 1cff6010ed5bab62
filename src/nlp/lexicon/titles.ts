/**
 * Titles and roles that stand before or beside a person's name in news English
 * ("President Angela Merkel", "presidential envoy Steve Moore", "Merkel aide Lena Varga").
 * General English usage, collected from wire-service style guides' title lists; no entry is about one person.
 */

/**
 * Portfolios of cabinet ministers and secretaries, written before "Minister" or "Secretary" as a title before a name
 * ("Energy Minister X", "Treasury Secretary X", "Labour Secretary X"). Source: the departments of the US cabinet and
 * the usual portfolios of Commonwealth and European cabinets; id titles.portfolios (round 16).
 */
const PORTFOLIOS: readonly string[] = [
  'Treasury', 'Commerce', 'Labor', 'Labour', 'Energy', 'Education', 'Transportation', 'Transport', 'Agriculture',
  'Health', 'Housing', 'Trade', 'Economy', 'Economic', 'Industry', 'Information', 'Communications', 'Culture',
  'Environment', 'Tourism', 'Fisheries', 'Immigration', 'Security', 'Planning', 'Mines', 'Mining', 'Oil', 'Petroleum',
  'Water', 'Foreign Affairs', 'Home Affairs', 'Internal Affairs', 'Veterans Affairs', 'Homeland Security', 'Business',
  'Work and Pensions', 'Northern Ireland', 'Scotland', 'Wales', 'Welfare', 'Sports', 'Sport', 'Youth', 'Women',
  'Social Affairs', 'Public Works', 'Works', 'Infrastructure', 'Telecommunications', 'Power', 'Electricity',
];

/** Capitalised titles written directly before a name. Multi-word titles are listed whole. */
export const NAME_TITLES: readonly string[] = [
  ...PORTFOLIOS.flatMap((p) => [`${p} Minister`, `${p} Secretary`]),
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Minister', 'Foreign Minister',
  'Defense Minister', 'Defence Minister', 'Interior Minister', 'Finance Minister', 'Justice Minister',
  'Secretary', 'Secretary of State', 'Secretary-General', 'Secretary General', 'Chancellor', 'Premier',
  'King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Emperor', 'Empress', 'Sheikh', 'Emir', 'Sultan', 'Shah',
  'Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Rev.', 'Reverend', 'Father', 'Ayatollah', 'Imam', 'Rabbi',
  'General', 'Gen.', 'Lieutenant General', 'Lt. Gen.', 'Major General', 'Maj. Gen.', 'Brigadier General',
  'Brig. Gen.', 'Admiral', 'Adm.', 'Vice Admiral', 'Rear Admiral', 'Colonel', 'Col.', 'Lieutenant Colonel',
  'Lt. Col.', 'Major', 'Maj.', 'Captain', 'Capt.', 'Lieutenant', 'Lt.', 'Sergeant', 'Sgt.', 'Corporal', 'Cpl.',
  'Private', 'Pvt.', 'Commander', 'Cmdr.', 'Marshal', 'Field Marshal', 'Commander-in-Chief',
  'Senator', 'Sen.', 'Representative', 'Rep.', 'Congressman', 'Congresswoman', 'Assemblyman', 'Assemblywoman',
  'Governor', 'Gov.', 'Lieutenant Governor', 'Lt. Gov.', 'Mayor', 'Deputy Mayor', 'Ambassador', 'Amb.',
  'Judge', 'Justice', 'Chief Justice', 'Attorney General', 'Prosecutor', 'Speaker', 'Chairman', 'Chairwoman',
  'Chair', 'Director', 'Director-General', 'Director General', 'Commissioner', 'Inspector', 'Detective',
  'Officer', 'Agent', 'Deputy', 'Envoy', 'Special Envoy', 'Spokesman', 'Spokeswoman', 'Spokesperson',
  'Professor', 'Prof.', 'Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Mx.', 'Sir', 'Dame',
  'Lord', 'Lady', 'Baron', 'Baroness', 'Count', 'Duke', 'Duchess', 'Chief', 'Chief Executive', 'Chief of Staff', 'Chief Executive Officer',
  'Chief Operating Officer', 'Chief Financial Officer', 'Chief Technology Officer', 'Vice-President', 'CEO', 'CFO',
  'COO', 'CTO', 'Founder', 'Co-founder', 'Leader', 'Opposition Leader', 'Supreme Leader', 'President-elect',
  'Majority Leader', 'Minority Leader', 'Majority Whip', 'Minority Whip', 'Whip', 'Press Secretary',
  'District Judge', 'Circuit Judge', 'Magistrate Judge', 'Federal Judge', 'District Attorney', 'Attorney',
  'State Attorney', 'Solicitor General', 'Inspector General', 'Surgeon General',
  'Vice President-elect', 'Coach', 'Manager', 'Pastor', 'Sister', 'Brother', 'Elder', 'Sheriff', 'Constable',
  // Ranks of navies, air forces and police services beyond the army's, as wire copy writes them before a name.
  'Commodore', 'Brigadier', 'Lieutenant Commander', 'Lt. Cmdr.', 'Vice Adm.', 'Rear Adm.', 'Staff Sergeant',
  'Staff Sgt.', 'Sergeant Major', 'Master Sergeant', 'Lance Corporal', 'First Lieutenant', 'Second Lieutenant',
  'Warrant Officer', 'Petty Officer', 'Chief Petty Officer', 'Squadron Leader', 'Wing Commander', 'Group Captain',
  'Air Marshal', 'Air Vice Marshal', 'Air Chief Marshal', 'Superintendent', 'Chief Superintendent',
  'Chief Inspector', 'Detective Inspector', 'Detective Sergeant', 'Police Commissioner',
  // Offices of Commonwealth and European cabinets.
  'Foreign Secretary', 'Home Secretary', 'Defence Secretary', 'Defense Secretary', 'Health Secretary',
  'Governor-General', 'Governor General', 'High Commissioner', 'Deputy Minister', 'State Secretary', 'Patriarch',
  'Grand Mufti',
  // Heads of the governments of states, provinces and devolved nations (India, Pakistan, Malaysia, Australia's
  // territories, Scotland and Wales), and the deputies of those offices.
  'Chief Minister', 'Deputy Chief Minister', 'First Minister', 'Deputy First Minister', 'Union Minister',
  'Chief Secretary', 'Cabinet Secretary',
  // Heads of companies and international bodies written before a name ("IMF Managing Director X").
  'Managing Director', 'Executive Director',
  // Offices of Indian, Japanese and Australian governments ("Home Minister X", "Chief Cabinet Secretary X").
  'Home Minister', 'Chief Cabinet Secretary', 'Treasurer',
  // Members of parliaments written before a name, often after a party ("Labour MP X").
  'MP', 'MEP', 'MSP', 'MLA',
  // Malaysian federal and state honours, the Thai courtesy title and the Shia honorific written before a name
  // ("Tan Sri Muhyiddin Yassin", "Datuk Seri Najib", "Khun Uttama", "Sayyed Hassan Nasrallah"); round 13.
  // The Irish head of government and deputy, and the Philippine and US supreme courts' justices ("Taoiseach Enda
  // Kenny", "Supreme Court Associate Justice X"); round 13.
  'Taoiseach', 'Tánaiste', 'Tanaiste', 'Associate Justice', 'Senior Associate Justice',
  // Offices of US counties and cities written before a name ("Cook County State's Attorney X", "Rowan County Clerk
  // X", "Los Angeles County Supervisor X"); round 13.
  "State's Attorney", 'County Attorney', 'County Clerk', 'Clerk', 'County Executive', 'Supervisor', 'County Supervisor',
  'County Commissioner', 'County Judge', 'Councilman', 'Councilwoman', 'Alderman', 'Comptroller', 'Assessor',
  'Tun', 'Tan Sri', 'Puan Sri', 'Datuk', 'Datuk Seri', 'Dato', "Dato'", 'Dato Sri', "Dato' Sri", 'Datin', 'Khun', 'Sayyed', 'Sayyid',
];

/** The titles of NAME_TITLES in lower case, as written ("chief minister", "dr."): a phrase that is a title whole. */
export const NAME_TITLES_LOWER: ReadonlySet<string> = new Set(NAME_TITLES.map((t) => t.toLowerCase()));

/** The titles of NAME_TITLES in lower case without periods ("director-general", "lt col"), whatever the spelling. */
export const TITLE_PHRASES: ReadonlySet<string> = new Set(NAME_TITLES.map((t) => t.toLowerCase().replace(/\./g, '')));

/**
 * Honours and offices written after a name in British and Commonwealth usage ("Ana Ruiz KC", "Tom Reed MP",
 * "Dame Ruth Ellery DBE"): no part of the name. Source: UK honours and post-nominal letters; id titles.post-nominals.
 */
/** Members of a party, named by a description of a politician ("the Nevada Democrat"); source: US, UK and
 * Commonwealth political reporting. */
export const PARTY_MEMBER_NOUNS: ReadonlySet<string> = new Set(['democrat', 'republican', 'conservative', 'liberal', 'socialist', 'progressive', 'independent', 'tory', 'centrist']);

export const POST_NOMINALS: ReadonlySet<string> = new Set([
  'KC', 'QC', 'SC', 'MP', 'MEP', 'MSP', 'MLA', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'GBE', 'FRS',
]);

/** Honorifics: a title that says nothing of the role, only marks the next word as a name. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'messrs']);

/**
 * Those who speak for someone else, as "X's lawyer said" speaks for X (the claims stage's spokesperson readers; moved
 * here from claim/nominal-speaker.ts in round 23 so that claim/whose-owner.ts needs no import back into it).
 */
export const SPOKESPERSON_NOUNS = /^(?:spokes(?:man|woman|person)|lawyers?|attorneys?|aides?|campaign|office|representatives?)$/;

/**
 * Role nouns written in lower case before a name, often after a possessor or adjective
 * ("Merkel aide", "defence analyst", "rights activist", "chief executive").
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'envoy', 'aide', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'analysist', 'minister',
  'secretary', 'president', 'chairman', 'chairwoman', 'chair', 'executive', 'director', 'founder', 'co-founder',
  'cofounder', 'commander', 'general', 'official', 'lawyer', 'attorney', 'activist', 'leader', 'head', 'chief',
  'deputy', 'ambassador', 'journalist', 'reporter', 'correspondent', 'editor', 'economist', 'professor',
  'researcher', 'scientist', 'expert', 'negotiator', 'diplomat', 'governor', 'mayor', 'senator', 'lawmaker',
  'legislator', 'candidate', 'premier', 'king', 'queen', 'prince', 'ceo', 'cfo', 'coo', 'cto', 'owner', 'investor',
  'coach', 'captain', 'manager', 'strategist', 'consultant', 'historian', 'author', 'writer', 'poet', 'singer',
  'actor', 'actress', 'artist', 'musician', 'cleric', 'priest', 'pastor', 'opponent', 'rival', 'critic', 'dissident',
  'blogger', 'student', 'engineer', 'pilot', 'doctor', 'surgeon', 'judge', 'prosecutor', 'officer', 'colonel',
  'commentator', 'representative', 'delegate', 'member', 'veteran', 'agent', 'detective', 'inspector', 'mediator',
  'president-elect', 'partner', 'vice-president', 'vice', 'spokesmen', 'photographer', 'producer', 'designer',
]);

/**
 * Modifiers that bound a role in time. They stay with the title ("former Prime Minister") so that a query
 * for the current holder is not misled.
 */
export const TIME_BOUNDED_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'then', 'then-', 'acting', 'outgoing', 'incoming', 'interim', 'late', 'ex', 'ex-', 'future', 'caretaker',
]);

/** What abbreviated titles stand for, so "the senator" finds "Sen. Ruth Dale" (wire-service style abbreviations). */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen.', 'senator'], ['gov.', 'governor'], ['rep.', 'representative'], ['gen.', 'general'], ['adm.', 'admiral'],
  ['col.', 'colonel'], ['capt.', 'captain'], ['sgt.', 'sergeant'], ['prof.', 'professor'], ['amb.', 'ambassador'],
  ['lt.', 'lieutenant'], ['maj.', 'major'], ['cmdr.', 'commander'], ['supt.', 'superintendent'], ['insp.', 'inspector'],
]);

/**
 * Role nouns that, after "the" and with no name following, point back to the one person holding that title
 * in the article ("the president said", "the minister added").
 */
export const TITLE_ANAPHOR_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'chancellor', 'premier', 'governor', 'mayor', 'general', 'senator', 'ambassador',
  'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'king', 'queen', 'emir', 'pope', 'chairman', 'chairwoman',
  'ceo', 'director', 'commander', 'prosecutor', 'judge', 'secretary',
]);

/**
 * Honorifics of rulers, royals and clerics that a news report puts before a given name alone when it names a person
 * again ("Sheikh Rashad" after "Sheikh Rashad bin Khalid al-Marri", "Prince Faisal" after "Crown Prince Faisal bin
 * Mansour"); several are also given names ("Prince", "Sultan"), so a tagger takes them into the name. Source: the
 * royal and religious titles of `NAME_TITLES` above; id `titles.honorifics-before-given-names` (round 19).
 */
export const HONORIFICS_BEFORE_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'Sheikh', 'Sheikha', 'Shaikh', 'Prince', 'Princess', 'Crown Prince', 'Emir', 'Sultan', 'King', 'Queen', 'Emperor',
  'Empress', 'Pope', 'Ayatollah', 'Grand Ayatollah', 'Imam', 'Mullah', 'Maulana', 'Cardinal', 'Patriarch',
]);

/**
 * Nouns only a person owns in news English, after a possessive name: the end of a life, its kin, its writings
 * ("Chivhu's death", "Hamdavi's resignation", "Mandeni's widow", "Okonkwo's funeral"). A company or a country does
 * not die, marry or resign. Source: general English usage (kinship terms and life events); id
 * `titles.personal-life-nouns` (round 19).
 */
export const PERSONAL_LIFE_NOUNS: ReadonlySet<string> = new Set([
  'death', 'passing', 'funeral', 'burial', 'grave', 'tomb', 'deathbed', 'assassination', 'resignation', 'retirement',
  'widow', 'widower', 'wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'mother', 'father', 'brother',
  'brothers', 'sister', 'sisters', 'grandson', 'granddaughter', 'nephew', 'niece', 'fiancee', 'fiancé', 'fiancée',
  'girlfriend', 'boyfriend', 'memoir', 'memoirs', 'autobiography', 'biography', 'birthday', 'bodyguard', 'bodyguards',
]);

/**
 * Words of `NAME_TITLES` that also open the names of bodies after a nationality: "the Egyptian Premier League", "the
 * Scottish Premier League", "the Indian Premier League". Source: the English names of national football and cricket
 * leagues; id `titles.title-words-opening-bodies` (round 19).
 */
export const TITLE_WORDS_OPENING_BODIES: ReadonlySet<string> = new Set(['Premier', 'Premiership']);
