/*
 * Context words the event stage uses to decide whether a trigger word reports a happening where it stands
 * (`src/extract/event/triggers.ts`). Each list says where it comes from and has an id; no entry comes from an
 * evaluation article.
 */

/**
 * Irregular past forms of trigger verbs that suffix stripping cannot undo ("fought" -> "fight").
 * Source: English irregular verb tables, restricted to the verbs of `event-triggers.ts`. Id:
 * `event-cues/irregular-past`.
 */
export const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  met: 'meet', won: 'win', winning: 'win', struck: 'strike', took: 'take', taken: 'take', fought: 'fight', led: 'lead', shot: 'shoot',
  hit: 'hit', left: 'leave', fled: 'flee', sold: 'sell', bought: 'buy', withdrew: 'withdraw', withdrawn: 'withdraw',
  overran: 'overrun', overrun: 'overrun', fired: 'fire', retook: 'retake', retaken: 'retake', held: 'hold',
  began: 'begin', ran: 'run', killed: 'kill', died: 'die', dying: 'die', signed: 'sign', flew: 'fly', flown: 'fly',
  went: 'go', gone: 'go', came: 'come', hung: 'hang', caught: 'catch', found: 'find', hurt: 'hurt', kept: 'keep',
  freed: 'free', swept: 'sweep', lit: 'light', sank: 'sink', sunk: 'sink', overthrew: 'overthrow', overthrown: 'overthrow',
  froze: 'freeze', frozen: 'freeze', sought: 'seek', brought: 'bring', stole: 'steal', rode: 'ride', drove: 'drive', driven: 'drive', dealt: 'deal',
  upheld: 'uphold', upholding: 'uphold', threw: 'throw', thrown: 'throw', beaten: 'beat',
  slain: 'slay', slew: 'slay', // round 18
  fell: 'fall', fallen: 'fall', // round 22
};

/**
 * Words after which "to VERB" states a wish, ability or readiness, not a happening ("equipped to repel", "might want
 * to attack"); plans and attempts ("plan to", "tried to") are kept and given a modality instead.
 * Source: control verbs and adjectives of English grammars (want/wish/hope; able/ready/willing), written for this
 * library. Id: `event-cues/non-eventive-governors`.
 */
export const NON_EVENTIVE_GOVERNORS: ReadonlySet<string> = new Set([
  'want', 'wants', 'wanted', 'wanting', 'wish', 'wishes', 'wished', 'equipped', 'able', 'unable', 'capable', 'ready',
  'willing', 'designed', 'trained', 'enough', 'hope', 'hopes', 'hoped',
  // round 16: people waiting, queueing or hoping for a turn ("killed 150 Rohingya waiting to cross the river",
  // "migrants queueing to board buses"): the act waited for has not happened
  'wait', 'waits', 'waited', 'waiting', 'queueing', 'queuing', 'lining', 'hoping', 'eager', 'desperate',
]);

/**
 * Verbs that ask somebody else to act: what they ask for is a call (a claim), not yet a happening ("invited reporters
 * to visit").
 * Source: directive verbs of English grammars (urge, ask, invite, call, instruct), written for this library. Id:
 * `event-cues/request`.
 */
export const REQUEST = /^(?:urge[sd]?|urging|ask(?:s|ed|ing)?|invite[sd]?|inviting|encourage[sd]?|encouraging|call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|tell(?:s|ing)?|told|instruct(?:s|ed|ing)?)$/;

/**
 * Verbs of preventing: what they prevent has not happened ("to avert further rallies").
 * Source: English verbs of prevention, written for this library. Id: `event-cues/prevent`.
 */
export const PREVENT = /^(?:prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|avert(?:s|ed|ing)?|deter(?:s|red|ring)?)$/;

/**
 * Nouns after which "of" + a gerund or noun names a kind of act, not one act ("a history of torturing").
 * Source: English nouns of habit, risk and kind, written for this library. Id: `event-cues/generic-of`.
 */
export const GENERIC_OF = /^(?:history|record|practice|policy|pattern|habit|culture|risk|threat|fear|danger|fears|risks|threats|capable|tradition|trend|kind|type|form|forms|crime|crimes)$/;

/**
 * Adjectives before a bare plural that name a kind of happening, not one that happened here ("militants have carried
 * out similar attacks", "frequent clashes on the border").
 * Source: English adjectives of likeness and frequency, written for this library. Id: `event-cues/generic-kind`.
 */
export const GENERIC_KIND = /^(?:similar|such|frequent|regular|routine|periodic|occasional|recurrent|recurring|habitual|comparable|previous|past)$/;

/**
 * Adverbs of habit before the verb of a bare plural ("Velmar regularly carries out air strikes in the north",
 * "police routinely make arrests"): a habit, not a happening the report tells ("repeatedly" counts happenings told).
 * Source: English adverbs of frequency, written for this library. Id: `event-cues/habitual-adverbs`.
 */
export const HABITUAL_ADVERB = /^(?:regularly|routinely|frequently|often|usually|typically|periodically|occasionally|sometimes|habitually|generally|commonly)$/;

