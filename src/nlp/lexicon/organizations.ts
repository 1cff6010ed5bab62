/**
 * Head words that make a capitalised name an organisation ("Russian Direct Investment Fund",
 * "Defense Ministry", "Witness Bahrain" is not caught here and is left to context rules).
 * General English institutional vocabulary.
 */
export const ORG_HEAD_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'office', 'fund', 'bank', 'council', 'committee', 'commission', 'court',
  'party', 'coalition', 'front', 'movement', 'union', 'association', 'federation', 'institute', 'institution',
  'university', 'college', 'school', 'academy', 'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd',
  'ltd.', 'llc', 'plc', 'ag', 'gmbh', 'sa', 'nv', 'n.v.', 'co', 'co.', 'group', 'airlines', 'airline', 'airways',
  'army', 'navy', 'guard', 'police', 'service', 'services', 'forces', 'force', 'administration', 'authority',
  'board', 'bureau', 'center', 'centre', 'centers', 'centres', 'organization', 'organisation', 'foundation', 'network', 'news',
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
 * Generic nouns that point back to an organisation ("the ministry said", "the company reported"). The value is
 * the word an antecedent's name must contain, or null when any organisation of the right sort will do.
 */
export const ORG_ANAPHOR_NOUNS: ReadonlyMap<string, string | null> = new Map([
  ['ministry', 'ministry'], ['agency', 'agency'], ['department', 'department'], ['bank', 'bank'], ['fund', 'fund'],
  ['party', 'party'], ['court', 'court'], ['council', 'council'], ['committee', 'committee'], ['commission', 'commission'],
  // bodies of a state that speak in diplomatic and conflict reports ("the embassy said", "the navy said"; round 14)
  ['embassy', 'embassy'], ['consulate', 'consulate'], ['presidency', 'presidency'], ['parliament', 'parliament'],
  ['cabinet', 'cabinet'], ['legislature', 'legislature'], ['navy', 'navy'], ['junta', 'junta'],
  ['airline', null], ['carrier', null], ['company', null], ['firm', null], ['manufacturer', null], ['maker', null],
  ['group', null], ['corporation', null], ['organisation', null], ['organization', null],
  // business descriptions wire copy uses for the company of the story ("the automaker said", "the lender reported")
  ['automaker', null], ['carmaker', null], ['planemaker', null], ['drugmaker', null], ['chipmaker', null],
  ['retailer', null], ['lender', null], ['insurer', null], ['conglomerate', null], ['miner', null],
  ['supplier', null], ['broadcaster', null], ['publisher', null], ['startup', null],
  // bodies that are no business, named by what they do ("Save the Rivers said ... The charity added", "the Securities
  // Board fined ... The regulator said"; round 19, `anaphor/non-business-bodies`)
  ['charity', null], ['regulator', null], ['watchdog', null],
]);

/**
 * Nouns of ORG_ANAPHOR_NOUNS whose antecedent news names by any of several heads: "the agency" is a public body
 * named an administration, bureau, office, programme or organisation as well ("the Food and Drug Administration ...
 * the agency said", "the World Food Programme ... The agency said"); a regulator or watchdog likewise. Source: the heads of the names of public
 * agencies in English; id `anaphor/agency-heads` (round 19).
 */
const PUBLIC_BODY_HEADS = /\b(?:agency|organi[sz]ation|programme|program|office|fund|administration|bureau|service|commission|board|authority|institute|cent(?:er|re)s?|commissioner)\b/i;
export const ANAPHOR_NAME_HEADS: ReadonlyMap<string, { heads: RegExp; nearestOnly: boolean }> = new Map([
  // only the organisation named last: "the agency" fits so many bodies that an earlier one is rarely meant ("The World
  // Food Programme said ... The UN refugee agency said ... The agency added" is not the programme)
  ['agency', { heads: PUBLIC_BODY_HEADS, nearestOnly: true }],
  // a regulator or watchdog is a public body, never the company it fines, which news names after it ("The Financial
  // Conduct Authority fined Barrow Bank ... The regulator said")
  ['regulator', { heads: PUBLIC_BODY_HEADS, nearestOnly: false }], ['watchdog', { heads: PUBLIC_BODY_HEADS, nearestOnly: false }],
]);

/**
 * Generic nouns that name an organisation anaphorically when a claim's source ("the ministry said", "the company
 * reported"): those of ORG_ANAPHOR_NOUNS and the bodies of a state that speak as one.
 */
export const ORG_ANAPHORS: ReadonlySet<string> = new Set([
  ...ORG_ANAPHOR_NOUNS.keys(), 'government', 'administration', 'office', 'military', 'army', 'coalition', 'alliance',
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
  'rescuers', 'firefighters', 'paramedics', 'services', 'survivors', 'relatives', 'passengers', 'employees',
]);

/** Group nouns that denote a government rather than a group ("European governments", "Bahraini government"). */
export const GOVERNMENT_GROUP_NOUNS: ReadonlySet<string> = new Set(['government', 'governments', 'authorities', 'administration', 'regime']);

/**
 * Aid agencies, charities and rights groups of international news, and the United Nations agencies they work
 * beside, under the names and acronyms news copy uses, with the record name each stands for. Many read as a
 * person or a phrase to a tagger ("Christian Aid", "Save the Children", "Doctors Without Borders"); an acronym
 * opening a sentence is often no name to it ("UNICEF and the World Food Programme warned"). General knowledge of
 * international news; id `names.humanitarian-bodies`.
 */
