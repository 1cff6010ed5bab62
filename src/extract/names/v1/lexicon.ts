/**
 * FROZEN: the word lists of feature version 1 of the name tagger (../README.md, "Feature versions"), copied
 * unchanged from src/nlp/lexicon/{organizations,titles,name-cues,non-actors}.ts at commit 313bc87, the state the
 * shipped model (../names-model.bin) was trained with; only the lists ./rules.ts and ../features.ts read are kept.
 * The model weighs these words, so they belong to the model, not to the rule layer: never edit them. Improve the
 * live lists in src/nlp/lexicon/ instead; a new list here is a new feature version with a retrained model.
 * General English vocabulary written for newsgraph; no list comes from an eval article.
 */
import type { PlaceKind } from '../../../schema/place.js';

/** Head words that make a capitalised name an organisation ("Defense Ministry"). */
export const ORG_HEAD_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'office', 'fund', 'bank', 'council', 'committee', 'commission', 'court',
  'party', 'coalition', 'front', 'movement', 'union', 'association', 'federation', 'institute', 'institution',
  'university', 'college', 'school', 'academy', 'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd',
  'ltd.', 'llc', 'plc', 'ag', 'gmbh', 'sa', 'nv', 'n.v.', 'co', 'co.', 'group', 'airlines', 'airline', 'airways',
  'army', 'navy', 'guard', 'police', 'service', 'services', 'forces', 'force', 'administration', 'authority',
  'board', 'bureau', 'center', 'centre', 'organization', 'organisation', 'foundation', 'network', 'news',
  'times', 'post', 'journal', 'gazette', 'tribune', 'herald', 'telegraph', 'research', 'systems', 'technologies',
  'technology', 'motors', 'holdings', 'partners', 'capital', 'securities', 'exchange', 'parliament', 'congress',
  'senate', 'assembly', 'cabinet', 'secretariat', 'alliance', 'league', 'brigade', 'brigades', 'battalion',
  'regiment', 'division', 'command', 'corps', 'tribunal', 'church', 'club', 'society', 'trust', 'industries',
  'airport authority', 'broadcasting', 'press', 'radio', 'television', 'tv', 'media', 'studios', 'records',
  'pharmaceuticals', 'energy', 'oil', 'petroleum', 'electric', 'communications', 'telecom', 'insurance',
  'enterprises', 'labs', 'laboratories', 'hospital', 'clinic', 'commission', 'directorate', 'inspectorate',
  'observatory', 'watch', 'intelligence', 'council', 'legislature', 'duma', 'knesset', 'bundestag', 'junta',
]);

/**
 * Plural or collective nouns that, with or without a demonym, denote a group actor
 * ("Ukrainian forces", "Russian troops", "analysts", "officials").
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'forces', 'troops', 'soldiers', 'military', 'army', 'police', 'officials', 'authorities', 'diplomats', 'analysts',
  'experts', 'observers', 'residents', 'witnesses', 'protesters', 'protestors', 'demonstrators', 'activists',
  'rebels', 'militants', 'insurgents', 'separatists', 'lawmakers', 'legislators', 'investigators', 'prosecutors',
  'officers', 'sources', 'critics', 'supporters', 'voters', 'journalists', 'reporters', 'leaders', 'ministers',
  'negotiators', 'doctors', 'medics', 'scientists', 'researchers', 'economists', 'traders', 'investors', 'fighters',
  'militia', 'militias', 'guards', 'citizens', 'civilians', 'opposition', 'government', 'governments', 'youth',
  'students', 'workers', 'unions', 'farmers', 'refugees', 'villagers', 'commanders', 'generals', 'spokesmen',
  'bloggers', 'environmentalists', 'scholars', 'historians', 'allies', 'partners', 'creditors', 'shareholders',
]);

/**
 * International organisations known by acronym or short name. General knowledge; these are actors everywhere.
 */
export const KNOWN_ORGANIZATIONS: Readonly<Record<string, string>> = {
  UN: 'United Nations', 'U.N.': 'United Nations', NATO: 'NATO', EU: 'European Union', 'E.U.': 'European Union',
  IAEA: 'International Atomic Energy Agency', WHO: 'World Health Organization', IMF: 'International Monetary Fund',
  OPEC: 'OPEC', OSCE: 'Organization for Security and Co-operation in Europe', ICC: 'International Criminal Court',
  ICJ: 'International Court of Justice', WTO: 'World Trade Organization', ASEAN: 'ASEAN', 'African Union': 'African Union',
  AU: 'African Union', UNICEF: 'UNICEF', UNHCR: 'UNHCR', FBI: 'FBI', CIA: 'CIA', NSA: 'NSA', KGB: 'KGB', FSB: 'FSB',
  SBU: 'SBU', GRU: 'GRU', MI6: 'MI6', MI5: 'MI5', Pentagon: 'Pentagon', Interpol: 'Interpol', Hamas: 'Hamas',
  Hezbollah: 'Hezbollah', Taliban: 'Taliban', 'al-Qaeda': 'al-Qaeda', 'Al-Qaeda': 'al-Qaeda', ISIS: 'ISIS', ISIL: 'ISIS',
  Reuters: 'Reuters', AP: 'Associated Press', AFP: 'AFP', BBC: 'BBC', CNN: 'CNN', TASS: 'TASS', Xinhua: 'Xinhua',
  Interfax: 'Interfax', 'Red Cross': 'Red Cross', 'World Bank': 'World Bank', 'Security Council': 'UN Security Council',
};