/**
 * Words before "to" or "of" that make the noun after them a risk, not a happening ("the region is prone to deadly
 * earthquakes", "villages vulnerable to floods", "at risk of landslides").
 * Source: English collocations of liability, written for this library. Id: `event-cues/liable-to`.
 */
export const LIABLE_TO = /^(?:prone|vulnerable|susceptible|exposed|liable|subject|risk|danger|threat)$/;

/**
 * Words before a bare plural that pick out a particular, announced happening ("ahead of planned referendums").
 * Source: English adjectives of schedule, written for this library. Id: `event-cues/scheduled`.
 */
export const SCHEDULED = /^(?:planned|scheduled|upcoming|forthcoming|proposed|expected|impending|coming|promised|announced|next)$/;

/**
 * Happenings one calls into being ("called a general strike", "called a snap election", "called an emergency
 * meeting"): after the verb "call" with no definite article they are the caller's own, still to come.
 * Source: English collocations of "call", written for this library. Id: `event-cues/convened`.
 */
export const CONVENED = /^(?:strikes?|elections?|referendums?|referenda|votes?|meetings?|sessions?|summits?|protests?|rall(?:y|ies)|march(?:es)?|ceasefires?|truces?|halts?|inquir(?:y|ies)|hearings?|conferences?|demonstrations?|boycotts?)$/;

/**
 * Verbs before "for" that make a bare plural after it the news itself ("called for nationwide rallies").
 * Source: written for this library. Id: `event-cues/call-for`.
 */
export const CALL = /^(?:call|calls|called|calling|push|pushed|pushing|appeal|appealed|appealing)$/;

/**
 * Words before "strike" that make it a blow of force ("air strike", "drone strike").
 * Source: military usage of "strike" (CAMEO 195 "employ aerial weapons"), written for this library. Id: `event-
 * cues/strike-weapon`.
 */
export const STRIKE_WEAPON = /^(?:air|missile|drone|rocket|military|artillery|retaliatory|pre-emptive|preemptive|precision|surgical|nuclear|naval|aerial|israeli|american|russian|us|u\.s\.|coalition|nato)$/;

/**
 * Words before "strike" that make it strike action ("general strike", "hunger strike", "went on strike").
 * Source: labour usage of "strike" (CAMEO 143 "conduct strike or boycott"), written for this library. Id: `event-
 * cues/labour-strike`.
 */