export const HUMANITARIAN_BODIES: Readonly<Record<string, string>> = {
  'Doctors Without Borders': 'Doctors Without Borders', 'Médecins Sans Frontières': 'Doctors Without Borders',
  'Medecins Sans Frontieres': 'Doctors Without Borders', MSF: 'Doctors Without Borders',
  'Save the Children': 'Save the Children', 'Christian Aid': 'Christian Aid', Oxfam: 'Oxfam',
  'Amnesty International': 'Amnesty International', 'Human Rights Watch': 'Human Rights Watch',
  'International Committee of the Red Cross': 'International Committee of the Red Cross',
  ICRC: 'International Committee of the Red Cross', 'Red Crescent': 'Red Crescent',
  'CARE International': 'CARE International', 'International Rescue Committee': 'International Rescue Committee',
  'Norwegian Refugee Council': 'Norwegian Refugee Council', 'Islamic Relief': 'Islamic Relief', 'Mercy Corps': 'Mercy Corps',
  'World Vision': 'World Vision', 'Action Against Hunger': 'Action Against Hunger',
  'Catholic Relief Services': 'Catholic Relief Services', 'Reporters Without Borders': 'Reporters Without Borders',
  'Reporters Sans Frontières': 'Reporters Without Borders', 'Committee to Protect Journalists': 'Committee to Protect Journalists',
  'Transparency International': 'Transparency International', 'Physicians for Human Rights': 'Physicians for Human Rights',
  'Refugees International': 'Refugees International', 'Handicap International': 'Handicap International',
  'World Food Programme': 'World Food Programme', 'World Food Program': 'World Food Programme', WFP: 'World Food Programme',
  UNICEF: 'UNICEF', UNHCR: 'UNHCR', UNDP: 'UNDP', UNFPA: 'UNFPA', UNESCO: 'UNESCO', UNRWA: 'UNRWA', UNAIDS: 'UNAIDS', OCHA: 'OCHA', OHCHR: 'OHCHR',
  'Food and Agriculture Organization': 'Food and Agriculture Organization', FAO: 'Food and Agriculture Organization',
  'International Organization for Migration': 'International Organization for Migration', IOM: 'International Organization for Migration',
};

/**
 * Forums of states known by a number ("the G20", "the Group of Seven", "G-7 leaders"), which a tagger drops for the
 * digits or reads as a phrase; with the record name each stands for. General knowledge of diplomatic news; id
 * `names.forum-groupings`.
 */
export const FORUM_GROUPINGS: Readonly<Record<string, string>> = {
  G7: 'G7', 'G-7': 'G7', 'Group of Seven': 'G7', 'Group of 7': 'G7',
  G8: 'G8', 'G-8': 'G8', 'Group of Eight': 'G8', 'Group of 8': 'G8',
  G20: 'G20', 'G-20': 'G20', 'Group of 20': 'G20', 'Group of Twenty': 'G20',
  G77: 'Group of 77', 'G-77': 'Group of 77', 'Group of 77': 'Group of 77',
  BRICS: 'BRICS',
};

/**
 * News organisations that reports cite as sources under names a tagger misses: names made of "The" and a common
 * word ("The Guardian", "The Economist") and foreign titles and agencies ("Al Jazeera", "Der Spiegel", "Yonhap").
 * Ambiguous ones ("The Times", "The Independent", "The Hill", "The Atlantic", "Bloomberg", also a person) are left
 * out. General knowledge of news sourcing; id `names.news-outlets`.
 */
export const NEWS_OUTLETS: Readonly<Record<string, string>> = {
  'The Guardian': 'The Guardian', 'The Economist': 'The Economist', 'The Telegraph': 'The Telegraph',
  'The Daily Telegraph': 'The Daily Telegraph', 'The Observer': 'The Observer', 'The Hindu': 'The Hindu',
  'Al Jazeera': 'Al Jazeera', 'Al Arabiya': 'Al Arabiya', 'Der Spiegel': 'Der Spiegel',
  'Le Monde': 'Le Monde', 'Le Figaro': 'Le Figaro', 'El País': 'El País', 'Haaretz': 'Haaretz', 'Yonhap': 'Yonhap',
  'Kyodo': 'Kyodo', 'Politico': 'Politico', 'Axios': 'Axios',
};

/**
 * International organisations known by acronym or short name. General knowledge; these are actors everywhere.
 */
export const KNOWN_ORGANIZATIONS: Readonly<Record<string, string>> = {
  ...HUMANITARIAN_BODIES,
  ...FORUM_GROUPINGS,
  ...NEWS_OUTLETS,
  UN: 'United Nations', 'U.N.': 'United Nations', NATO: 'NATO', EU: 'European Union', 'E.U.': 'European Union',
  IAEA: 'International Atomic Energy Agency', WHO: 'World Health Organization', IMF: 'International Monetary Fund',
  OPEC: 'OPEC', OSCE: 'Organization for Security and Co-operation in Europe', ICC: 'International Criminal Court',
  ICJ: 'International Court of Justice', WTO: 'World Trade Organization', ASEAN: 'ASEAN', 'African Union': 'African Union',
  AU: 'African Union', FBI: 'FBI', CIA: 'CIA', NSA: 'NSA', KGB: 'KGB', FSB: 'FSB',
  SBU: 'SBU', GRU: 'GRU', MI6: 'MI6', MI5: 'MI5', Pentagon: 'Pentagon', Interpol: 'Interpol', Hamas: 'Hamas',
  Hezbollah: 'Hezbollah', Taliban: 'Taliban', 'al-Qaeda': 'al-Qaeda', 'Al-Qaeda': 'al-Qaeda', ISIS: 'ISIS', ISIL: 'ISIS',
  Reuters: 'Reuters', AP: 'Associated Press', AFP: 'AFP', BBC: 'BBC', CNN: 'CNN', TASS: 'TASS', Xinhua: 'Xinhua',
  Interfax: 'Interfax', 'Red Cross': 'Red Cross', 'World Bank': 'World Bank', 'Security Council': 'UN Security Council',
};

