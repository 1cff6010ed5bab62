/**
 * Capitalised words and acronyms of news copy that are never actors or places on their own: units, time
 * zones, currency codes, holidays, and the head words of events and sites. General English usage and ISO 4217
 * codes of the most traded currencies; no entry is about one article.
 */

/** Acronyms of units, time zones, currencies and technical terms: "08:30 UTC", "US$40", "a 2 GHz chip". */
export const NON_ACTOR_ACRONYMS: ReadonlySet<string> = new Set([
  'UTC', 'GMT', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'MST', 'MDT', 'BST', 'CET', 'CEST', 'IST', 'JST',
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'INR', 'RUB', 'UAH', 'HKD', 'SGD', 'KRW',
  'GHZ', 'MHZ', 'KHZ', 'GB', 'MB', 'KB', 'TB', 'KM', 'KG', 'MPH', 'KPH', 'MW', 'GW', 'KW', 'KWH',
  'TV', 'LCD', 'LED', 'DVD', 'CD', 'PC', 'OS', 'SDK', 'API', 'CPU', 'GPS', 'VIP', 'CEO', 'CFO', 'COO', 'CTO',
  'GDP', 'AM', 'PM', 'AD', 'BC', 'ID', 'IT', 'PR', 'Q1', 'Q2', 'Q3', 'Q4', 'HIV', 'AIDS', 'DNA', 'MP', 'MPS',
  // a kind of body, not a name of one ("a pro-Dale super PAC said"; round 12)
  'PAC', 'PACS',
  // the same kind written in title case in a headline or at a sentence's start ("Super PAC spending soared"; round 15)
  'SUPER PAC', 'SUPER PACS',
]);

/** Holidays and named seasons, which are times, not places. */
export const HOLIDAYS: ReadonlySet<string> = new Set([
  'christmas', 'christmas eve', 'christmas day', 'new year', "new year's", "new year's day", "new year's eve",
  'easter', 'ramadan', 'eid', 'hanukkah', 'passover', 'thanksgiving', 'halloween', 'diwali', 'lent', 'advent',
]);

/**
 * Coined names of political processes and programmes ("Brexit", "Obamacare"), which news writes capitalised like a
 * body but which never act or locate anything. General usage of 2010s political news; id `names.process-names`.
 */
export const PROCESS_NAMES: ReadonlySet<string> = new Set(['brexit', 'grexit', 'frexit', 'obamacare', 'trumpcare', 'abenomics', 'reaganomics']);

/** Last words that make a capitalised name an event, not an actor ("Worldwide Developers Conference"). */
export const EVENT_HEAD_WORDS: ReadonlySet<string> = new Set([
  'conference', 'summit', 'expo', 'exhibition', 'show', 'festival', 'games', 'olympics', 'cup', 'championship',
  'championships', 'awards', 'forum', 'convention', 'fair', 'week', 'day', 'war', 'revolution', 'election',
  'elections', 'treaty', 'accord', 'accords', 'agreement', 'act', 'bill', 'doctrine', 'plan', 'initiative',
  'prize', 'marathon', 'tour', 'crisis', 'record',
  // set-piece statements and speeches of governments ("the Autumn Statement", "the Queen's Speech", "the State of the
  // Union Address", "the Balfour Declaration"): named occasions and documents, never places
  'statement', 'speech', 'address', 'declaration', 'communique', 'manifesto',
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
  // German partnerships limited by shares, Malaysian and Indonesian listed companies ("Merck KGaA"; round 16)
  'kgaa', 'bhd', 'tbk',
]);