/** Capitalised titles written directly before a name. Multi-word titles are listed whole. */
export const NAME_TITLES: readonly string[] = [
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
  'Vice President-elect', 'Coach', 'Manager', 'Pastor', 'Sister', 'Brother', 'Elder', 'Sheriff', 'Constable',
];

/** Honorifics: a title that says nothing of the role, only marks the next word as a name. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'messrs']);

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

/** Particles inside personal names ("Osama bin Laden", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'di', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'del', 'dos', 'das', 'y', 'bint', 'abu']);

/** Lower-case words inside institution names ("Ministry of Defence", "Procter & Gamble"). */
export const INSTITUTION_GLUE = new Set(['of', 'for', 'and', '&', 'the', 'on']);

/** Prepositions after which a name may be a place ("in Kyiv", "towards Gaza"). */
export const LOCATIVE_PREPOSITIONS = new Set([
  'in', 'at', 'near', 'around', 'outside', 'inside', 'from', 'to', 'into', 'toward', 'towards', 'across', 'throughout',
  'within', 'through', 'via', 'across', 'over', 'past', 'beyond', 'along', 'off',
]);

/** Place-type words around a name and the kind of place they make it ("Donetsk region", "the village of X"). */
export const PLACE_TYPE_WORDS: Readonly<Record<string, PlaceKind>> = {
  region: 'region', province: 'region', oblast: 'region', district: 'region', county: 'region', state: 'region',
  governorate: 'region', prefecture: 'region', territory: 'region', valley: 'area', village: 'settlement',
  town: 'settlement', city: 'city', square: 'site', street: 'site', roundabout: 'site', junction: 'site',
  airport: 'site', base: 'site', port: 'site', harbour: 'site', harbor: 'site', bridge: 'site', plant: 'site',
  river: 'area', sea: 'area', island: 'area', islands: 'area', mountains: 'area', peninsula: 'area', strait: 'area',
  gulf: 'area', desert: 'area', coast: 'area', border: 'area', market: 'site', palace: 'site', camp: 'site',
};

/** Prepositions of position: only after these is a name no list knows read as a place. */
export const STRONG_LOCATIVES = new Set(['in', 'at', 'near', 'around', 'outside', 'inside', 'across', 'throughout', 'within', 'along', 'beyond']);

/** Nouns of what states do or have, after which a country name is the state: "U.S. proposals", "the US invasion". */
export const STATE_ACT_NOUNS = new Set([
  'proposal', 'proposals', 'plan', 'plans', 'invasion', 'offer', 'demand', 'demands', 'sanctions', 'strikes',
  'airstrikes', 'policy', 'policies', 'position', 'stance', 'decision', 'support', 'aid', 'pressure', 'veto',
  'intervention', 'occupation', 'withdrawal', 'recognition', 'response', 'threat', 'threats', 'warning',
  'claim', 'claims', 'statement', 'statements', 'denial', 'accusation', 'accusations', 'allegation', 'allegations',
]);

/** Verbs of being: "Singapore will remain the first stop" says nothing the state does. */
export const STATIVE_VERBS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'remain', 'remains', 'remained', 'become', 'becomes', 'became', 'seem', 'seems', 'seemed', 'stay', 'stays', 'stayed', 'lie', 'lies', 'lay', 'sits', 'border', 'borders']);

/** Site heads that are also surnames ("Lena Park", "Tom Bridge"): after a first name they are a person. */
export const SURNAME_LIKE_SITE_HEADS = new Set(['park', 'bridge', 'street', 'hall', 'palace', 'port', 'tower', 'market', 'mine', 'camp', 'road', 'lake', 'bay', 'island', 'temple', 'river', 'border', 'building', 'station', 'mountain']);