/** Adjectives of regions and blocs that form group actors like a demonym does ("European governments"). */
export const REGIONAL_ADJECTIVES = new Set([
  'european', 'african', 'asian', 'western', 'arab', 'gulf', 'nordic', 'baltic', 'latin', 'middle', 'eastern',
  'international', 'foreign', 'local', 'federal', 'regional', 'state', 'security', 'government', 'opposition',
  'military', 'senior', 'top', 'allied', 'coalition', 'rebel', 'police', 'western-backed', 'pro-democracy',
]);

/**
 * Head words of public institutions, never "the company" or "the firm" of a story ("The Environmental Protection
 * Agency fined Bayfield Chemical. The company denied any wrongdoing." is Bayfield's denial). Source: English
 * institutional vocabulary; id `speaker/institution-not-company`.
 */
const INSTITUTION_WORDS = /\b(?:agency|department|ministry|commission|committee|council|court|tribunal|bureau|authority|administration|parliament|senate|congress|assembly|government|police|army|navy|union|workers)\b/i;

/**
 * "said Joe Reyes, an analyst at Norvale Consulting": the text before an organisation named as the employer of a
 * commentator; such an organisation is not "the company" of the story. Source: the staff nouns of business wire
 * quotes; id `speaker/commentator-employer`.
 */
export const COMMENTATOR_EMPLOYER = /\b(?:analysts?|economists?|strategists?|consultants?|professors?|researchers?|fellows?|traders?|portfolio managers?)\s+(?:at|with|for|from)\s+(?:the\s+)?$/i;
/**
 * "according to Thomson Reuters data", "FactSet estimates showed": the text after an organisation named as the provider
 * of figures; no "the company" of the story either. Id: `speaker/data-provider` (round 16).
 */
export const DATA_PROVIDER_AFTER = /^\s+(?:data|figures|estimates|statistics|calculations|consensus|tallies|compilations)\b/i;

/**
 * "Goldman Sachs analyst Tom Reyes said", "Jefferies analysts wrote", "Nomura chief economist Ana Lee": the text after an
 * organisation named as a commentator's employer before the staff noun; no "the company" of the story either.
 * Id: `speaker/commentator-employer-before` (round 16).
 */