export const LABOUR_STRIKE = /^(?:on|general|hunger|national|nationwide|workers|workers'|teachers|doctors|rail|transport|public-sector|union|wildcat|two-day|one-day|24-hour|48-hour|indefinite|open-ended|all-out|rolling|week-long)$/;

/**
 * Verbs whose subject "strike" is a blow of force whatever it hits ("A strike on Monday killed six children", "the
 * strike destroyed a hospital"): strike action kills and levels nothing.
 * Source: casualty and destruction verbs of conflict reports (CAMEO 18/19), written for this library. Id: `event-
 * cues/strike-harm`.
 */
export const STRIKE_HARM = /^(?:killed|kills|wounded|wounds|injured|injures|destroyed|destroys|levelled|leveled|flattened|razed|demolished)$/;

/**
 * Verbs whose subject "strike" is a blow when what it hits is one place or thing ("A strike hit a school", "the strike
 * struck a convoy"); "the strike hit schools across the country" or "hit production" is strike action's effect.
 * Source: written for this library. Id: `event-cues/strike-hit`.
 */
export const STRIKE_HIT = /^(?:hit|hits|struck|damaged|damages|targeted)$/;

/**
 * Things a blow of force hits besides buildings (`event-cues/structures`): "hit a convoy", "struck a camp".
 * Source: target nouns of conflict reports, written for this library. Id: `event-cues/strike-targets`.
 */
export const STRIKE_TARGETS = /^(?:camps?|convoys?|vehicles?|cars?|trucks?|lorries|lorry|buses|bus|positions?|bases?|villages?|towns?|neighbou?rhoods?|compounds?|headquarters|depots?|shelters?|checkpoints?|outposts?|gatherings?|weddings?|funerals?|boats?|ships?|vessels?)$/;

/**
 * Words of breaking a deal ("violated the ceasefire", "breached the truce", "ceasefire violations"): the deal named is
 * one made before, and its breach is no agreement (event-types.json lists no breach of a deal; the shelling that breaks
 * it is told by its own words).
 * Source: written for this library. Id: `event-cues/deal-breach`.
 */
export const DEAL_BREACH = /^(?:violat(?:e|es|ed|ing|ions?)|breach(?:es|ed|ing)?|broke|break|breaks|breaking|broken|flout(?:s|ed|ing)?|def(?:y|ies|ied|ying))$/;

/**
 * Words after a group noun that tie it to another body without making that body act ("Militants linked to al-Qaeda
 * attacked", "Fighters allied with the Islamic State ambushed", "Rebels backed by Rwanda seized"): with the preposition
 * that follows (`to`/`with`, or `by` for the backing words), the phrase describes the group before it.
 * Source: written for this library (round 15's `events/loyal-to`, extended). Id: `event-cues/allegiance`.
 */
export const ALLEGIANCE_TO = /^(?:loyal|allied|affiliated|linked|aligned|tied|close|connected|sympathetic)$/;
export const BACKED_BY = /^(?:backed|supported|sponsored|funded|financed|armed|trained|aided|inspired)$/;

/**
 * Participles of equipment after a group noun ("Men armed with machetes attacked", "Police equipped with riot gear
 * dispersed"): with "with", the phrase describes the group before it, which acts.
 * Source: written for this library. Id: `event-cues/equipped-with`.
 */
export const EQUIPPED_WITH = /^(?:armed|equipped|wielding|brandishing)$/;

/**
 * Heavy weapons that make "fire" a noun of attack ("artillery fire").
 * Source: weapon names of general English, written for this library. Id: `event-cues/weapon-fire`.
 */
export const WEAPON_FIRE = /^(?:artillery|gun|gunfire|mortar|rocket|tank|sniper|machine-gun|machinegun|cannon|anti-aircraft|naval|small-arms)$/;

/**
 * Modifiers that make "operation(s)" an armed one ("military operation", "counter-terrorism operations").
 * Source: general military usage, written for this library. Id: `event-cues/military-operation`.
 */
export const MILITARY = /^(?:military|ground|air|naval|combat|offensive|counter-?terrorism|counter-?insurgency|security|armed|nato|army|joint)$/;

/**
 * Things one fights against that are no party: "the fight against corruption" is a policy, not a clash; "a war
 * against the elements", "a battle against the flames", "a race against the clock" are firefighting and rescue told
 * as a figure (round 13).
 * Source: policy vocabulary of news ("war on drugs", "fight against poverty"), written for this library. Id: `event-
 * cues/abstract-foes`.
 */
export const ABSTRACT_FOES = /^(?:corruption|terrorism|poverty|crime|disease|diseases|cancer|malaria|aids|hiv|inflation|unemployment|hunger|drugs|trafficking|extremism|racism|discrimination|climate|impunity|fraud|piracy|illiteracy|pollution|change|terror|graft|famine|virus|viruses|pandemic|epidemic|outbreak|misinformation|disinformation|elements|nature|flames|blaze|odds|clock)$/;

/**
 * Trigger verbs whose noun-tagged forms are other words ("a hit", "the order", "a charge"): no verb trigger then.
 * Source: compromise tags for English noun/verb homographs, written for this library. Id: `event-cues/noun-read-
 * verbs`.
 */
export const NOUN_READ_VERBS: ReadonlySet<string> = new Set(['hit', 'target', 'order', 'release', 'launch', 'clear', 'join', 'leave', 'cross', 'supply', 'fund', 'charge', 'sentence', 'deliver']);

/** Modifiers of "case" that make it a court case ('a corruption case'). Source: legal usage, written for this library. Id: `event-cues/legal-case`. */
export const LEGAL_CASE = /^(?:court|legal|criminal|civil|corruption|murder|libel|fraud|terrorism|treason)$/;

/**
 * Figures and markets: a subject of this kind makes a verb of force or motion a change of a figure ("shares shot up
 * 5%", "prices rallied", "turnout collapsed", "oil prices exploded"), not a happening of force.
 * Source: financial and statistical nouns of business news, written for this library. Id: `event-cues/figures`.
 */
export const FIGURES = /^(?:shares?|stocks?|prices?|markets?|index|indices|indexes|sales|profits?|earnings|revenues?|inflation|unemployment|turnout|rates?|costs?|exports?|imports?|output|currency|currencies|bonds?|yields?|demand|growth|spending|debt|deficit|ratings?|polls?|support|valuations?|dollar|euro|pound|yen|oil|gold|bitcoin|economy|gdp|production|orders|sentiment|confidence|investors|traders|buyers|sellers|shoppers|consumers|money|funds)$/;

/**
 * What a verb of force, seizure or killing may take as its object (or passive subject) only in a figurative sense:
 * "killed the proposal", "seized the initiative", "captured 30% of the market", "fighting a lawsuit", "struck a
 * chord", "attacked the plan". People, places, vehicles and weapons are never here.
 * Source: abstract nouns of policy, business and sport news, written for this library (round 18: measures and
 * corporate moves, "fight the cuts in court", "fought the takeover bid"). Id: `event-cues/abstract-patients`.
 */
export const ABSTRACT_PATIENTS = /^(?:proposals?|bills?|plans?|ideas?|projects?|measures?|hopes?|chances?|motions?|amendments?|reforms?|schemes?|initiatives?|programmes?|programs?|legislation|laws?|polic(?:y|ies)|decisions?|rulings?|records?|reputations?|credibility|image|opportunit(?:y|ies)|moment|momentum|imagination|attention|headlines|share|lead|titles?|championships?|crown|lawsuits?|case|cases|charges|ban|bans|extradition|blaze|flames|illness|disease|cancer|virus|inflation|unemployment|corruption|insecurity|poverty|hunger|crime|extremism|terrorism|fraud|racism|discrimination|odds|claims?|allegations?|reports?|remarks|comments|statements?|criticism|budgets?|tax|taxes|rates|prices|costs|chord|nerve|note|tone|balance|pose|jackpot|snag|battles?|deadline|goals?|highs?|lows?|bargain|debate|agenda|narrative|vote|votes|election|nomination|seats?|deals?|talks|negotiations|process|mood|spirits|appetite|demand|supply|popularity|ratings|standing|prospects|sales|profits|earnings|economy|growth|confidence|morale|tourism|exports|trade|cuts|closures?|layoffs|changes|rules|regulations|restrictions|tariffs|mandates?|quotas?|mergers?|takeovers?|bids?)$/;

/**
 * What is bought or sold only in a figure ("the deal bought time for the government", "accused of buying loyalty with
 * contracts", "sold the plan to voters"): no trade, so no economic event (round 25; the lead's round-24 leftover).
 * Goods, firms, stakes and shares are never here. Source: political-report wording, written for this library.
 * Id: `event-cues/figurative-purchase`.
 */
export const FIGURATIVE_PURCHASES = /^(?:time|loyalty|silence|peace|favou?r|favou?rs|goodwill|support|votes?|influence|respite|reprieve|calm|quiet|legitimacy|acceptance|cooperation|compliance|breathing|space|room|idea|plan|vision|message|story|dream|lie|lies)$/;

/**
 * Acts and outcomes that are welcomed or received in words, beyond the abstract patients: "the verdict was welcomed
 * by relatives", "the move was welcomed by investors" (no meeting). Source: written for this library (round 22).
 * Id: `event-cues/welcomed-acts`.
 */
export const WELCOMED_ACTS = /^(?:verdicts?|moves?|announcements?|news|ceasefires?|truces?|releases?|steps?|offers?|outcomes?|results?|judg(?:e)?ments?|appointments?|agreements?|accords?|pacts?|treaty|treaties|resignations?|findings?|gestures?|invitations?|efforts?|pledges?|commitments?|promises?|donations?|funding|aid|tariffs?|lev(?:y|ies)|dut(?:y|ies)|sanctions?|subsid(?:y|ies)|bailouts?|ceilings?|caps?)$/;

/**
 * Heads of a subject that make a verb of force figurative ("her speech struck a chord", "the recession hit
 * retailers", "the scandal killed his chances").
 * Source: abstract nouns of news, written for this library. Id: `event-cues/abstract-agents`.
 */
export const ABSTRACT_AGENTS = /^(?:speech|speeches|remarks|comments|words|decision|decisions|news|crisis|recession|slump|downturn|tax|taxes|polic(?:y|ies)|law|laws|ruling|report|reports|scandal|criticism|ad|ads|advert|adverts|advertisement|book|film|song|album|article|editorial|column|tweet|post|message|idea|ideas|plan|plans|proposal|move|strategy|rhetoric|tariffs?|sanctions|regulations?|rules?|budget|bill)$/;

/**
 * Prizes of a contest that make a fight or a battle a competition ("a fight for market share", "the battle for the
 * nomination"), added to `ABSTRACT_FOES` for "fight/battle for/against/over".
 * Source: business and election news vocabulary, written for this library. Id: `event-cues/contest-prizes`.
 */
export const CONTEST_PRIZES = /^(?:market|share|customers|clients|subscribers|viewers|readers|votes|voters|nomination|presidency|leadership|seat|seats|title|championship|survival|rights|justice|equality|contracts?|jobs|wages|pay|pensions|funding|budget|attention|hearts|minds|supremacy|dominance|influence|control|custody|compensation|recognition|access|reform|reforms|change|democracy|freedom|liberty|truth|dignity|life|lives|funds|money|cash|future|livelihoods?|benefits|subsidies)$/;

/**
 * Values and institutions an attack is said to be made on only in words ("called the raid an attack on democracy",
 * "an attack on the independence of the courts").
 * Source: English collocations of "attack on" as condemnation, written for this library. Id: `event-cues/attacked-values`.
 */
export const ATTACKED_VALUES = /^(?:democracy|freedoms?|liberty|liberties|rights|independence|sovereignty|constitution|values|principles|dignity|justice|truth|autonomy|pluralism|tolerance|decency|integrity)$/;

/**
 * Adjectives that make an attack a verbal one ("a scathing attack on the plan").
 * Source: English collocations of "attack" as criticism, written for this library. Id: `event-cues/verbal-attack`.
 */
export const VERBAL_ATTACK = /^(?:scathing|verbal|blistering|stinging|withering|personal|rhetorical|thinly-veiled|veiled|outspoken|written|strongly-worded|vitriolic)$/;

/**
 * Adjectives that make "attack" itself (not a bombing or an assassination) a verbal one: "a partisan attack on working
 * families", "a political attack on the judge".
 * Source: English collocations of "attack" as criticism, written for this library. Id: `event-cues/partisan-attack`.
 */
export const PARTISAN_ATTACK = /^(?:partisan|political|ideological|cynical|baseless|unfounded)$/;

/**
 * Modifiers right before "fight", "battle" or "fighting" that make it a contest in votes, courts or budgets, not a
 * clash of arms ("a tough re-election fight", "a bruising legal battle", "the budget fight in Congress").
 * Source: election, legal and political news collocations, written for this library. Id: `event-cues/contest-kinds`.
 */
export const CONTEST_KINDS = /^(?:re-?election|election|electoral|primary|leadership|presidential|parliamentary|mayoral|gubernatorial|senate|congressional|nomination|legal|court|courtroom|custody|budget|spending|tax|bidding|boardroom|proxy|takeover|ratings|price|patent|copyright|extradition|confirmation|impeachment|succession|political|policy)$/;

/**
 * Things a year before them may date, which are no happenings: "upheld the 2013 law", "repealed the 2015 decree",
 * "its 2019 pledge". The year is the document's, not the clause's ("a 2008 court case" is not here: a case is tried).
 * Source: legal and policy document nouns of news, written for this library. Id: `event-cues/dated-documents`.
 */
export const DATED_DOCUMENTS = /^(?:laws?|acts?|decrees?|constitution|charter|bills?|budgets?|bans?|pledges?|promises?|reports?|plans?|census|resolutions?|declarations?|statutes?|polic(?:y|ies)|reforms?|regulations?|rules?|guidelines|manifesto|white|ordinance|edicts?|amendments?|code|framework|roadmap|strategy|programme|program|targets?|quotas?|tariffs?|levy|tax)$/;

/**
 * Nouns that portion out happenings told by the plural after "of": "held five hours of talks", "a new round of
 * talks", "a series of raids", "a wave of airstrikes". With a determiner or a number before them they pick out
 * particular happenings, so the plural is the happening and a light verb before the portion governs it. A span of time
 * counts in the singular too ("after a week of protests", "a night of rioting"; round 24, lead).
 * Source: English partitive collocations, written for this library. Id: `event-cues/portion-nouns`.
 */
export const PORTION_NOUNS = /^(?:rounds?|series|waves?|spate|string|barrage|volley|salvo|hours?|days?|weeks?|nights?|months?)$/;

/**
 * Nouns that, after "a/an ... of" and before what they measure, are quantities, not happenings ("a flood of cheap
 * imports", "an explosion of interest", "a storm of criticism", "a wave of bankruptcies").
 * Source: English measure-noun collocations, written for this library. Id: `event-cues/quantity-nouns`.
 */
export const QUANTITY_NOUNS = /^(?:flood|explosion|storm|wave|avalanche|tsunami|barrage|hail|torrent|flurry|blaze|fire|eruption|earthquake|hurricane|whirlwind|deluge|landslide|raft|spate)$/;

/**
 * Who criticises, and the topics of criticism: "came under fire from his own party over the tax plan" is criticism,
 * "the convoy came under fire near the border" an attack.
 * Source: political news vocabulary, written for this library. Id: `event-cues/critics`.
 */
export const CRITICS = /^(?:party|parties|critics|opposition|colleagues|members|lawmakers|legislators|mps|senators|media|press|unions?|investors|shareholders|campaigners|activists|groups|commentators|analysts|fans|voters|public|rivals|allies|supporters)$/;

/**
 * Uncountable things a measure noun measures ("an explosion of interest", "a storm of criticism"); a plural after
 * "of" counts too ("a flood of imports").
 * Source: English mass nouns of news, written for this library. Id: `event-cues/measured-mass`.
 */
export const MEASURED_MASS = /^(?:interest|criticism|anger|outrage|support|publicity|activity|money|cash|debt|investment|data|information|speculation|optimism|enthusiasm|demand|colou?r|emotion|creativity|innovation|growth|paperwork|litigation|legislation|protest|opposition|praise|condemnation|sympathy|goodwill|misinformation|disinformation|spam|traffic|hype)$/;

/**
 * Words around "takeover" that make it the purchase of a company ("a hostile takeover of its rival", "the $2bn
 * takeover bid"), not a seizure of power.
 * Source: business news vocabulary, written for this library. Id: `event-cues/business-context`.
 */
export const BUSINESS_CONTEXT = /^(?:hostile|friendly|agreed|proposed|rival|rivals|company|companies|firm|bank|group|maker|carrier|airline|retailer|brewer|insurer|bid|bids|offer|shares|stake|shareholders|billion|million|bn|deal|acquirer|buyout|merger)$/;

/**
 * What one fights without an enemy: "firefighters battled the blaze", "battling four fronts" (of a fire), "fighting the
 * floods", "battling cancer".
 * Source: English collocations of fight/battle/combat, written for this library. Id: `event-cues/fought-forces`.
 */
export const FOUGHT_FORCES = /^(?:fires?|fire-fronts?|fronts|blazes?|flames|wildfires?|bushfires?|forest-fires?|floods?|floodwaters?|epidemics?|pandemics?|diseases?|virus(?:es)?|cancer|illness(?:es)?|outbreaks?|infections?|drought|famine|poverty|hunger)$/;

/**
 * Things that blow up by accident ("a fuel tanker blew up", "the boiler blew up"); "her career blew up" is a figure.
 * Source: industrial and transport accident vocabulary, written for this library. Id: `event-cues/explosive-things`.
 */
export const EXPLOSIVE_THINGS = /^(?:tankers?|trucks?|lorr(?:y|ies)|cars?|bus|buses|vehicles?|trains?|wagons?|planes?|aircraft|jets?|helicopters?|ships?|boats?|vessels?|ferr(?:y|ies)|boilers?|pipelines?|tanks?|cylinders?|reactors?|plants?|factor(?:y|ies)|refiner(?:y|ies)|depots?|warehouses?|mines?|generators?|transformers?|batter(?:y|ies)|stoves?|heaters?)$/;

/**
 * Words in a sentence that make an explosion or a blast a bombing ("two bomb blasts", "a blast ... a suicide bomber
 * detonated explosives"), not an accident ("a gas explosion").
 * Source: conflict news vocabulary (CAMEO 183 "conduct suicide, car, or other non-military bombing"), written for
 * this library. Id: `event-cues/bomb-context`.
 */
export const BOMB_CONTEXT = /^(?:bombs?|bomber|bombers|bombings?|car-bombs?|suicide|explosives|ieds?|grenades?|landmines?|mines|rockets?|missiles?|mortars?|shells|shelling|militants?|insurgents?|terrorists?|terror|terrorism|jihadists?|attackers?|attacks?|attacked|detonated|detonating|booby-trapped)$/;

/**
 * Structures whose giving way is an accident: "a railway station collapse", "the collapse of a bridge"; "the collapse
 * of talks" or "of the currency" is none.
 * Source: building and engineering nouns of disaster reports, written for this library. Id: `event-cues/structures`.
 */
export const STRUCTURES = /^(?:buildings?|bridges?|roofs?|canopy|canopies|ceilings?|walls?|stands?|stadiums?|stations?|towers?|blocks?|houses?|homes?|hotels?|schools?|factory|factories|mines?|tunnels?|dams?|scaffolding|cranes?|shafts?|galleries|gallery|overpass|flyover|structures?|apartments?|churches?|mosques?|temples?|markets?|malls?|warehouses?|hospitals?|terminals?|platforms?|hillsides?|slopes?|embankments?|levees?)$/;

/**
 * Verbs that take an object and a participle saying what becomes of it ("ordered the shops closed", "declared the
 * area sealed", "kept the road blocked", "had the bridge destroyed", "left three people wounded"): the participle is
 * no verb of its own clause. Source: complex-transitive verbs of English grammars (object + predicative), written for
 * this library (round 22). Id: `event-cues/complement-verbs`.
 */
export const COMPLEMENT_VERBS = /^(?:order(?:s|ed)?|declare[sd]?|keeps?|kept|leaves?|left|ha[sd]|have|gets?|got|wants?|wanted|sees?|saw|finds?|found|makes?|made|renders?|rendered|pronounce[sd]?|considers?|considered|deem(?:s|ed)?|reports?|reported)$/;

/**
 * Things built or grown whose falling, giving way, caving in or tipping over is an accident ("a crane toppled onto a
 * school", "the roof of the market caved in", "a scaffold gave way", "a tree fell on the bus"); "markets fell", "the
 * government fell" and "the town fell to the rebels" are none, so no market, no body and no place is listed.
 * Source: building, mining and storm-damage nouns of accident reports, written for this library (round 22). Id:
 * `event-cues/fallen-structures`.
 */
export const FALLEN_STRUCTURES = /^(?:buildings?|bridges?|footbridges?|walkways?|roofs?|roofing|canop(?:y|ies)|ceilings?|walls?|grandstands?|stands?|terraces?|stages?|balcon(?:y|ies)|floors?|towers?|cranes?|scaffolds?|scaffolding|shafts?|tunnels?|galler(?:y|ies)|mines?|pits?|chimneys?|masts?|pylons?|poles?|billboards?|signs?|hoardings?|trees?|branches|statues?|columns?|beams?|girders?|slabs?|facades?|fa[cç]ades?|porch(?:es)?|sheds?|huts?|houses?|homes?|structures?|sections?|parts?|portions?)$/;

/**
 * Verbs by which one happening brings about another ("the killing sparked protests", "a stampede that killed 30
 * prompted an inquiry", "the crash triggered an investigation"): the cause and the effect are two happenings, so the
 * verb ends the clause of the one before it and opens the clause of the one after it.
 * Source: English causative verbs of news reports, written for this library. Id: `event-cues/causing-verbs`.
 */
export const CAUSING_VERBS = /^(?:spark|sparks|sparked|prompt|prompts|prompted|trigger|triggers|triggered|provoke|provokes|provoked|fuel|fuels|fuelled|fueled|ignite|ignites|ignited|unleash|unleashes|unleashed)$/;

/**
 * Words of an approximate quantity before a number ("at least 12 blazes", "more than 600 people", "nearly 3,000",
 * "up to 40", "only 5"): read past when looking for what a number counts, and part of a numbered object.
 */
export const QUANTITY_APPROXIMATORS = /^(?:at|least|most|more|than|up|to|about|some|nearly|over|almost|around|roughly|approximately|fewer|less|only)$/;

/**
 * "the court ordered a new vote within 150 days", "ordered a rerun of the presidential election", "called a snap
 * election": a happening a body orders or calls, named indefinitely, is still to come (round 14). Id:
 * `event-cues/ordered-happening`. Source: English verbs of ordering and calling, written for this library.
 */
export const ORDERED_BEFORE = /\b(?:order(?:s|ed|ing)?|mandat(?:e|es|ed|ing)|schedul(?:e|es|ed|ing)|call(?:s|ed|ing)?)\s+(?:a|an|new|fresh|early|snap|another)\s+(?:[\p{L}-]+\s+){0,4}$/iu;

/**
 * Happenings that ordering starts rather than schedules ("ordered an inquiry", "ordered the evacuation of the town"):
 * they are under way once ordered, so `ORDERED_BEFORE` leaves them as told. Id: `event-cues/started-by-order`.
 */
export const STARTED_BY_ORDER = /^(?:inquiry|inquiries|investigation|investigations|probe|probes|review|audit|crackdown|evacuation|evacuations|operation|offensive|search)$/;

/**
 * Substances whose leak or spill is an industrial accident ("a gas leak at a factory", "an oil spill off the coast",
 * "a leak of toxic gas"); "a leak of documents", "leaks to the press" are none. Round 16. Source: hazardous-material
 * vocabulary of industrial-accident reports, written for this library. Id: `event-cues/leaked-substances`.
 */
export const LEAKED_SUBSTANCES = /^(?:gas|gases|chemicals?|chlorine|ammonia|oil|crude|fuel|diesel|petrol|gasoline|kerosene|radiation|radioactive|toxic|methane|cyanide|acids?|sulphuric|sulfuric|hazardous|sewage|lng|propane|benzene|mercury|pesticides?)$/;

/**
 * Words that make an exercise or a drill a show of military force ("joint military exercises", "live-fire drills",
 * "naval manoeuvres"): CAMEO 15 (exhibit force posture), typed movement as troop movements are. Round 16. Source:
 * defence-reporting vocabulary, written for this library. Id: `event-cues/military-drills`.
 */
export const MILITARY_DRILL_WORDS = /^(?:military|live|naval|navy|joint|live-fire|amphibious|combat|army|air|war|missile|artillery|nuclear|anti-submarine|air-defen[cs]e|armed|tank|troop|drone|warplanes?|aerial|maritime)$/;

/**
 * Holdings a state freezes to punish their owner ("froze the assets of 25 officials", "an asset freeze on the group's
 * leaders", "the central bank's reserves were frozen"): CAMEO 163 (impose embargo, boycott or sanctions); "froze
 * hiring", "a price freeze", "the river froze" are none. Round 17. Source: wording of sanctions reports, written for
 * this library. Id: `event-cues/frozen-holdings`.
 */
export const FROZEN_HOLDINGS = /^(?:assets?|accounts?|funds|holdings|propert(?:y|ies)|reserves|wealth|estates?|yachts?|bank-accounts?)$/;

/**
 * Words that make a ban a sanction on a state or its people ("imposed travel bans on three oligarchs", "an arms ban",
 * "an import ban on Russian oil"): CAMEO 163; "a ban on smoking", "the ban on protests" are none. Round 17. Source:
 * wording of sanctions reports, written for this library. Id: `event-cues/sanction-bans`.
 */
export const SANCTION_BAN_WORDS = /^(?:travel|visa|entry|import|imports|export|exports|trade|arms|weapons|flight|overflight|oil|investment)$/;

/**
 * What hackers break into, infiltrate or hack ("broke into the computer systems", "hacked the email accounts of three
 * ministers"): a cyberattack (the type list's attack, "cyberattack"). Round 23. Source: wording of data-breach reports,
 * written for this library. Id: `event-cues/computer-systems`.
 */
export const COMPUTER_SYSTEMS = /^(?:systems?|networks?|servers?|computers?|databases?|accounts?|e-?mails?|websites?|sites|phones?|devices?|software|cloud|platforms?|mailboxes|inboxes)$/;

/**
 * What a data theft takes ("hackers stole the personal data of 2 million customers", "the passwords of 40,000 users
 * were stolen"): stored records about people, taken from computers, a cyberattack like breaking into the systems
 * (round 25). "stole cars", "stole the election" are none. Source: wording of data-breach reports, written for this
 * library. Id: `event-cues/stolen-data`.
 */
export const STOLEN_DATA = /^(?:data|passwords|credentials|logins|records|details|information|e-?mails|names|addresses|identities)$/;

/**
 * Verbs that lay a tariff or a duty on another country's goods ("imposed tariffs", "slapped duties", "raised tariffs
 * on Varnian steel"), and the words before "tariffs" that make them a measure against a state ("retaliatory tariffs",
 * "punitive duties"): CAMEO 163, an economic sanction. "Tariffs hurt farmers", "the tariff schedule" are none. Round
 * 23. Source: wording of trade-war reports, written for this library. Id: `event-cues/imposed-tariffs`.
 */
export const TARIFF_LAYING = /^(?:impose[sd]?|imposing|slap(?:s|ped|ping)?|raise[sd]?|raising|hike[sd]?|hiking|lev(?:y|ies|ied|ying)|announce[sd]?|announcing|introduce[sd]?|introducing|double[sd]?|doubling|retaliatory|punitive|new|additional|extra|higher|sweeping|reciprocal|counter)$/;

/**
 * What a state bans its target from doing, or bans outright, when the ban is a sanction ("barred 20 officials from
 * entering the bloc", "banned imports of Russian steel", "banned Russian airlines from its airspace"). Round 17.
 * Source: wording of sanctions reports, written for this library. Id: `event-cues/sanction-bans`.
 */
export const BANNED_ENTRY = /^(?:entering|entry|travelling|traveling|visiting|airspace|territory)$/;
export const BANNED_TRADE = /^(?:imports?|exports?|flights|airlines|carriers|shipments?)$/;

/**
 * Jobs and people a company cuts, sheds or lays off ("will cut 3,000 jobs", "shed 800 workers", "axed a tenth of its
 * workforce"): a layoff, an economic event of `event-types.json`. Round 18. Source: wording of business reports on job
 * cuts, written for this library. Id: `event-cues/jobs-cut`.
 */
export const JOBS_CUT = /^(?:jobs|job|positions|posts|roles|workers|employees|staff|staffers|workforce|personnel|headcount|redundancies)$/;

/**
 * Sites of business a company closes or shuts ("close its plant in Zwickau", "shut two factories", "the closure of the
 * mill"): a plant closure, an economic event. "closed schools", "closed the border" are other senses. Round 18.
 * Source: wording of business reports on closures, written for this library. Id: `event-cues/sites-closed`.
 */
export const SITES_CLOSED = /^(?:plants?|factor(?:y|ies)|mills?|smelters?|mines?|refiner(?:y|ies)|stores?|shops?|branches|outlets|works|plant's|factory's|warehouses?|depots?|call-centres?|call-centers?|operations)$/;

/**
 * What a company files for, seeks or enters when it cannot pay its debts ("filed for bankruptcy protection", "went into
 * administration"): an insolvency, an economic event (`event-types.json` "bankruptcy"). Round 18. Source: wording of
 * business reports on insolvencies, written for this library. Id: `event-cues/insolvency`.
 */
export const INSOLVENCY = /^(?:bankruptcy|insolvency|administration|receivership|liquidation|chapter)$/;

/**
 * The people who vote in a ballot, whose voting to act, approving or rejecting is a referendum or a recall, not a body's
 * decision ("Voters in Cuenca voted to recall their mayor", "Swiss voters rejected the proposal"). Round 18. Source:
 * wording of referendum and recall reports, written for this library. Id: `event-cues/electorate`.
 */
export const ELECTORATE = /^(?:voters|electorate|electors|residents|citizens|inhabitants)$/;

/**
 * Words before "sentence" that make it a term a court passes ("a five-year sentence", "a life sentence", "suspended
 * sentences", "a death sentence", "a 30-month jail sentence"): a legal act (CAMEO 11 by the lexicon's type). "The
 * first sentence of the letter" is none. Round 24. Source: wording of court reports, written for this library.
 * Id: `event-cues/sentence-terms`.
 */
export const SENTENCE_TERMS = /^(?:[\w.]+-(?:years?|months?|weeks?|days?)|(?:years?|months?)-long|life|prison|jail|death|suspended|custodial|maximum|minimum|lengthy|harsh|heavy|stiff|lenient|reduced|mandatory)$/;

/**
 * Nouns of a person whose name may follow in commas: "met his counterpart, Samir Haddad, in Amman", "acquitted a third
 * defendant, Rui Santel, of fraud" (round 24), "His main rival, Vera Koss, conceded" (round 25: the tagger reads
 * "rival" before a comma as an adjective). Source: kin, rivals and people of court and protest reports, written for
 * this library. Id: `events/person-noun-apposition`.
 */
export const PERSON_HEADS = /^(?:counterpart|wife|husband|son|daughter|brother|sister|father|mother|partner|nephew|cousin|successor|predecessor|rival|opponent|challenger|victim|suspect|boyfriend|girlfriend|man|woman|defendant|accused|businessman|businesswoman|detainee|prisoner|inmate|hostage|captive|teenager|boy|girl|student|activist|dissident|citizen|national|resident)$/;