/** Nouns of what a company has or is, after which an unknown name is a company ("the Velmora website"). */
export const COMPANY_PART_NOUNS = new Set([
  'parent', 'subsidiary', 'unit', 'website', 'site', 'shares', 'stock', 'employees', 'staff', 'workers', 'engineers',
  'board', 'executives', 'management', 'shareholders', 'headquarters', 'factory', 'plant', 'store', 'stores',
  'customers', 'products', 'division', 'brand', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'executive',
  'ceo', 'founder', 'co-founder', 'chairman', 'president', 'officials', 'deal', 'contract', 'order', 'orders',
]);

/** Lower-case nouns written before a company's name ("planemaker Corvane", "the retailer Dunmore"). */
export const COMPANY_NOUNS_BEFORE = new Set([
  'airline', 'carrier', 'company', 'firm', 'manufacturer', 'maker', 'planemaker', 'automaker', 'carmaker',
  'chipmaker', 'retailer', 'bank', 'lender', 'insurer', 'broadcaster', 'newspaper', 'publisher', 'conglomerate',
  'giant', 'subsidiary', 'rival', 'competitor', 'startup', 'start-up', 'supplier', 'contractor', 'operator',
]);

/** Acronyms of units, time zones, currencies and technical terms: "08:30 UTC", "US$40", "a 2 GHz chip". */
export const NON_ACTOR_ACRONYMS: ReadonlySet<string> = new Set([
  'UTC', 'GMT', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'MST', 'MDT', 'BST', 'CET', 'CEST', 'IST', 'JST',
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'INR', 'RUB', 'UAH', 'HKD', 'SGD', 'KRW',
  'GHZ', 'MHZ', 'KHZ', 'GB', 'MB', 'KB', 'TB', 'KM', 'KG', 'MPH', 'KPH', 'MW', 'GW', 'KW', 'KWH',
  'TV', 'LCD', 'LED', 'DVD', 'CD', 'PC', 'OS', 'SDK', 'API', 'CPU', 'GPS', 'VIP', 'CEO', 'CFO', 'COO', 'CTO',
  'GDP', 'AM', 'PM', 'AD', 'BC', 'ID', 'IT', 'PR', 'Q1', 'Q2', 'Q3', 'Q4', 'HIV', 'AIDS', 'DNA', 'MP', 'MPS',
]);

/** Holidays and named seasons, which are times, not places. */
export const HOLIDAYS: ReadonlySet<string> = new Set([
  'christmas', 'christmas eve', 'christmas day', 'new year', "new year's", "new year's day", "new year's eve",
  'easter', 'ramadan', 'eid', 'hanukkah', 'passover', 'thanksgiving', 'halloween', 'diwali', 'lent', 'advent',
]);

/** Last words that make a capitalised name an event, not an actor ("Worldwide Developers Conference"). */
export const EVENT_HEAD_WORDS: ReadonlySet<string> = new Set([
  'conference', 'summit', 'expo', 'exhibition', 'show', 'festival', 'games', 'olympics', 'cup', 'championship',
  'championships', 'awards', 'forum', 'convention', 'fair', 'week', 'day', 'war', 'revolution', 'election',
  'elections', 'treaty', 'accord', 'accords', 'agreement', 'act', 'bill', 'doctrine', 'plan', 'initiative',
  'prize', 'marathon', 'tour', 'crisis', 'record',
]);

/** Last words that make a capitalised name a site, never an actor ("Changi International Airport"). */
export const SITE_HEAD_WORDS: ReadonlySet<string> = new Set([
  'airport', 'airbase', 'factory', 'theater', 'theatre', 'stadium', 'arena', 'square', 'roundabout', 'junction',
  'bridge', 'station', 'palace', 'plant', 'port', 'harbour', 'harbor', 'mosque', 'cathedral', 'temple', 'tower',
  'towers', 'park', 'street', 'avenue', 'road', 'boulevard', 'highway', 'dam', 'mine', 'refinery', 'prison',
  'jail', 'camp', 'checkpoint', 'crossing', 'border', 'building', 'mall', 'market', 'island', 'islands', 'river',
  'lake', 'mountain', 'mountains', 'valley', 'desert', 'peninsula', 'sea', 'ocean', 'gulf', 'bay', 'strait',
]);

/** Heads that name a site when the name stands after a locative preposition ("at the Moscone Center"). */
export const LOCATIVE_SITE_HEAD_WORDS: ReadonlySet<string> = new Set(['center', 'centre', 'hall', 'complex', 'base', 'hotel', 'hospital', 'university', 'campus']);

/** Corporate suffixes: "Apple Inc." is the company "Apple". */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'ltd', 'ltd.', 'limited', 'llc', 'plc', 'ag', 'sa', 's.a.', 'nv',
  'n.v.', 'gmbh', 'co', 'co.', 'se', 'spa', 'bv', 'ab', 'oyj', 'asa',
]);