export const COMMENTATOR_EMPLOYER_AFTER = /^['’]?s?\s+(?:(?:chief|senior|lead|head|managing|equity|credit|market|markets|industry|sector|oil|auto|bank|banking|retail|airline|energy|research|global)\s+){0,2}(?:analysts?|economists?|strategists?)\b/i;

/** Business nouns a public institution is never called ("the company", "the automaker"). */
export function companyNoun(noun: string): boolean {
  return ORG_ANAPHOR_NOUNS.has(noun) && ORG_ANAPHOR_NOUNS.get(noun) === null && !/^(?:group|organisation|organization|broadcaster|publisher|charity|regulator|watchdog)$/.test(noun);
}

/** Whether an organisation's name is headed like a public institution ("Environmental Protection Agency"). */
export function institutionName(name: string): boolean {
  return INSTITUTION_WORDS.test(name) || INTERGOVERNMENTAL.has(name);
}

/**
 * Bodies of states among the known organisations: never "the company" of a story ("European Union leaders agreed
 * ... The company said" is no claim of the union). The news agencies and the World Bank stay out.
 */
const INTERGOVERNMENTAL: ReadonlySet<string> = new Set([
  'United Nations', 'NATO', 'European Union', 'African Union', 'ASEAN', 'OPEC', 'International Atomic Energy Agency',
  'World Health Organization', 'International Monetary Fund', 'Organization for Security and Co-operation in Europe',
  'International Criminal Court', 'International Court of Justice', 'World Trade Organization', 'UNICEF', 'UNHCR',
  'Interpol', 'UN Security Council', 'Pentagon', 'FBI', 'CIA', 'NSA', 'KGB', 'FSB', 'SBU', 'GRU', 'MI6', 'MI5',
]);

/**
 * Industries that end company names ("Tarkel Shipping", "Osric Mining"). Source: common English industry nouns of
 * company names; words that are also frequent surnames ("Steel", "Power", "Paper") are left out. Id names.industry-heads.
 */
export const INDUSTRY_HEADS: ReadonlySet<string> = new Set([
  'shipping', 'mining', 'logistics', 'aerospace', 'minerals', 'metals', 'chemicals', 'software', 'solutions',
  'ventures', 'investments', 'realty', 'publishing', 'therapeutics', 'biotech', 'brewing', 'brewery',
  'construction', 'engineering', 'textiles', 'automotive', 'pharma', 'utilities', 'semiconductor', 'semiconductors',
  'electronics', 'railways', 'shipyards', 'beverages', 'hotels', 'resorts', 'apparel', 'foods',
]);

/**
 * Industries that end company names of the space and arms trades ("Alenia Space", "Airbus Defence and Space",
 * "Safran Aircraft Engines"), read only where the tagger proposed the name: "Space" and "Defence" alone also end
 * headings and sections ("New Scientist Space"), which the rule layer would take for companies. Id
 * names.industry-heads-proposed.
 */
export const PROPOSED_INDUSTRY_HEADS: ReadonlySet<string> = new Set([...INDUSTRY_HEADS, 'space', 'defence', 'defense', 'aircraft', 'engines']);

/**
 * Head words that end a firm's name after another name ("Bain Capital", "Elliott Management", "Vista Equity
 * Partners", "AK Holdings"): a name ending in one is a company, not a person, and not a place unless the gazetteer
 * knows it. Written with their capital, as names end. Source: the names of investment and holding firms in
 * business wire copy, and of Irish and British stockbroking firms ("Davy Stockbrokers"; round 13); id names.firm-heads.
 */
export const FIRM_HEADS: ReadonlySet<string> = new Set([
  'Capital', 'Management', 'Partners', 'Holdings', 'Investments', 'Ventures', 'Advisors', 'Advisers', 'Associates',
  'Bancorp', 'Group', 'Stockbrokers', 'Brokers', 'Platforms',
]);

/**
 * Words that open a company's name before one more word and its legal form ("General Electric Co", "Western Digital
 * Corp", "Southern Co", "United Parcel Service Inc"), which the tagger and the rule layer cut off as a title or a
 * compass point. Source: company names of the large US and European listings; id names.company-openers.
 */
export const COMPANY_NAME_OPENERS: ReadonlySet<string> = new Set([
  'General', 'Western', 'Eastern', 'Northern', 'Southern', 'Central', 'Pacific', 'Atlantic', 'United', 'American',
  'National', 'Royal', 'First', 'Standard', 'Continental', 'International', 'Global', 'Universal', 'Consolidated',
]);

/**
 * Adjectives of public institutions that open a body's name and never a person's ("the National Registry", "the
 * Federal Tribunal", "the Constitutional Court"). Source: English names of state institutions in wire copy; id
 * names.institution-openers.
 */
export const INSTITUTION_OPENERS: ReadonlySet<string> = new Set([
  'National', 'Federal', 'Central', 'Supreme', 'Constitutional', 'Electoral', 'International', 'Presidential', 'Royal',
]);

/**
 * Words in other languages that open the name of a bank, company, party or institute and never a person's
 * ("Banco Santander", "Deutsche Lufthansa", "Groupe Renault", "Partido Popular"): the tagger reads such a name as
 * a person when its other word is a given name or a surname. Source: the names of banks, companies and parties
 * of Spain, Portugal, Latin America, France, Italy and Germany in wire copy; id `names/foreign-body-openers`.
 */
export const FOREIGN_BODY_OPENERS: ReadonlySet<string> = new Set([
  'Banco', 'Banca', 'Banque', 'Bankhaus', 'Caixa', 'Caisse', 'Compagnie', 'Compañía', 'Companhia', 'Grupo', 'Groupe',
  'Gruppo', 'Deutsche', 'Société', 'Societe', 'Instituto', 'Institut', 'Istituto', 'Partido', 'Partito', 'Parti',
  'Frente', 'Movimiento', 'Movimento', 'Fundación', 'Fundação', 'Fondation', 'Fondazione', 'Stiftung', 'Editora',
  // parties of Italy, Catalonia, Spain, Romania, the Netherlands, Germany and the former Yugoslav and Czechoslovak
  // states ("Lega Nord", "Fratelli d'Italia", "Junts per Catalunya", "Unidas Podemos", "Partidul Social Democrat",
  // "Partij van de Arbeid", "Stranka Demokratske Akcije"); round 18
  'Lega', 'Fratelli', 'Junts', 'Unidas', 'Unidos', 'Partidul', 'Partij', 'Partei', 'Stranka', 'Strana',
]);

/**
 * Words written before a city's name in a football club's name ("Real Madrid", "Atletico Madrid", "Inter Milan",
 * "AC Milan", "FC Porto", "Borussia Dortmund"). Source: the names of clubs of the main European leagues; id
 * names.club-prefixes.
 */
export const CLUB_NAME_PREFIXES: ReadonlySet<string> = new Set([
  'Real', 'Atletico', 'Atlético', 'Athletic', 'Sporting', 'Racing', 'Inter', 'AC', 'AS', 'FC', 'SC', 'Olympique',
  'Borussia', 'Dynamo', 'Dinamo', 'Spartak', 'Lokomotiv', 'CSKA', 'Deportivo', 'Olympiacos', 'Hertha',
]);

/**
 * Codes of stock exchanges written before a ticker in brackets ("(NYSE: DIS)", "(Nasdaq: AAPL)", "(LSE: BARC)").
 * Source: the exchanges' own abbreviations as press releases and wire copy write them; id names.exchange-codes.
 */
export const STOCK_EXCHANGE_CODES: ReadonlySet<string> = new Set([
  'NYSE', 'Nasdaq', 'NASDAQ', 'AMEX', 'NYSEArca', 'LSE', 'TSX', 'TSXV', 'ASX', 'HKEX', 'HKSE', 'SGX', 'TSE', 'BSE',
  'NSE', 'OTC', 'OTCQX', 'OTCQB', 'Euronext', 'SIX', 'JSE', 'KRX', 'SSE', 'SZSE', 'TYO', 'FRA', 'ETR', 'EPA', 'LON',
]);

/**
 * Parties of parliamentary democracies that news copy names by their members in the plural ("the Liberals", "the
 * Greens", "the Tories") or by one word ("Labor", "Labour"). The US "Democrats"/"Republicans" are left out: American
 * copy uses them for members of a chamber or a state ("Senate Republicans"), a group, not the party. Source: party
 * names of the Westminster and European parliaments in English news; id `names.parties-named-by-members`
 * (NOTES.md, issue 12, round 12).
 */
export const PARTIES_NAMED_BY_MEMBERS: ReadonlySet<string> = new Set([
  'Liberals', 'Greens', 'Conservatives', 'Tories', 'Nationals', 'Socialists', 'Social Democrats', 'Liberal Democrats',
  'Lib Dems', 'Christian Democrats', 'Free Democrats', 'Communists', 'Nationalists', 'Unionists', 'Progressives',
  'Progressive Conservatives', 'New Democrats', 'Social Liberals', 'Left Greens', 'Sweden Democrats', 'Finns',
]);

/**
 * Common nouns of a public service's domain that open an agency's name before its country or province ("Elections
 * Ontario", "Statistics Canada", "Health Canada", "Statistics Norway"): the name is the agency, not a person or the
 * place. Source: the applied titles of Canada's federal institutions and the English names of national statistics
 * offices; id `names.domain-agency-openers` (NOTES.md, issue 12, round 12).
 */
export const DOMAIN_AGENCY_OPENERS: ReadonlySet<string> = new Set([
  'Statistics', 'Elections', 'Health', 'Transport', 'Environment', 'Parks', 'Fisheries', 'Agriculture', 'Finance',
  'Justice', 'Immigration', 'Employment', 'Industry', 'Infrastructure', 'Housing', 'Energy', 'Revenue', 'Customs',
]);

/** One-word party names that are also common nouns, a party when written with a capital ("Labor trails"). Same source. */
export const ONE_WORD_PARTIES: ReadonlySet<string> = new Set(['Labor', 'Labour']);

/**
 * Nouns of a party's member written before a person's full name in US and British copy ("Republican Tom Harlan",
 * "Democrat Jason Kander", "Liberal Democrat Tim Farron"): they say who the person sides with and are no part of
 * the name. (titles.ts `PARTY_MEMBER_NOUNS` holds the lower-case nouns for appositions; these are the capitalised
 * forms, with the two-word ones.) Source: the party labels of US ballot and wire copy (Democrat, Republican, Independent, Libertarian,
 * Green Party's "Green" left out: a surname) and the British parties' member nouns; id `names.party-member-nouns`
 * (NOTES.md, issue 12, round 14).
 */
export const PARTY_MEMBERS_BEFORE_NAMES: ReadonlySet<string> = new Set([
  'Republican', 'Democrat', 'Independent', 'Libertarian', 'Tory', 'Conservative', 'Socialist', 'Communist',
  'Liberal Democrat', 'Lib Dem', 'Social Democrat', 'Christian Democrat', 'Free Democrat',
]);

/**
 * Nouns after which a name is a means of transport, never an actor: "a survey ship, the Kemal Reis", "aboard the
 * tanker Sea Falcon". "carrier" is left out (an airline is one). Source: English vessel nouns; id
 * `names.vessel-nouns` (NOTES.md, issue 12, round 12).
 */
export const VESSEL_NOUNS: ReadonlySet<string> = new Set([
  'ship', 'vessel', 'tanker', 'frigate', 'destroyer', 'freighter', 'submarine', 'yacht', 'ferry', 'boat', 'trawler',
  'icebreaker', 'cruiser', 'corvette', 'warship', 'supertanker', 'barge', 'schooner', 'liner',
  // (round 19: "the bulk carrier True Confidence"; plain "carrier" stays out)
  'bulk carrier', 'aircraft carrier', 'gas carrier', 'car carrier', 'gunboat', 'dhow', 'tugboat',
]);

/**
 * Nouns of news agencies and outlets after which a name is the agency ("the news agency Agence Velmar-Presse", "the
 * state broadcaster Radio Ardenia"). Same source as NEWS_OUTLETS; id `names.outlet-nouns`.
 */
export const OUTLET_NOUNS = /\b(?:(?:news|press|wire|state) (?:agency|service)|broadcaster|newspaper|daily|weekly|tabloid|news channel|news website|wire service)\s*,?\s+$/;

/**
 * Nouns of makers before "of" whose objects are brands and products, never persons ("the maker of Jeep and Fiat
 * cars", "makers of Kestrel beer"). Source: English business nouns; id `names.maker-nouns`.
 */
export const MAKER_OF = /\b(?:maker|makers|manufacturer|manufacturers|producer|producers|brewer|brewers|owner of the brands?|brands?)\s+(?:of|such as|including)\s+(?:the\s+)?$/;

/**
 * Arabic words that open the names of armed and political groups: army (Jaish), brigades (Kataib, Kata'ib), brigade
 * (Liwa), companies (Saraya), corps (Faylaq), front (Jabhat), movement (Harakat), party (Hizb), leagues (Asaib),
 * soldiers (Jund), organisation (Tanzim), forces (Quwat). A name opened by one is a body ("Jaish al-Islam", "Kataib
 * Hezbollah", "Harakat Nour al-Din al-Zenki"). Written as English-language news transliterates them, without the
 * apostrophe. Source: the transliterated names of Syrian, Iraqi, Lebanese and Yemeni groups in wire copy; id
 * `names.armed-group-openers` (NOTES.md, issue 12, round 13).
 */
export const ARMED_GROUP_OPENERS: ReadonlySet<string> = new Set([
  'Jaish', 'Jaysh', 'Kataib', 'Kataeb', 'Liwa', 'Saraya', 'Faylaq', 'Jabhat', 'Harakat', 'Hizb', 'Asaib', 'Jund',
  'Tanzim', 'Quwat',
]);

/**
 * Arabic words that open group names but are also given names or words of other names: free men (Ahrar), supporters
 * (Ansar), organisation (Hayat, Hay'at), group (Jamaat, Jama'at), council (Majlis). A body only before a word with the
 * Arabic article ("Ahrar al-Sham", "Ansar al-Sharia", "Hayat Tahrir al-Sham"). Same source; id
 * `names.armed-group-openers-before-article`.
 */
export const ARMED_GROUP_OPENERS_BEFORE_ARTICLE: ReadonlySet<string> = new Set(['Ahrar', 'Ansar', 'Hayat', 'Jamaat', 'Majlis']);

/**
 * Lower-case nouns of an armed group's members written after its name ("Boko Haram fighters", "Islamic State
 * militants", "Kataib Hezbollah gunmen"): the name before one is the group. Not "supporters" or "members" (persons
 * have both: "Kessel supporters"). Source: English news usage; id `names.armed-member-nouns` (NOTES.md, issue 12,
 * round 13).
 */
export const ARMED_MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'fighters', 'militants', 'insurgents', 'jihadists', 'gunmen', 'guerrillas', 'guerillas', 'militiamen',
  // (round 19: "Wagner mercenaries withdrew")
  'mercenaries',
]);

/**
 * Parties of national parliaments whose names are no English words and that news copy names alone, as it names
 * "Labour" ("Fianna Fáil leader X", "Sinn Féin called for", "Golkar led the push", "Fidesz won"): a name that is one
 * of these is a party, whatever person or place the tagger read. Source: the parties holding seats in national
 * parliaments of the 2010s, as English-language wire copy spells them; id `names.parties-by-name` (NOTES.md, issue
 * 12, round 13).
 */
export const PARTIES_BY_NAME: ReadonlySet<string> = new Set([
  'Fianna Fáil', 'Fianna Fail', 'Fine Gael', 'Sinn Féin', 'Sinn Fein', 'Golkar', 'Gerindra', 'Nasdem', 'Fidesz', 'Jobbik',
  'Likud', 'Shas', 'Meretz', 'Kadima', 'Fatah', 'Syriza', 'Podemos', 'Ciudadanos', 'Morena', 'Frelimo', 'Renamo',
  'Swapo', 'Inkatha', 'Kuomintang', 'Komeito', 'Fretilin', 'Pheu Thai', 'Palang Pracharath', 'Bhumjaithai',
  'Barisan Nasional', 'Pakatan Harapan', 'Awami League', 'Forza Italia', 'Lega', 'Vox', 'Chega', 'Ennahda', 'Nidaa Tounes',
]);

/**
 * Armed groups whose names are no English words and that conflict copy names alone, as it names a party ("Islamic
 * State claimed the attack", "Al-Shabaab stormed a hotel", "Daesh fighters"): a name that is one of these is a body,
 * whatever person or place the tagger read. Source: the groups of the US State Department's list of foreign
 * terrorist organisations and the UN Security Council's sanctions lists that English-language wire copy of the 2000s
 * and 2010s names most, as it spells them; id `names.armed-groups-by-name` (NOTES.md, issue 12, round 14).
 */
/**
 * A coined word ending in "bank", as German, Dutch, Nordic, Russian and Turkish banks write their names ("Sberbank",
 * "Commerzbank", "Rabobank", "Denizbank", "HypoVereinsbank"): a bank. Id `names.glued-bank-names` (round 14).
 */
export const GLUED_BANK_NAME = /^\p{Lu}[\p{L}\p{M}]{2,}(?:bank|banken|Bank)$/u;

export const ARMED_GROUPS_BY_NAME: ReadonlySet<string> = new Set([
  'Islamic State', 'ISIS', 'ISIL', 'Daesh', 'al-Qaeda', 'Al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qaida', 'Al-Qaida',
  'al-Shabaab', 'Al-Shabaab', 'al-Shabab', 'Al-Shabab', 'Al Shabaab', 'Boko Haram', 'Taliban', 'Hezbollah', 'Hizbollah',
  'Hamas', 'al-Nusra Front', 'Nusra Front', 'Jabhat al-Nusra', 'Hayat Tahrir al-Sham', 'Ansar Dine',
  'Ansar al-Sharia', 'Lashkar-e-Taiba', 'Jaish-e-Mohammed', 'Tehrik-e-Taliban', 'Janjaweed', 'Seleka', 'Anti-Balaka',
  'M23', 'ISWAP', 'AQIM', 'AQAP', 'FARC', 'ELN', 'PKK', 'YPG', 'Ansarallah',
]);

/**
 * Banks, brokerages and rating agencies named after their founders, which business copy names alone as it names a
 * company ("Morgan Stanley advised the buyer", "Charles Schwab said it would buy", "Bear Stearns was sold"): the
 * tagger reads most of them as persons. A name that is one of these, written with no title before it, is a firm.
 * Source: the US and UK investment banks, brokerages and rating agencies named after founders that English business
 * wire copy of the 1980s-2010s names most; id `names.firms-named-after-founders` (NOTES.md, issue 12, round 15).
 */
export const FIRMS_NAMED_AFTER_FOUNDERS: ReadonlySet<string> = new Set([
  'Morgan Stanley', 'Charles Schwab', 'Raymond James', 'Edward Jones', 'Goldman Sachs', 'Merrill Lynch', 'Lehman Brothers',
  'Bear Stearns', 'Drexel Burnham Lambert', 'Drexel Burnham', 'Salomon Brothers', 'Kidder Peabody', 'Dean Witter',
  'Smith Barney', 'Paine Webber', 'PaineWebber', 'Shearson Lehman', 'Shearson Lehman Hutton', 'Shearson Lehman Brothers',
  'Morgan Grenfell', 'Brown Brothers Harriman', 'Piper Jaffray', 'Stifel Nicolaus', 'Sanford Bernstein', 'Keefe Bruyette',
  'Charles Stanley', 'Lazard', 'Jefferies', 'Wells Fargo', 'Prudential Bache', 'Dillon Read', 'Thomson McKinnon',
]);

/**
 * Modifiers of "Democrats" that name a party of that name, not a group of US Democrats ("Sweden's Social Democrats
 * won", "the Christian Democrats lost seats", "the Free Democrats joined", "the Liberal Democrats"): Source: the
 * European parties named by their members in English copy (Germany's SPD, CDU and FDP, Sweden's, Denmark's and
 * Finland's Social Democrats, the Sweden Democrats, the UK's Liberal Democrats); id `names.parties-of-democrats`
 * (NOTES.md, issue 12, round 15). "Senate Democrats", "Ohio Democrats" are groups and stay out.
 */
export const PARTY_MODIFIERS_OF_DEMOCRATS: ReadonlySet<string> = new Set(['Social', 'Christian', 'Free', 'Liberal', 'Sweden', 'Swiss', 'Slovenian']);

/**
 * Spanish and Portuguese words of an industry that open or close a company's name ("Pampa Energia", "Minera
 * Escondida", "Petroleos Mexicanos", "Aerolineas Argentinas", "Cementos Argos"): no person's name holds one. Round 14's
 * `names/foreign-body-openers` holds the words of a body's kind ("Banco", "Grupo", "Compagnie"); these are the
 * industries. Source: the names of Latin American and Iberian listed companies as English wire copy writes them,
 * with and without accents; id `names.iberian-industry-words` (NOTES.md, issue 12, round 15).
 */
export const IBERIAN_INDUSTRY_WORDS: ReadonlySet<string> = new Set([
  'energia', 'energía', 'minera', 'mineira', 'mineração', 'mineracao', 'petroleos', 'petróleos', 'petroleo', 'petróleo',
  'cementos', 'cimentos', 'aerolineas', 'aerolíneas', 'financiera', 'financiero', 'seguros', 'inversiones', 'alimentos',
  'telecomunicaciones', 'telecomunicações', 'transportes', 'construcciones', 'siderurgica', 'siderúrgica', 'quimica',
  'química', 'industrias', 'laboratorios', 'cerveceria', 'cervecería', 'cervejaria', 'eletrica', 'elétrica', 'electrica',
  'eléctrica', 'ferrocarriles', 'navieras', 'naviera', 'aceros', 'papeles', 'farmaceutica', 'farmacéutica',
  // builders, property, distribution and bottling firms ("Constructora Belmonte", "Inmobiliaria Vera"; round 22)
  'constructora', 'construtora', 'inmobiliaria', 'imobiliaria', 'imobiliária', 'distribuidora', 'comercializadora',
  'transportadora', 'embotelladora', 'engarrafadora', 'pesquera', 'pesqueira', 'hoteles', 'hotéis', 'textiles',
]);

/**
 * Nouns of an armed, political or protest group that copy follows with the group's name after "known as", "calling
 * itself" or "called" ("the militia known as Fano", "a group calling itself the Freedom Brigade", "protesters known
 * as the Red Shirts"): the name so introduced is the group's, a body, whatever place or nothing the tagger read.
 * Source: the group nouns of English conflict and protest reporting (AP, Reuters, Wikinews); id
 * `names.group-nouns-before-their-names` (NOTES.md, issue 12, round 15 second wave).
 */
export const GROUP_NOUNS_BEFORE_NAMES: ReadonlySet<string> = new Set([
  'group', 'groups', 'militia', 'militias', 'faction', 'factions', 'movement', 'rebels', 'rebel group', 'fighters', 'militants',
  'insurgents', 'protesters', 'demonstrators', 'activists', 'gang', 'gangs', 'cartel', 'network', 'organisation', 'organization',
  'outfit', 'cell', 'unit', 'brigade', 'battalion', 'coalition', 'alliance', 'party', 'sect', 'cult', 'band', 'wing', 'offshoot',
  'splinter group', 'force', 'forces', 'army', 'vigilantes', 'paramilitaries', 'guerrillas', 'front', 'collective', 'campaign',
]);

/**
 * What a company does to its own figures in business copy ("Westpac raised mortgage rates", "Nokia and Ericsson
 * said they would cut jobs", "Danone lowered its forecast", "Carrefour posted a loss"): a verb of
 * BUSINESS_ACT_VERBS and, within two modifiers, an object of BUSINESS_ACT_OBJECTS. A one-word name opening the
 * clause that acts so is a company. Source: the headline verbs and objects of English business wire copy (Reuters,
 * AP, Wikinews business); id `names.business-acts` (NOTES.md, issue 12, round 15 second wave).
 */
export const BUSINESS_ACT_VERBS: ReadonlySet<string> = new Set([
  'raised', 'raise', 'raises', 'cut', 'cuts', 'lowered', 'lower', 'lowers', 'hiked', 'trimmed', 'slashed', 'lifted', 'boosted',
  'reported', 'reports', 'posted', 'posts', 'booked', 'shed', 'sheds', 'axed', 'scrapped', 'suspended', 'reinstated',
]);
export const BUSINESS_ACT_OBJECTS: ReadonlySet<string> = new Set([
  'rates', 'rate', 'prices', 'fares', 'tariffs', 'forecast', 'forecasts', 'guidance', 'outlook', 'dividend', 'dividends',
  'profit', 'profits', 'loss', 'losses', 'earnings', 'revenue', 'revenues', 'sales', 'jobs', 'output', 'production',
]);

/**
 * Verbs of a takeover in business copy ("Pfizer agreed to buy Hospira", "Sanofi will acquire Bioverativ", "Dow
 * merged with DuPont", "the takeover of Tesco"): a one-word name that makes or is the object of such a deal is a
 * company, whatever the tagger read (a town, a person or nothing). "take over" is left out: armies take over towns.
 * Source: the deal verbs of English business wire headlines (Reuters, AP, Wikinews business); id
 * `names.takeover-acts` (NOTES.md, issue 12, round 17).
 */
export const TAKEOVER_VERBS: ReadonlySet<string> = new Set([
  'buy', 'buys', 'bought', 'buying', 'acquire', 'acquires', 'acquired', 'acquiring', 'merge with', 'merges with', 'merged with',
  'merging with', 'bid for', 'bids for', 'swallow', 'snap up', 'snapped up', 'snaps up',
]);
/**
 * What a company says it will do to its own plants, staff and products ("said it would close two plants", "said it
 * will recall 300,000 cars", "said it had hired advisers"), beside BUSINESS_ACT_VERBS and TAKEOVER_VERBS. Source: the
 * verbs of company announcements in English business wire copy; id `names.business-self-acts` (NOTES.md, issue 12,
 * round 17).
 */
export const BUSINESS_SELF_ACTS: ReadonlySet<string> = new Set([
  'close', 'closed', 'sell', 'sold', 'recall', 'recalled', 'invest', 'invested', 'hire', 'hired', 'lay', 'laid', 'list', 'listed',
  'delist', 'spin', 'merge', 'restate', 'restated', 'shut', 'relocate', 'relocated', 'divest', 'divested', 'issue', 'issued',
  'appeal', 'comply', 'cooperate', 'contest',
]);
/** Nouns of a takeover before "of" and its object ("the purchase of Hospira", "its takeover of Monsanto"); same source and id. */
export const TAKEOVER_NOUNS: ReadonlySet<string> = new Set(['takeover', 'acquisition', 'purchase', 'buyout', 'merger with', 'bid for', 'offer for']);

/**
 * Plural nouns of people whose possessive opens a body's own name ("the People's Democratic Party", "the People's
 * Action Party", "the People's National Movement", "the Workers' Party", "the Women's League", "the Farmers' Union"):
 * a possessive of this kind is no owner of the body after it, as a leader's is ("Erdogan's AK Party"). Source: the
 * words the rule layer already keeps inside a name (`splitPossessive` in src/extract/names.ts) and party names of
 * Nigeria, Singapore, Jamaica, Trinidad and Tobago, Guyana, Pakistan, Spain and Brazil in English copy; id
 * `names.collective-possessives` (NOTES.md, issue 12, round 16).
 */
export const COLLECTIVE_POSSESSIVE_NOUNS: ReadonlySet<string> = new Set(['people', 'peoples', 'women', 'men', 'children', 'workers', 'farmers', 'veterans', 'citizens', 'patriots', 'soldiers', 'youth', 'teachers', 'miners', 'peasants', 'students', 'employers', 'mothers', 'consumers', 'taxpayers']);

/**
 * Last words of the names of state and former state companies that open with their country or its demonym ("China
 * Mobile", "Japan Tobacco", "Qatar Petroleum", "Korea Electric Power", "Indian Oil", "Swiss Steel"): industries,
 * never the last word of a place's name. Source: the names of national oil, power, telecom, tobacco, steel and airline
 * companies in wire copy; id `names.industry-words-of-state-companies` (NOTES.md, issue 12, round 16).
 */
export const INDUSTRY_WORDS_OF_STATE_COMPANIES: ReadonlySet<string> = new Set([
  'oil', 'petroleum', 'gas', 'energy', 'power', 'electric', 'electricity', 'steel', 'tobacco', 'mobile', 'telecom',
  'telecommunications', 'airways', 'airlines', 'railways', 'motors', 'chemical', 'chemicals', 'petrochemical',
  'pharmaceuticals', 'insurance', 'shipping', 'mining', 'cement', 'breweries', 'aluminium', 'aluminum', 'unicom',
  'telecoms', 'post', 'broadcasting', 'tobacco',
]);

/**
 * Heads of bodies whose names may hold a comma-separated list of their fields ("the Ministry of Lands, Housing and
 * Urban Development", "the Ministry of Environment, Forest and Climate Change", "The Tanzania Electrical, Mechanical
 * and Electrical Services Agency", "the Oil, Chemical and Atomic Workers Union"). Source: ministries and agencies of
 * Commonwealth, African and Asian governments and unions as English news copy writes them; id
 * `names.list-body-heads` (NOTES.md, issue 12, round 18).
 */
export const LIST_BODY_HEADS: ReadonlySet<string> = new Set([
  'Ministry', 'Department', 'Bureau', 'Office', 'Agency', 'Authority', 'Commission', 'Committee', 'Council', 'Board',
  'Federation', 'Confederation', 'Union', 'Association', 'Institute', 'Society', 'Chamber', 'Directorate', 'Secretariat',
  'Corporation', 'Company', 'Workers', 'Service', 'Services', 'Fund', 'Foundation',
]);

/**
 * Heads of public institutions that are both a building and a body: named as the subject of a verb they speak or act
 * as the body ("The Prado Museum announced a new director", "The Metropolitan Museum of Art declined to comment"),
 * named after "at"/"in" they are the site. Source: the institution nouns of museums, libraries, hospitals, universities
 * and orchestras in English news copy; id `names.acting-institution-heads` (NOTES.md, issue 12, round 18).
 */
export const ACTING_INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'Museum', 'Gallery', 'Library', 'Hospital', 'Infirmary', 'University', 'College', 'Academy', 'Institute', 'Institution',
  'Zoo', 'Orchestra', 'Opera', 'Philharmonic', 'Theatre', 'Theater', 'Conservatory', 'Archive', 'Archives', 'Clinic',
]);

/**
 * Playing positions and staff of a football club, the object of a club's signing or sacking ("Chelsea signed the
 * Brazilian winger", "Liverpool sacked their manager", "signed the striker from Benfica"). Source: the positions of
 * association football as sports copy names them; id `names.football-positions` (NOTES.md, issue 12, round 18).
 */
export const FOOTBALL_POSITIONS: ReadonlySet<string> = new Set([
  'winger', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'forward', 'centre-back', 'center-back',
  'full-back', 'fullback', 'left-back', 'right-back', 'playmaker', 'manager', 'coach', 'head coach',
]);

/**
 * Plurals of bodies that name the kind of the names listed with them: "unions, including X", "carmakers such as X",
 * "X and other lenders". Source: the plural heads of such lists in wire copy (round 11's list of
 * name-kind-repairs.ts, and round 20's makers, producers and clubs); id `names.plural-body-nouns` (NOTES.md, issue 12,
 * round 20).
 */
export const PLURAL_BODY_NOUNS: readonly string[] = [
  'unions', 'companies', 'firms', 'banks', 'lenders', 'groups', 'parties', 'airlines', 'carriers', 'carmakers', 'automakers',
  'insurers', 'retailers', 'utilities', 'rivals', 'broadcasters', 'newspapers', 'agencies', 'charities', 'organisations',
  'organizations', 'militias', 'chipmakers', 'drugmakers', 'manufacturers', 'producers', 'suppliers', 'miners', 'refiners',
  'brokers', 'exporters', 'clubs', 'studios', 'publishers', 'startups', 'conglomerates', 'operators',
];
