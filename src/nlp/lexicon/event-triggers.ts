import type { EventType } from '../../schema/event.js';
import { BANNED_TRADE, ELECTORATE, FALLEN_STRUCTURES, FROZEN_HOLDINGS, INSOLVENCY, JOBS_CUT, SITES_CLOSED } from './event-cues.js';

/*
 * Words that report a happening, with the event types of `shared/eval/event-types.json` and their CAMEO roots
 * (CAMEO 1.1b3 codebook, Schrodt 2012). General news vocabulary written for this library; no entry comes from an
 * evaluation article. A verb counts only in a sense whose arguments fit (`VERB_SENSES`, checked by
 * `src/extract/event/senses.ts`): "negotiated a sharp curve" is no meeting, "travelling at speed" no visit.
 */

/** Verb lemmas with one sense: the type of `shared/eval/event-types.json`; the type's argument needs apply. */
export const EVENT_VERBS: Readonly<Record<string, EventType>> = {
  meet: 'meeting', host: 'meeting', negotiate: 'meeting', confer: 'meeting', convene: 'meeting', greet: 'meeting',
  welcome: 'meeting', receive: 'meeting', talk: 'meeting', discuss: 'meeting', mediate: 'meeting', consult: 'meeting',
  visit: 'visit', travel: 'visit', tour: 'visit', arrive: 'visit', fly: 'visit', go: 'visit',
  sign: 'agreement', agree: 'agreement', ratify: 'agreement',
  strike: 'attack', attack: 'attack', shell: 'attack', bomb: 'attack', shoot: 'attack', fire: 'attack',
  bombard: 'attack', raid: 'attack', ambush: 'attack', target: 'attack', hit: 'attack', assassinate: 'attack',
  destroy: 'attack', detonate: 'attack', storm: 'attack', retaliate: 'attack', invade: 'attack', stab: 'attack',
  fight: 'clash', clash: 'clash', repel: 'clash', 'push back': 'clash', battle: 'clash', resist: 'clash',
  capture: 'capture', seize: 'capture', impound: 'capture', take: 'capture', occupy: 'capture', liberate: 'capture', overrun: 'capture',
  'take control': 'capture', 'take power': 'capture', retake: 'capture', recapture: 'capture', kidnap: 'capture', abduct: 'capture', topple: 'capture',
  hijack: 'capture', ram: 'attack', blockade: 'attack', // see VERB_SENSES.blockade
  besiege: 'attack', // see VERB_SENSES.ram: only a vessel, a vehicle or a crowd rammed
  overthrow: 'capture', oust: 'capture', depose: 'capture', remove: 'capture', hold: 'capture', keep: 'capture',
  enter: 'movement', dispatch: 'movement', send: 'movement', redeploy: 'movement', withdraw: 'movement',
  advance: 'movement', retreat: 'movement', deploy: 'movement', leave: 'movement', flee: 'movement',
  evacuate: 'movement', cross: 'movement', return: 'movement', deport: 'movement',
  escape: 'movement', // see VERB_SENSES.escape: only inmates or captives getting out
  expel: 'movement', extradite: 'movement', march: 'protest',
  displace: 'movement', force: 'movement', // see VERB_SENSES: people driven from their homes
  recall: 'other', summon: 'other', // see VERB_SENSES: only an ambassador or an envoy recalled or summoned
  close: 'other', suspend: 'other', sever: 'other', dissolve: 'other', // see VERB_SENSES.dissolve
  // see VERB_SENSES: only missions, borders or ties closed, suspended or cut
  protest: 'protest', rally: 'protest', demonstrate: 'protest', riot: 'protest', lead: 'protest',
  mutiny: 'protest', // soldiers rising against their commanders: a revolt, like a riot or an uprising
  beat: 'attack', throw: 'clash', hurl: 'clash', // see VERB_SENSES: only people beaten, only stones or firebombs thrown
  exchange: 'other', swap: 'other', // see VERB_SENSES: only prisoners or hostages exchanged
  arrest: 'arrest', detain: 'arrest', jail: 'arrest', imprison: 'arrest',
  sanction: 'sanction', embargo: 'sanction',
  // round 17: see VERB_SENSES: only holdings frozen, only trade banned (entry bans: `measures.ts`); blacklisting a firm or a person
  freeze: 'sanction', ban: 'sanction', blacklist: 'sanction',
  // round 17: only people driven, transferred, escorted, ferried or bused to a named place (`takenToPlace` in triggers.ts)
  drive: 'movement', transfer: 'movement', escort: 'movement', ferry: 'movement', bus: 'movement',
  regain: 'capture', wrest: 'capture', // round 17: see VERB_SENSES: only control or ground regained or wrested
  donate: 'aid', supply: 'aid', 'provide aid': 'aid', fund: 'aid',
  elect: 'election', vote: 'election', 're-elect': 'election', campaign: 'election', block: 'legal', // see VERB_SENSES.block
  win: 'election', // see VERB_SENSES.win: only an office or a vote won
  disperse: 'clash', use: 'clash', // see VERB_SENSES: only crowds dispersed, only crowd-control means or weapons used // "campaign" only for an office: see ELECTORAL
  kill: 'casualty', wound: 'casualty', injure: 'casualty', hurt: 'casualty', die: 'casualty', murder: 'casualty',
  execute: 'casualty', hang: 'casualty', behead: 'casualty', drown: 'casualty',
  // round 18: killings of many or of the defenceless, a reader's casualty event like "killed" (CAMEO 20, mass violence)
  massacre: 'casualty', slaughter: 'casualty', slay: 'casualty',
  resign: 'other', appoint: 'other', sack: 'other', rename: 'other', clear: 'other', annex: 'capture', order: 'other',
  free: 'other', // see VERB_SENSES.free: only captives freed
  // round 15: see VERB_SENSES: only people pardoned, only votes or talks boycotted, only airspace or waters violated
  pardon: 'other', boycott: 'protest', violate: 'movement',
  // round 16: see VERB_SENSES: only captives or bodies handed over, only defeat or a race conceded, only a penalty
  // fined or a court barring somebody
  hand: 'other', 'hand over': 'other', concede: 'election', fine: 'legal', bar: 'legal',
  rescue: 'other', release: 'other', pass: 'other', approve: 'other', adopt: 'other', mark: 'other',
  commemorate: 'other', discover: 'other', uncover: 'other', find: 'other',
  rule: 'legal', // see VERB_SENSES.rule: only a court or a judge ruling
  reverse: 'legal', uphold: 'legal', dismiss: 'legal', annul: 'legal', nullify: 'legal', invalidate: 'legal', // see VERB_SENSES: only a court reversing, upholding or dismissing
  sue: 'legal', charge: 'legal', indict: 'legal', convict: 'legal', sentence: 'legal', acquit: 'legal', prosecute: 'legal',
  reject: 'legal', deny: 'legal', 'turn down': 'legal', reconsider: 'legal', grant: 'legal', investigate: 'legal',
  burst: 'accident', // see VERB_SENSES.burst: only a dam, a pipe or a tank giving way
  crash: 'accident', explode: 'accident', collapse: 'accident', derail: 'accident', overturn: 'accident',
  // round 22: see VERB_SENSES: only a structure or a tree falling, giving way, caving in or tipping over (a vehicle tips too)
  fall: 'accident', 'give way': 'accident', 'cave in': 'accident', 'tip over': 'accident',
  'run aground': 'accident', // round 24: a vessel on a reef or a sandbank, whatever the subject
  collide: 'accident', capsize: 'accident', sink: 'accident', flood: 'accident', erupt: 'accident', 'catch fire': 'accident',
  sweep: 'accident', ravage: 'accident', batter: 'accident', devastate: 'accident', inundate: 'accident',
  engulf: 'accident', submerge: 'accident', slam: 'accident', pound: 'accident', lash: 'accident', pummel: 'accident', // see DISASTER_FORCE_VERBS
  grip: 'accident', scorch: 'accident', // round 16: see DISASTER_FORCE_VERBS
  damage: 'accident', flatten: 'accident', wreck: 'accident', // round 25: see DISASTER_FORCE_VERBS
  plunge: 'accident', skid: 'accident', veer: 'accident', disappear: 'accident', vanish: 'accident', // see VEHICLES: only a vehicle plunging, skidding, veering or vanishing
  gather: 'protest', // see VERB_SENSES.gather: only protesters gathering
  buy: 'economic', sell: 'economic', acquire: 'economic', purchase: 'economic', invest: 'economic',
  merge: 'economic', launch: 'economic', unveil: 'economic', deliver: 'economic',
  // round 18: see VERB_SENSES: only jobs or staff cut, shed, axed, slashed or eliminated; only a filing for bankruptcy;
  // only sites of business shut (a layoff, an insolvency, a plant closure: economic in `event-types.json`)
  cut: 'economic', shed: 'economic', axe: 'economic', slash: 'economic', eliminate: 'economic', file: 'economic', shut: 'other',
  // round 18: see VERB_SENSES: only relief reaching a place, only relief or bombs dropped from the air
  reach: 'aid', drop: 'aid', airdrop: 'aid', 'air-drop': 'aid',
  // round 18: see VERB_SENSES: only armed forces surrounding a place (a siege, like "besiege")
  surround: 'attack', encircle: 'attack',
  // round 19: see VERB_SENSES.board: only armed boarders taking a vessel
  board: 'capture',
  // round 22: see VERB_SENSES.airlift: relief flown in is aid, people flown out a movement (an evacuation)
  airlift: 'movement', 'air-lift': 'movement',
};

/** Things thrown in a street fight ("threw stones", "hurled petrol bombs"). Id: `event-triggers/thrown`. */
const THROWN = /^(?:stones?|rocks?|bricks?|bottles?|fireworks?|firecrackers?|firebombs?|molotovs?|cocktails|grenades?|projectiles?|missiles?|objects|debris|tear-?gas|bombs?|petrol|gasoline)$/;

/** What a trigger's clause must hold for a sense to fit (checked by `src/extract/event/senses.ts`). */
export type ArgumentNeed =
  /** somebody besides the subject: an object or a with/between phrase naming a party, or a plural subject */
  | 'parties'
  /** a place or a direction: to/into/toward/from X, a place as object, home/back/abroad */
  | 'destination'
  /** a destination, or a party visited */
  | 'destination-or-party'
  /** an attacker (a party or a weapon as subject), a weapon as object, or a target */
  | 'assault'
  /** a noun phrase as object (or as subject of the passive) */
  | 'object'
  /** a party as the head of the object, or of the passive subject ("welcomed the delegation", not "welcomed her release") */
  | 'person';

/** One sense of a trigger word: the event type it reports when its arguments fit, or `null` for "no event". */
export interface TriggerSense {
  id: string;
  type: EventType | null;
  needs?: ArgumentNeed;
  /** A word of the object (or of the passive subject) must match. */
  object?: RegExp;
  /** The head noun of the object (or of the passive subject) must match ("released the tanker", not "a ferry timetable"). */
  objectHead?: RegExp;
  /** The verb of a relative clause said of the active object must match ("released 14 passengers it had seized"). */
  objectRelative?: RegExp;
  /** A word of the active subject must match. */
  subject?: RegExp;
  /** A word of a "from" phrase must match ("released from prison"). */
  from?: RegExp;
  /** A word of an "on" phrase must match ("released on bail"). */
  on?: RegExp;
  /** A word of a "for" phrase must match ("gathered for the funeral"). */
  for?: RegExp;
  /** The subject may not be borrowed by a gerund adjunct from the clause it hangs on ("..., before withdrawing"). */
  noAdjunct?: true;
  /** A word of an in/by/through/after/following phrase must match ("ousted in a no-confidence vote"). */
  via?: RegExp;
  /** The trigger must follow a form of "be" ("was hit by a missile"), not describe a noun ("the depots hit by rockets"). */
  afterBe?: true;
  /** The word right after the trigger must match ("caught fire", "held hostage"). */
  next?: RegExp;
  /**
   * No accusation in the clause: no with/over/for phrase but one naming a means of force, and no object counted one by
   * one ("charged the crowd with batons", not "charged 12 fans with affray"; round 22).
   */
  unaccused?: true;
  /**
   * The object (or the passive subject) is a name no stage made an actor or a place of: a ship's name ("boarded the
   * Sea Falcon", "the MV Orla was boarded"; round 22).
   */
  namedThing?: true;
  /** CAMEO root when it differs from the type's. */
  cameo?: string;
  reason: string;
}

/** Measures short of force a state answers with ("retaliated by banning imports", "by expelling diplomats"). Round 23. */
const RETALIATORY_MEASURES = /^(?:banning|expelling|imposing|recalling|suspending|summoning|cutting|closing|freezing|raising|halting|restricting|blocking|barring|revoking|cancelling|canceling|withdrawing|downgrading|sanctioning|boycotting|tariffs?|sanctions|bans?|expulsions?|duties|levies)$/;

/** Argument needs every sense of a type has unless it says otherwise (the issue's "a meeting needs parties"). */
export const TYPE_NEEDS: Partial<Readonly<Record<EventType, ArgumentNeed>>> = {
  meeting: 'parties', visit: 'destination', movement: 'destination', attack: 'assault',
};

const WEAPONS = /^(?:bombs?|missiles?|rockets?|shells?|mortars?|grenades?|drones?|explosives?|artillery|shots?|rounds|bullets?|gunfire|munitions|ammunition|arms|weapons?|guns?|rifles?|torpedo(?:es)?|projectiles?|salvos?|volleys?|barrages?)$/;
const CROWD_CONTROL = /^(?:tear-?gas|teargas|gas|stun|rubber|water|pepper|plastic|cannons?|batons?|pellets?)$/;
/** Armed forces, whose pulling back is a movement even where no place is named. */
const ARMED_MOVERS = /^(?:troops|forces|soldiers|army|military|rebels|fighters|militants|insurgents|units|militias?)$/;
/** Armed forces whose arriving or flying somewhere is a deployment, not a visit. Id: `events/armed-movers-abroad`. */
const ARMED_MOVERS_ABROAD = /^(?:troops|forces|soldiers|army|military|marines|paratroopers|commandos|peacekeepers|units|reinforcements|battalions?|brigades?|warships?|jets|warplanes|bombers|fighters|militias?|rebels|mercenaries)$/;
const DEAL = /^(?:deals?|agreements?|accords?|treaty|treaties|ceasefire|truce|settlement|bargain|compromise|pact|terms|contracts?|release|peace)$/;
/** Working people and their unions, whose strike is strike action (round 15 adds dockworkers, controllers, crews). */
export const LABOUR = /^(?:workers|unions?|teachers|staff|employees|drivers|doctors|nurses|pilots|miners|dockers|dockworkers|controllers|crews|students)$/;
/**
 * Things a vessel or a vehicle runs into that no one aimed it at ("the ferry struck a reef", "the bus hit a tree"): the
 * object of "strike" or "hit" that makes the blow an accident. Source: English maritime and road accident reporting,
 * written for this library. Id: `event-triggers/obstacles` (round 24, lead).
 */
export const OBSTACLES = /^(?:reefs?|rocks?|sandbanks?|sandbars?|shoals?|icebergs?|seabed|seawall|breakwater|pier|jetty|quay|trees?|lampposts?|pylons?|guardrails?|crash-barriers?|embankments?|verge)$/;
export const NATURAL_FORCE = /^(?:storms?|earthquakes?|quakes?|hurricanes?|typhoons?|cyclones?|floods?|flooding|tsunamis?|tornado(?:es)?|wildfires?|fires?|landslides?|avalanches?|waves?|winds?|flames|floodwaters?|waters|rains?|rainfall|blazes?|mudslides?|storm-surges?|surges?|lava|tremors?|aftershocks?|blizzards?|snowstorms?|gales?|rivers?|streams?|torrents?|mud|debris|rockfalls?|ice|snow|hail|heat|heatwaves?|drought)$/;
const STATEMENT_THINGS = /^(?:statements?|reports?|letters?|videos?|recordings?|findings|figures|data|details|lists?|names|results|footage|documents?|message|messages|note|notes|email|emails|communiqu[eé]s?|transcripts?)$/;
/**
 * People held whom a release or a freeing sets free. Id: `events/captives`. Besides prisoners and hostages, the people
 * news reports say were abducted: aid workers, engineers, tourists, missionaries, pilgrims, schoolchildren, foreign
 * nationals (general knowledge of kidnapping reports). Round 15: their singulars and citizens, researchers, dissidents,
 * bloggers, lawyers ("Iran released a French aid worker", "freed a kidnapped Italian engineer").
 */
export const CAPTIVES = /^(?:hostages?|prisoners?|detainees?|captives?|inmates?|convicts?|activists?|suspects?|him|her|them|journalists?|soldiers?|sailors?|crew|crews|men|women|children|civilians|workers?|engineers?|tourists?|missionar(?:y|ies)|pilgrims?|schoolgirls|schoolboys|schoolchildren|pupils|students?|nationals?|citizens?|fishermen|priests?|nuns?|reporters?|photographers?|academics?|researchers?|dissidents?|bloggers?|lawyers?)$/;
/**
 * Participles of being taken or held, which make whatever they describe a captive ("nurses abducted in March were
 * freed", "the tanker seized in May has been released"), and vessels, which are released only after a seizure.
 * Source: wording of kidnapping, detention and maritime-seizure reports, written for this library (round 20).
 * Id: `events/taken-captives`.
 */
const TAKEN_CAPTIVES = /^(?:kidnapped|abducted|seized|captured|detained|hijacked|impounded|jailed|imprisoned|held)$/;
/** Vessels, released only after a seizure ("Iran released the British-flagged tanker"); "a ferry timetable" is none. */
const RELEASED_VESSELS = /^(?:tankers?|vessels?|ships?|trawlers?|freighters?|boats?|ferr(?:y|ies)|yachts?|dhows?|carriers)$/;
/** What a person is released on short of full freedom ("released on bail", "freed on parole"). Id: `events/conditional-liberty`. */
const CONDITIONAL_LIBERTY = /^(?:bail|parole|probation|licence|license|bond)$/;
/** Captives freed in return for others ("exchanged 24 prisoners", "swapped the bodies of soldiers"). */
const CAPTIVES_EXCHANGED = /^(?:hostages?|prisoners?|detainees?|captives?|pows?|bodies|remains|spies)$/;
const PRODUCTS = /^(?:products?|phones?|devices?|services?|apps?|models?|versions?|brands?|albums?|films?|games?|software|updates?|editions?|lines?|vehicles?|cars?|aircraft|jets?|planes?|units|orders?|shares|stakes?|earnings|bonds?)$/;
const TROOPS = /^(?:troops|soldiers|forces|army|military|navy|coastguard|gendarmerie|units|reinforcements|marines|brigades?|battalions?|warships?|ships|jets|aircraft|police|officers|peacekeepers|personnel|ambassadors?|diplomats|envoys?|staff|policemen|paratroopers|commandos|rescuers|firefighters|helicopters|tanks|teams)$/;
const APPLICATIONS = /^(?:applications?|requests?|pleas?|appeals?|case|cases|petitions?|bids?|asylum|visas?|extradition|motions?|lawsuits?|suits?|complaints?|bail|parole|permission|residency)$/;
const DECISIONS = /^(?:resolutions?|laws?|bills?|motions?|budgets?|amendments?|measures?|acts?|decrees?|legislation|sanctions|plans?|proposals?)$/;
/** Sanctions a body adopts, approves or passes: the act is a sanction, not a decision of its own. */
const SANCTION_WORDS = /^(?:sanctions|embargo|embargoes)$/;
const LEGISLATURES = /^(?:senate|house|parliament|assembly|congress|chamber|legislature|council|committee|lords|commons|duma|knesset|bundestag|diet|lawmakers|legislators)$/;
const FOUND_WEAPONS = /^(?:weapons?|arms|ammunition|explosives?|grenades?|bombs?|caches?|arsenals?|munitions|rifles?|guns?|drugs|cocaine|heroin)$/;
/** Diplomatic missions a government closes ("closed its embassy"). Id: `events/missions`. */
const MISSIONS = /^(?:embassy|embassies|consulate|consulates|mission|missions|legation|chancery)$/;
/** Ties between states that are suspended, severed or broken off. Id: `events/ties`. */
const TIES = /^(?:relations|ties)$/;
/** Diplomats a government recalls or summons ("recalled its ambassador", "summoned the charge d'affaires"). */
const ENVOYS = /^(?:ambassadors?|envoys?|diplomats?|charg[eé]s?|chargé|d'affaires|emissar(?:y|ies)|consuls?|representatives?|high|commissioners?|nuncio|attach[eé]s?)$/;
/** Courts and judges: who rules, reverses, upholds or dismisses ("an appeals court reversed the decision"). */
const COURTS = /^(?:court|courts|judge|judges|tribunal|tribunals|panel|jury|justices|justice|magistrate|magistrates)$/;
/**
 * What a maker recalls ("recalled 120,000 cars", "two batches of its pill", "recalls 1.2 million pickup trucks"):
 * goods sold, so the recall is a business happening (round 25). Source: wording of product-recall reports, written for
 * this library. Id: `event-cues/recalled-products`.
 */
const RECALLED_PRODUCTS = /^(?:cars|vehicles|trucks|pickups|suvs|models|units|products|batches|lots|pills|tablets|drugs|medicines|vaccines|devices|phones|laptops|batteries|chargers|toys|cribs|packages|packets|bottles|cans|jars|boxes|pounds|tons|tonnes|airbags|engines|appliances|heaters|dryers|washers|helmets|seats|strollers|buses|aircraft|jets|smartphones|cheese|meat|beef|chicken|milk|eggs|formula|food|foods|snacks)$/;

/** Armed agents: who attacks whatever the object ("gunmen targeted voters", "armed men stormed a studio", "a gunman"). */
const ARMED = /^(?:armed|masked|hooded|gunm[ae]n|attackers?|assailants?|militant|soldier|terrorist|raider|militants|rebels|insurgents|troops|forces|soldiers|army|military|police|jets|aircraft|warplanes|drones|missiles|rockets|bombers?|snipers?|attackers|fighters|militias?|terrorists|jihadists|assailants|raiders|artillery|commandos|officers|paratroopers|marines|guards|mob|rioters)$/;
/** Who a campaign or a business aims at: "targeting younger voters" is marketing, not an attack. */
const AUDIENCE = /^(?:voters|customers|consumers|buyers|shoppers|audiences?|viewers|readers|listeners|users|subscribers|investors|markets?|segments?|sectors?|demographics?|growth|savings|cuts|emissions|inflation|rates?|profits?|sales|revenues?|goals?|figures?|deadlines?|households|families|businesses|companies|firms|millennials|students|seniors|retirees|women|men|youth|electorate|constituencies|districts|states|seats)$/;
/**
 * Vehicles, whose going off the road or into a river is an accident ("a bus plunged into a gorge", "the lorry veered
 * off the road") and whose travelling is no visit ("the train was travelling from Lorn to Kessa").
 */
export const VEHICLES = /^(?:bus|buses|minibus|minibuses|coach|train|trains|tram|car|cars|truck|trucks|lorry|lorries|van|tanker|vehicle|vehicles|plane|aircraft|airliner|jet|helicopter|ferry|boat|vessel|ship|motorcycle|jeep|taxi)$/;
/** People gathering for a cause: their gathering is a protest ("protesters gathered outside the ministry"). */
const PROTESTERS = /^(?:protesters|protestors|demonstrators|marchers|strikers|activists|supporters|mourners)$/;
/** Rites people gather for: a funeral or prayers, not a cause (a vigil is left out: vigils are often held for one). */
const RITES = /^(?:funerals?|burials?|prayers?|services?|ceremon(?:y|ies)|memorials?|weddings?|mass|masses|commemorations?|wakes?)$/;
/** What is sent or delivered to people in need. */
const AID_GOODS = /^(?:aid|food|supplies|assistance|medicine|medicines|relief|water|fuel|tents|blankets)$/;
/** Armed men who board a vessel to take it (round 19): `ARMED` and the sea's forces and raiders. Id: `event-cues/boarded-vessels`. */
const BOARDERS = new RegExp(`${ARMED.source}|^(?:navy|coastguard|coast|sailors|seals|pirates|hijackers|boarding)$`);
/**
 * Boarders who take what they board (`board/named-vessel`, round 22): troops, police or marines also board their own
 * ships and aircraft ("troops boarded the USS Kearsarge"), so only raiders, pirates, commandos and coastguards count.
 */
const HOSTILE_BOARDERS = /^(?:armed|masked|hooded|gunm[ae]n|pirates|hijackers|commandos|raiders|militants|rebels|insurgents|coastguard|coast|seals|boarding)$/;
/** Vessels a state detains (round 17). Source: wording of maritime-seizure reports. Id: `event-cues/detained-vessels`. */
const DETAINED_VESSELS = /^(?:tankers?|vessels?|ships?|boats?|trawlers?|freighters?|carriers?|yachts?|dhows?|barges?|cargo)$/;
/** Relief whose arriving is its delivery (round 17). Id: `event-triggers/arriving-aid`. */
/** People fleeing or moved, whose arrival is a movement (`arrive/displaced`, round 24). General news vocabulary. */
const DISPLACED_ARRIVALS = /^(?:refugees|migrants|asylum-seekers|seekers|evacuees|displaced|deportees|returnees)$/;
const ARRIVING_AID = /^(?:aid|food|supplies|assistance|medicine|medicines|relief|tents|blankets|doses|vaccines?|convoys?|shipments?)$/;
/**
 * People an airlift carries out (round 18): the object of an active "flew", or (since round 21, when "fly" stopped
 * being read as intransitive) the subject of a passive "were flown". Source: wording of evacuation reports. Id:
 * `event-triggers/airlifted`.
 */
const AIRLIFTED = /^(?:people|nationals|citizens|evacuees|civilians|refugees|staff|diplomats|personnel|passengers|foreigners|residents|survivors|wounded|children|families|workers|pilgrims|tourists|students)$/;
/**
 * Relief and rescue teams carried by air (round 21), as `send/aid` reads them. Source: wording of disaster-relief
 * reports. Id: `event-triggers/flown-relief`.
 */
const FLOWN_RELIEF = /^(?:aid|food|supplies|assistance|medicine|medicines|relief|tents|blankets|rescuers|medics|doctors|water|fuel|vaccines?|doses)$/;
/**
 * People a flight carries who make no trip of their own: captives, the deported and forces (round 21). Source: wording
 * of prisoner-swap, deportation and deployment reports. Id: `event-triggers/flown-people`.
 */
const FLOWN_PEOPLE = /^(?:prisoners|hostages|detainees|captives|deportees|inmates|suspects|troops|soldiers|forces|marines|paratroopers|commandos|peacekeepers|reinforcements)$/;
/** Relief dropped from the air (round 18). Source: wording of airdrop reports. Id: `event-triggers/dropped-relief`. */
const DROPPED_RELIEF = /^(?:aid|food|supplies|parcels|packages|pallets|rations|meals|medicine|medicines|relief|water|flour|tonnes|tons)$/;
/** Things whose arriving is no visit (round 17). Id: `event-triggers/arriving-goods`. */
const ARRIVING_GOODS = /^(?:cargo|goods|letters?|mail|results|ballots|votes|data|parcels?|packages?|orders?|deliveries|oil|gas|grain|weapons|arms)$/;
/** Verbs that report a disaster only with a natural force as subject ("wildfires ravaged the hills"). */
const DISASTER_FORCE_VERBS = ['sweep', 'ravage', 'batter', 'devastate', 'inundate', 'engulf', 'submerge', 'slam', 'pound', 'lash', 'pummel',
  // round 16: a heatwave or a cold snap holding a region ("a heatwave gripped much of northern India", "scorched Europe")
  'grip', 'scorch',
  // round 25: a natural force harming what stands ("The storm damaged some 2,000 houses", "the quake flattened
  // hundreds of homes"); a storm of criticism damages nothing, since its head is "criticism"
  'damage', 'flatten', 'wreck'] as const;
/** Votes that remove somebody from office ("ousted in a no-confidence vote", "toppled by a motion of censure"). */
const REMOVAL_VOTES = /^(?:votes?|ballots?|motions?|no-confidence|confidence|censure|impeachment|referendum|elections?|primary|polls?|recall)$/;
/** Bodies that remove an office holder by a vote of their members ("parliament ousted the speaker"). */
const REMOVING_BODIES = new RegExp(`${LEGISLATURES.source}|^(?:party|members|board|shareholders|delegates|voters|mps|caucus)$`);
/** What an armed strike hits: military, energy and transport sites ("hit an oil depot", "struck rebel positions"). */
const MILITARY_TARGETS = /^(?:depots?|refiner(?:y|ies)|plants?|bases?|airfields?|airbases?|air-bases?|barracks|positions|convoys?|arsenals?|ammunition|warehouses?|headquarters|command|posts?|outposts?|checkpoints?|bridges?|substations?|power-stations?|terminals?|pipelines?|facilit(?:y|ies)|infrastructure|hideouts?|strongholds?|bunkers?|launchers?|batteries|radars?|warships?|ships?|vessels?|tankers?|ports?|airports?|trains?|rail|railway|factor(?:y|ies)|compound|camps?)$/;
/** Armed forces and weapons that sink a vessel in an attack (`sink/attack`). Source: general knowledge of naval reporting. */
const ARMED_SINKERS = /^(?:navy|navies|naval|coastguard|guard|warships?|submarines?|destroyers?|frigates?|gunboats?|forces|troops|military|army|drones?|missiles?|torpedo(?:es)?|jets?|warplanes?|aircraft|helicopters?|pirates|rebels|militants|insurgents)$/;
/**
 * What bursts in an accident or a disaster: structures that hold back water, gas or oil. Id: `events/bursting-structures`.
 * Source: general knowledge of disaster reporting (dam failures, pipeline ruptures).
 */
const BURSTING_STRUCTURES = /^(?:dams?|dykes?|dikes?|levees?|embankments?|reservoirs?|barrages?|pipes?|pipelines?|mains|tanks?|boilers?|canals?)$/;
/**
 * Captives or the dead a side gives up ("handed over four soldiers", "handed the bodies of two hostages to the Red
 * Cross"). Id: `events/handed-over` (round 16). Source: wording of hostage-release and prisoner-swap reports.
 */
const HANDED_OVER = /^(?:hostages?|prisoners?|detainees?|captives?|pows?|bodies|remains|soldiers?|engineers?|workers?|journalists?|tourists?|civilians|women|children|men|sailors?|crew|nationals?|citizens?|fishermen|pilgrims|missionaries)$/;
/** Places an armed side takes back ("regained the town"). Round 17. Source: wording of conflict reports. Id: `event-cues/regained-ground`. */
const REGAINED_GROUND = /^(?:towns?|city|cities|villages?|region|province|district|capital|airport|airbase|base|bases|bridge|port|area|territory|hills?|crossing|camp|stronghold|outpost|garrison|checkpoint|enclave|suburbs?|island|oilfield|refinery|barracks|palace|headquarters|ground)$/;
const ANNIVERSARY = /^(?:anniversary|anniversaries|centenary|centennial|jubilee|memorial|commemoration)$/;

/**
 * Sporting and cultural fixtures a city, a club or a country hosts (`host/fixture`, round 22). Source: sports and arts
 * news vocabulary, written for this library.
 */
const HOSTED_FIXTURES = /^(?:matches|match|games?|fixtures?|tournaments?|championships?|cup|finals?|olympics|paralympics|league|races?|prix|grand|rally|marathons?|concerts?|festivals?|shows?|exhibitions?|fairs?|expo|carnival|parades?|ceremon(?:y|ies)|awards|contests?|pageants?|competitions?|events?|season|series|leg|stage|round|friendl(?:y|ies)|qualifiers?|derby|gigs?|screenings?|premieres?|parties|party|podcast|programmes?|programs?)$/;

/** Who charges a crowd bodily (`charge/crowd`, round 22). Source: wording of protest and football-violence reports. */
const CROWD_CHARGERS = /^(?:police|policemen|officers|troops|soldiers|gendarmes|gendarmerie|cavalry|horsemen|riot|mounted|security|forces|guards|stewards)$/;
/** Crowds and the people in them, charged bodily (`charge/crowd`, round 22). Source: wording of protest and football-violence reports. */
const CHARGED_CROWDS = /^(?:crowds?|mobs?|throngs?|masses|protesters|protestors|demonstrators|marchers|rioters|fans|supporters|spectators|concertgoers|concert-goers|revellers|students|strikers|youths|worshippers|mourners|barricades?|lines|cordons?)$/;

/** People counted as charged ("charged 40 marchers", `charge/counted-people`, round 22): the crowds' people and plain people words. */
const COUNTED_CHARGED = new RegExp(`${CHARGED_CROWDS.source}|^(?:people|persons|men|women|boys|girls|suspects|officers|soldiers|activists|journalists|members|employees|executives|officials|players|others)$`);

/**
 * Verbs with more than one sense, tried in order: the first whose arguments fit gives the type. A sense with type
 * `null` fits a use that reports no happening ("negotiating a curve" has no fitting sense at all).
 */
export const VERB_SENSES: Readonly<Record<string, readonly TriggerSense[]>> = {
  fire: [
    { id: 'fire/crowd-control', type: 'clash', object: CROWD_CONTROL, reason: 'firing tear gas or rubber bullets at a crowd is a confrontation, not an armed attack' },
    { id: 'fire/weapon', type: 'attack', object: WEAPONS, reason: 'firing a weapon' },
    { id: 'fire/at', type: 'attack', needs: 'assault', next: /^(?:at|on|upon|into)$/, reason: 'firing at or on a target' },
    { id: 'fire/dismiss', type: 'other', needs: 'person', reason: '"the prime minister fired his finance minister": a dismissal, like a resignation' },
  ],
  charge: [
    { id: 'charge/price', type: null, object: /^(?:rent|rents|fees?|interest|prices?|tolls?|tariffs?|commissions?|premiums?|money|cash|customers|clients|tenants|users|passengers|visitors|more|less|nothing|extra|bribes?|phones?|batter(?:y|ies)|cars?|vehicles?|devices?)$/, reason: '"gangs who charged rent", "charged customers more", "charging the phone": a price asked or a battery filled, no charge laid' },
    { id: 'charge/counted-people', type: 'legal', next: /^\d/, objectHead: COUNTED_CHARGED, reason: '"police charged 40 marchers", "charged 12 fans with affray" (round 22): a count of people charged, no price' },
    { id: 'charge/price-figure', type: null, next: /^(?:\$|€|£|¥|\d)/, reason: '"charged $5 a night": a price asked' },
    // round 22: police or troops running at a crowd is a confrontation, like firing tear gas at it
    { id: 'charge/at', type: 'clash', next: /^(?:at|into|towards?|through)$/, reason: '"riot police charged at the demonstrators", "horsemen charged into the crowd": a physical charge; a legal one takes an object' },
    { id: 'charge/crowd', type: 'clash', subject: CROWD_CHARGERS, objectHead: CHARGED_CROWDS, unaccused: true, reason: '"mounted officers charged the crowd", "police charged hundreds of fans outside the stadium": no offence named, so a physical charge' },
    { id: 'charge/legal', type: 'legal', reason: '"prosecutors charged him with fraud", "was charged with murder"' },
  ],
  occupy: [
    { id: 'occupy/protest', type: 'protest', subject: /^(?:protesters|protestors|demonstrators|students|activists|workers|strikers|campaigners|farmers|miners|supporters)$/, reason: '"students occupied the university": a sit-in' },
    { id: 'occupy/office', type: null, object: /^(?:posts?|positions?|offices?|seats?|roles?|ranks?|places?|spots?|slots?)$/, reason: '"who occupied the post until 2019", "occupies third place": a position held' },
    { id: 'occupy/civilians', type: null, subject: /^(?:people|families|residents|tenants|squatters|homeless|migrants|refugees|occupants)$/, reason: '"homeless people who had occupied the abandoned building": a place lived in, no seizure' },
    { id: 'occupy/seize', type: 'capture', reason: '"troops occupied the town": land or a site taken by force' },
  ],
  beat: [
    { id: 'beat/people', type: 'attack', object: /^(?:him|her|them|protesters|protestors|demonstrators|journalists|reporters|activists|students|civilians|prisoners|detainees|inmates|people|men|women|children|officers|policemen|villagers|residents|supporters|worshippers|migrants|refugees|passengers|man|woman|boy|girl|teenagers?|photographers?|cameraman|monks|opponents|critics)$/, reason: '"several journalists were beaten", "police beat protesters": people assaulted; "beat expectations", "beat the deadline", "beat Arsenal 2-1" are none' },
  ],
  throw: [
    { id: 'throw/missiles', type: 'clash', object: THROWN, reason: '"demonstrators threw stones and fireworks at riot police": a street fight (CAMEO 14/18 in the fray); "threw a party", "threw his support behind" are none' },
  ],
  hurl: [
    { id: 'hurl/missiles', type: 'clash', object: THROWN, reason: '"youths hurled rocks at soldiers" (round 14): as throw/missiles; "hurled insults" is none' },
  ],
  exchange: [
    { id: 'exchange/captives', type: 'other', object: CAPTIVES_EXCHANGED, cameo: '08', reason: '"Russia and the United States exchanged 24 prisoners": captives freed in return for others (CAMEO 08, yield)' },
    { id: 'exchange/fire', type: 'clash', object: /^(?:fire|gunfire|shots)$/, reason: '"troops exchanged fire with rebels": a gunfight' },
  ],
  hang: [
    { id: 'hang/over', type: null, next: /^(?:over|above|around|up|onto|across|along|heavy|heavily)$/, reason: '"the dispute has hung over the company for years", "hung up the phone": a mood lasting or a thing placed (round 14); an execution is no phrase of place ("two men were hanged on Tuesday", "hanged from a crane")' },
    { id: 'hang/execution', type: 'casualty', reason: '"two men were hanged", "he hanged himself in his cell": a person put to death or dying' },
  ],
  seize: [
    { id: 'seize/on', type: null, next: /^(?:on|upon)$/, reason: '"the candidate seized on the news", "critics seized upon the remarks": a chance taken in words, nothing taken by force' },
    { id: 'seize/take', type: 'capture', reason: '"rebels seized the town", "police seized weapons": something taken by force' },
  ],
  swap: [
    { id: 'swap/captives', type: 'other', object: CAPTIVES_EXCHANGED, cameo: '08', reason: '"the two sides swapped 300 prisoners": captives freed in return for others' },
  ],
  hijack: [
    { id: 'hijack/figurative', type: null, object: /^(?:protests?|demonstrations?|rall(?:y|ies)|movements?|revolution|uprising|campaigns?|debates?|agenda|process|talks|meetings?|narrative|cause|discussions?|conversations?|elections?|votes?|party|summit|conference|issue|story|brand|hashtag|news|event|parade|ceremony|celebrations?)$/, reason: '"the protests had been hijacked by criminals", "hijacked the debate": a cause or a gathering taken over in words, no vehicle seized' },
    { id: 'hijack/seize', type: 'capture', reason: '"gunmen hijacked a bus", "the plane was hijacked": a vehicle seized by force' },
  ],
  escape: [
    { id: 'escape/custody', type: 'movement', from: /^(?:prisons?|jails?|custody|detention|captivity|camps?|cells?|compounds?|facilit(?:y|ies)|centres?|centers?)$/, reason: '"more than 200 inmates escaped from a prison": a jailbreak' },
    { id: 'escape/inmates', type: 'movement', subject: /^(?:inmates|prisoners|detainees|convicts|captives|hostages|suspects)$/, reason: '"dozens of prisoners escaped": a jailbreak; "escaped injury", "escaped an attack" are no movement' },
  ],
  ram: [
    { id: 'ram/vessel', type: 'attack', object: /^(?:vessels?|ships?|boats?|ferr(?:y|ies)|trawlers?|tankers?|cars?|vehicles?|trucks?|lorr(?:y|ies)|buses|bus|vans?|crowds?|gates?|barriers?|checkpoints?|convoys?|patrols?|police|protesters|pedestrians|worshippers|shoppers)$/, reason: '"a coast guard ship rammed a supply vessel", "rammed a crowd": force used on a target; "rammed the bill through parliament" is none' },
  ],
  jail: [
    { id: 'jail/court', type: 'legal', subject: COURTS, reason: '"a court jailed 14 activists": a sentence passed' },
    { id: 'jail/term', type: 'legal', next: /^for$/, reason: '"was jailed for 10 years": a sentence passed' },
    { id: 'jail/detain', type: 'arrest', reason: '"police jailed the protesters": a detention' },
  ],
  imprison: [
    { id: 'imprison/court', type: 'legal', subject: COURTS, reason: '"the court imprisoned him": a sentence passed' },
    { id: 'imprison/term', type: 'legal', next: /^for$/, reason: '"was imprisoned for life": a sentence passed' },
    { id: 'imprison/detain', type: 'arrest', reason: '"the junta imprisoned its critics": a detention' },
  ],
  reverse: [{ id: 'reverse/court', type: 'legal', subject: COURTS, reason: '"an appeals court reversed the decision"; "the company reversed course" is none' }],
  annul: [{ id: 'annul/court', type: 'legal', subject: COURTS, reason: '"the constitutional court annulled the election" (round 14): a ruling; "annulled their marriage" by a couple is none' }],
  nullify: [{ id: 'nullify/court', type: 'legal', subject: COURTS, reason: '"the Supreme Court nullified the vote" (round 14)' }],
  invalidate: [{ id: 'invalidate/court', type: 'legal', subject: COURTS, reason: '"a court invalidated the results" (round 14)' }],
  uphold: [{ id: 'uphold/court', type: 'legal', subject: COURTS, reason: '"the Supreme Court upheld the ban"; "upheld the tradition" is none' }],
  dismiss: [
    { id: 'dismiss/court', type: 'legal', subject: COURTS, reason: '"a judge dismissed the case": a ruling' },
    { id: 'dismiss/person', type: 'other', needs: 'person', reason: '"the president dismissed his defence minister": a dismissal' },
    { id: 'dismiss/claim', type: null, reason: '"dismissed the report as propaganda": a rejection in words (a claim)' },
  ],
  overturn: [
    { id: 'overturn/court', type: 'legal', subject: COURTS, reason: '"the appeals court overturned his conviction": a ruling' },
    { id: 'overturn/decision', type: null, object: /^(?:rulings?|decisions?|verdicts?|convictions?|bans?|laws?|results?|sentences?|orders?|polic(?:y|ies)|rules?|elections?|vetoe?s?|majority)$/, reason: '"parliament overturned the veto", "voters overturned the result": no vehicle overturning' },
    // (round 19, lead) a vehicle overturns on its own; a thing overturned by someone, told in the passive, is a ruling,
    // a result or a ban set aside
    { id: 'overturn/by-force', type: 'accident', via: NATURAL_FORCE, afterBe: true, reason: '"a minibus was overturned by floodwaters": a vehicle a natural force overturned' },
    { id: 'overturn/passive', type: null, afterBe: true, reason: '"he expected it to be overturned", "the ban was overturned on appeal": no vehicle overturning' },
    { id: 'overturn/vehicle', type: 'accident', reason: '"the bus overturned": an accident' },
  ],
  rule: [{ id: 'rule/court', type: 'legal', subject: COURTS, reason: '"the court ruled on Monday that ...": a ruling; "the party that rules the country", "ruled out talks" are none' }],
  sack: [{ id: 'sack/dismiss', type: 'other', needs: 'person', reason: '"sacked the coach": a dismissal; "rioters sacked the town" is rarer in news' }],
  welcome: [{ id: 'welcome/person', type: 'meeting', needs: 'person', reason: '"welcomed the delegation" receives somebody; "welcomed her release" is a statement' }],
  receive: [
    { id: 'receive/care', type: null, object: /^(?:wounded|injured|patients|casualties|bodies|dead|refugees|migrants|asylum-seekers|applications|calls|complaints|treatment|threats)$/, reason: '"the hospital received 40 wounded people", "the country received 2,000 refugees": people taken in or cared for, no meeting' },
    { id: 'receive/person', type: 'meeting', needs: 'person', reason: '"was received by Prime Minister X at the airport", "the king received the delegation" (round 16): a visitor received, as welcome/person; "received a letter", "received 54 percent of the vote", "received aid" are none' },
  ],
  // round 22: a match, a tournament or a show hosted is a fixture, not a meeting of parties
  host: [
    { id: 'host/fixture', type: null, object: HOSTED_FIXTURES, reason: '"banned the clubs from hosting matches", "will host the tournament", "hosted a concert": no meeting' },
    { id: 'host/meeting', type: 'meeting', reason: '"hosted the talks", "hosted his counterpart": parties meeting' },
  ],
  greet: [{ id: 'greet/person', type: 'meeting', needs: 'person', reason: '"greeted her at the airport" receives somebody; "greeted the news" is a reaction' }],
  strike: [
    { id: 'strike/deal', type: 'agreement', object: DEAL, reason: '"struck a deal" is reaching an agreement' },
    { id: 'strike/down-law', type: 'legal', subject: COURTS, next: /^down$/, reason: '"the court struck down the law": a court annulling a law (CAMEO legal)' },
    { id: 'strike/down-other', type: null, next: /^down$/, object: DECISIONS, reason: '"lawmakers struck down the amendment": a measure annulled, no blow' },
    { id: 'strike/labour', type: 'protest', subject: LABOUR, reason: 'workers striking is strike action' },
    { id: 'strike/disaster', type: 'accident', subject: NATURAL_FORCE, reason: 'a storm or an earthquake strikes' },
    { id: 'strike/obstacle', type: 'accident', object: OBSTACLES, reason: '"the ferry struck a reef", "the coach struck a tree" (round 24): a vessel or vehicle running into what no one aimed it at' },
    { id: 'strike/attack', type: 'attack', needs: 'assault', reason: 'an attacker or a weapon striking a target' },
  ],
  hit: [
    { id: 'hit/disaster', type: 'accident', subject: NATURAL_FORCE, reason: 'a storm or an earthquake hits' },
    { id: 'hit/by-disaster', type: 'accident', via: NATURAL_FORCE, afterBe: true, reason: '"the town was hit by floods" (round 15): what a disaster did, told in the passive' },
    { id: 'hit/by-weapon', type: 'attack', via: WEAPONS, afterBe: true, reason: '"a bulk carrier was hit by a missile", "the school was hit by shells" (round 15): a strike told in the passive' },
    { id: 'hit/weapon', type: 'attack', subject: WEAPONS, reason: 'a missile or shells hit; "efforts hit a snag" is no attack' },
    { id: 'hit/obstacle', type: 'accident', object: OBSTACLES, reason: '"the minibus hit a tree", "the trawler hit rocks" (round 24): a vehicle or vessel running into what no one aimed it at' },
    { id: 'hit/vehicle', type: 'accident', subject: VEHICLES, reason: '"a lorry hit a minibus": a road accident' },
    { id: 'hit/armed', type: 'attack', subject: ARMED, reason: '"Israeli jets hit rebel positions", "troops hit back": armed men or weapons striking' },
    { id: 'hit/target', type: 'attack', needs: 'assault', object: MILITARY_TARGETS, reason: '"Ukraine said it had hit an oil depot", "jets hit rebel positions": a strike on a target; "hit a record", "hit the campaign trail" name none' },
  ],
  shoot: [
    { id: 'shoot/film', type: null, object: /^(?:films?|videos?|footage|scenes?|movies?|documentar(?:y|ies)|pictures?|photos?)$/, reason: 'shooting a film' },
    { id: 'shoot/dead', type: 'casualty', next: /^dead$/, reason: '"was shot dead", "shot dead three policemen": a killing' },
    { id: 'shoot/attack', type: 'attack', reason: 'shooting at or shooting somebody' },
  ],
  negotiate: [
    { id: 'negotiate/deal', type: 'meeting', object: DEAL, reason: 'negotiating a deal or a release' },
    { id: 'negotiate/parties', type: 'meeting', needs: 'parties', reason: 'parties negotiating with each other; "negotiating a sharp curve" has none' },
  ],
  release: [
    { id: 'release/statement', type: 'statement', object: STATEMENT_THINGS, cameo: '01', reason: 'releasing a statement or a report' },
    { id: 'release/captives', type: 'other', object: CAPTIVES, cameo: '08', reason: 'freeing hostages or prisoners (CAMEO 08, yield)' },
    { id: 'release/custody', type: 'other', from: /^(?:prison|jail|custody|detention|captivity|hospital)$/, cameo: '08', reason: '"the opposition leader was released from prison": whoever is freed, a prison names the release' },
    { id: 'release/bail', type: 'other', on: CONDITIONAL_LIBERTY, cameo: '08', reason: '"the opposition leader was released on bail": whoever is freed, bail or parole names the release' },
    { id: 'release/product', type: 'economic', object: PRODUCTS, reason: 'bringing out a product' },
    { id: 'release/taken', type: 'other', object: TAKEN_CAPTIVES, cameo: '08', reason: '"two nurses abducted in March were released", "the tanker seized in May has been released" (round 20): what was taken or held is let go (CAMEO 08, yield)' },
    { id: 'release/taken-relative', type: 'other', objectRelative: TAKEN_CAPTIVES, cameo: '08', reason: '"released 14 bus passengers it had seized in April", "released the villagers that it kidnapped" (round 21): whom a relative clause tells were taken are let go (CAMEO 08, yield)' },
    { id: 'release/vessel', type: 'other', objectHead: RELEASED_VESSELS, cameo: '08', reason: '"Iran released the British-flagged tanker" (round 20): a seized vessel let go; "released a new ferry timetable" is none' },
    { id: 'release/person', type: 'other', needs: 'person', cameo: '08', reason: '"Iran released Louis Arnaud", "the junta released the former prime minister" (round 15): a person set free' },
  ],
  pardon: [
    { id: 'pardon/captives', type: 'other', object: CAPTIVES, cameo: '08', reason: '"pardoned 200 prisoners", "pardoned a jailed journalist" (round 15): captives set free by a ruler, as a release' },
    { id: 'pardon/person', type: 'other', needs: 'person', cameo: '08', reason: '"the president pardoned his former adviser": a person spared a sentence' },
  ],
  boycott: [
    { id: 'boycott/vote', type: 'protest', object: /^(?:elections?|votes?|polls?|ballots?|referendums?|referenda|runoffs?|run-offs?|talks|negotiations|summits?|sessions?|parliament|assembly|inaugurations?|ceremon(?:y|ies)|hearings?|trials?|proceedings|meetings?|games|olympics|tournaments?|classes|exams?)$/, cameo: '14', reason: '"the opposition boycotted Saturday\'s election", "boycotted the talks" (round 15), "boycotted his trial" (round 16): refusing to take part, CAMEO 143 "conduct strike or boycott"' },
  ],
  // round 17: asset freezes and bans as sanctions (CAMEO 163). Ids: `event-cues/frozen-holdings`, `event-cues/sanction-bans`.
  freeze: [
    { id: 'freeze/holdings', type: 'sanction', object: FROZEN_HOLDINGS, reason: '"the EU froze the assets of 25 officials", "the reserves were frozen": holdings frozen to punish their owner; "froze hiring", "the lake froze" are none' },
    { id: 'freeze/in-holdings', type: 'sanction', via: FROZEN_HOLDINGS, reason: '"the Treasury froze $50 million in assets belonging to the cartel": the holdings after "in"' },
  ],
  ban: [
    { id: 'ban/trade', type: 'sanction', object: BANNED_TRADE, reason: '"the EU banned imports of Russian steel", "banned Russian airlines from its airspace": trade or flights cut off; "banned protests", "banned the party" are none' },
  ],
  // round 17: a vessel detained is seized, not arrested ("Iran detained two Greek tankers in the Gulf"). Id: `event-cues/detained-vessels`.
  detain: [
    { id: 'detain/vessel', type: 'capture', object: DETAINED_VESSELS, reason: '"Iran detained two Greek tankers", "the coast guard detained a fishing boat" (round 17): a ship held by force, a seizure (CAMEO 19 as "seized a tanker")' },
    { id: 'detain/person', type: 'arrest', reason: '"police detained 40 people": an arrest' },
  ],
  // round 17: ground won back ("loyal troops regained control of the camp", "the army regained the town"). Id: `event-cues/regained-ground`.
  regain: [
    { id: 'regain/control', type: 'capture', next: /^control$/, reason: '"loyal troops had regained control of the camp": ground taken back by force, as "took control of"; "regained consciousness", "regained the lead" are none' },
    { id: 'regain/ground', type: 'capture', object: REGAINED_GROUND, reason: '"the army regained the town", "rebels regained the airport": a place taken back' },
  ],
  wrest: [
    { id: 'wrest/control', type: 'capture', next: /^control$/, reason: '"rebels wrested control of the town from the army": a place taken by force; "wrested a concession" is none' },
    { id: 'wrest/ground', type: 'capture', object: REGAINED_GROUND, reason: '"troops wrested the town from the rebels"' },
  ],
  violate: [
    { id: 'violate/airspace', type: 'movement', object: /^(?:airspace|waters|border|borders|frontier|territory)$/, reason: '"two jets violated Swedish airspace", "the ship violated its territorial waters" (round 15): an incursion, CAMEO movement "incursion"; "violated the ceasefire" or "the law" is no movement' },
  ],
  hand: [
    { id: 'hand/captives', type: 'other', object: HANDED_OVER, cameo: '08', reason: '"Hamas handed over four soldiers to the Red Cross", "militants handed the bodies of two soldiers to mediators" (round 16): captives or the dead given up, a release (CAMEO 08, yield); "handed over power", "handed him a letter" are none' },
  ],
  'hand over': [
    { id: 'hand-over/captives', type: 'other', object: HANDED_OVER, cameo: '08', reason: '"handed over three kidnapped engineers to police", "the hostages were handed over to the Red Cross" (round 16): as hand/captives' },
  ],
  concede: [
    { id: 'concede/defeat', type: 'election', object: /^(?:defeat|elections?|race|races|contest|presidency|victory|seat|primary|nomination|runoff|run-off|vote)$/, reason: '"conceded defeat on Sunday", "conceded the race to his rival" (round 16): the loser accepting a vote\'s result, part of the election told; "conceded that the plan failed", "conceded a goal" are none' },
  ],
  fine: [
    { id: 'fine/penalty', type: 'legal', needs: 'object', reason: '"the court fined the company $2 million", "regulators fined the bank", "was fined $500" (round 16): a penalty imposed, a ruling (CAMEO legal)' },
  ],
  bar: [
    { id: 'bar/court', type: 'legal', subject: COURTS, reason: '"the court barred him from holding office for 10 years" (round 16): a ruling; "a law that bars foreigners" is none' },
  ],
  free: [
    { id: 'free/captives', type: 'other', object: CAPTIVES, cameo: '08', reason: '"special forces stormed the hotel, freeing 130 hostages": captives freed (CAMEO 08, yield); "freed up funds" is none' },
    { id: 'free/custody', type: 'other', from: /^(?:prison|jail|custody|detention|captivity)$/, cameo: '08', reason: '"was freed from prison"' },
    { id: 'free/bail', type: 'other', on: CONDITIONAL_LIBERTY, cameo: '08', reason: '"was freed on bail"' },
    { id: 'free/taken', type: 'other', object: TAKEN_CAPTIVES, cameo: '08', reason: '"two nurses abducted in March were freed", "the seized trawler was freed" (round 20): what was taken or held is let go' },
    { id: 'free/taken-relative', type: 'other', objectRelative: TAKEN_CAPTIVES, cameo: '08', reason: '"freed six aid workers they had abducted last year" (round 21): whom a relative clause tells were taken are set free (CAMEO 08, yield)' },
    { id: 'free/vessel', type: 'other', objectHead: RELEASED_VESSELS, cameo: '08', reason: '"the trawler was freed on Friday" (round 20): a seized vessel let go' },
  ],
  send: [
    { id: 'send/force', type: null, subject: NATURAL_FORCE, reason: '"the storm swept across the region, sending a wall of water through the city", "the quake sent residents fleeing" (round 16): what a disaster drove, no aid sent' },
    { id: 'send/surge', type: null, object: /^(?:walls?|torrents?|surges?|waves?|deluge|plumes?|clouds?|columns?|shockwaves?|ripples?|shivers?|jitters|prices|shares|markets?)$/, reason: '"sending a wall of water through the town", "sent a plume of ash into the sky", "sent prices soaring" (round 16): water or ash driven, or a market moved, no aid' },
    { id: 'send/aid', type: 'aid', object: /^(?:aid|food|supplies|assistance|medicine|medicines|relief|tents|blankets|rescue|rescuers|medics|search|doctors|water|fuel)$/, reason: 'sending aid, supplies or rescue teams to a disaster' },
    { id: 'send/troops', type: 'movement', object: TROOPS, reason: 'sending troops, ships or envoys' },
    { id: 'send/letter', type: 'statement', object: /^(?:letters?|messages?|notes?|emails?|petitions?)$/, cameo: '01', reason: 'sending a letter is a statement to its addressee' },
  ],
  deliver: [
    { id: 'deliver/aid', type: 'aid', object: AID_GOODS, reason: 'delivering aid' },
    { id: 'deliver/goods', type: 'economic', object: PRODUCTS, reason: 'delivering aircraft or ordered goods' },
  ],
  launch: [
    { id: 'launch/weapon', type: 'attack', object: WEAPONS, reason: 'launching missiles or rockets' },
    { id: 'launch/product', type: 'economic', object: PRODUCTS, reason: 'launching a product' },
  ],
  order: [
    { id: 'order/purchase', type: 'economic', object: /^(?:planes?|aircraft|jets?|units|vehicles?|ships?|trains?|locomotives?|engines?|parts)$/, reason: 'ordering goods is a purchase' },
    { id: 'order/command', type: 'other', needs: 'object', reason: 'ordering somebody to act' },
  ],
  march: [
    { id: 'march/troops', type: 'movement', subject: TROOPS, reason: 'troops marching is a movement' },
    { id: 'march/protest', type: 'protest', reason: 'people marching is a protest' },
  ],
  // "deployed 500 soldiers to help with the rescue", "dispatched troops": sending forces is a movement with or without a destination
  deploy: [
    { id: 'deploy/troops', type: 'movement', object: TROOPS, reason: 'deploying troops, ships or police' },
    { id: 'deploy/to', type: 'movement', needs: 'destination', reason: 'deploying to a place' },
  ],
  dispatch: [
    { id: 'dispatch/troops', type: 'movement', object: TROOPS, reason: 'dispatching troops or envoys' },
    { id: 'dispatch/to', type: 'movement', needs: 'destination', reason: 'dispatching to a place' },
  ],
  withdraw: [
    { id: 'withdraw/forces', type: 'movement', object: TROOPS, reason: 'withdrawing troops or envoys' },
    { id: 'withdraw/armed', type: 'movement', subject: ARMED_MOVERS, noAdjunct: true, reason: '"the army said its forces had withdrawn": armed forces pulling back, with or without a place; a candidate or a company withdrawing is none; "entered the town before withdrawing" tells how the entry went' },
    { id: 'withdraw/from', type: 'movement', needs: 'destination', reason: 'withdrawing from a place' },
  ],
  retreat: [
    { id: 'retreat/armed', type: 'movement', subject: ARMED_MOVERS, noAdjunct: true, reason: 'armed forces falling back, with or without a place' },
    { id: 'retreat/to', type: 'movement', needs: 'destination', reason: 'retreating to or from a place; "shares retreated" is none' },
  ],
  leave: [
    { id: 'leave/dead', type: 'casualty', object: /^(?:dead|injured|wounded)$/, reason: '"the clashes left one man dead": a death or an injury told by its result' },
    { id: 'leave/vehicle', type: null, subject: VEHICLES, reason: '"the ferry capsized shortly after leaving the port" tells the vessel\'s route, not a movement' },
    { id: 'leave/place', type: 'movement', needs: 'destination', reason: 'leaving a place or for a place; "leaving intact" is no movement' },
  ],
  flee: [{ id: 'flee', type: 'movement', reason: 'fleeing is a movement with or without a destination' }],
  deport: [{ id: 'deport', type: 'movement', reason: 'deporting sends somebody out, whether or not the clause says where' }],
  expel: [{ id: 'expel', type: 'movement', reason: 'expelling sends somebody out' }],
  extradite: [{ id: 'extradite', type: 'movement', reason: 'extraditing hands somebody over to another state' }],
  // round 22: "airlift" names what is carried, as the airlift senses of "fly" read it
  airlift: [
    { id: 'airlift/aid', type: 'aid', object: ARRIVING_AID, reason: '"airlifted food and medicine to the cut-off villages": relief delivered' },
    { id: 'airlift/people', type: 'movement', needs: 'object', reason: '"the army airlifted 300 stranded residents from rooftops", "airlifted the wounded to Kathmandu": people carried out, an evacuation' },
  ],
  evacuate: [{ id: 'evacuate', type: 'movement', reason: 'evacuating moves people out' }],
  explode: [
    { id: 'explode/bomb', type: 'attack', subject: /^(?:bombs?|devices?|explosives?|grenades?|mines?|shells?|missiles?|rockets?|bombers?|car-bombs?)$/, cameo: '18', reason: 'a bomb exploding is a bombing' },
    { id: 'explode/accident', type: 'accident', reason: 'anything else exploding' },
  ],
  destroy: [
    { id: 'destroy/natural', type: 'accident', subject: NATURAL_FORCE, reason: 'a storm or a fire destroying buildings' },
    { id: 'destroy/by-force', type: 'accident', via: NATURAL_FORCE, reason: '"villages were destroyed by the quake": what a disaster did' },
    { id: 'destroy/blast', type: null, subject: /^(?:explosions?|blasts?|impact)$/, reason: 'what an explosion destroyed describes the attack already reported' },
    { id: 'destroy/attack', type: 'attack', reason: 'destroying something by force' },
  ],
  find: [
    { id: 'find/weapons', type: 'capture', object: FOUND_WEAPONS, reason: 'finding a cache of weapons is a seizure' },
    { id: 'find/guilty', type: 'legal', next: /^(?:guilty|innocent|liable)$/, reason: '"was found guilty of murder": a verdict' },
    { id: 'find/guilty-object', type: 'legal', object: /^(?:guilty|innocent|liable)$/, reason: '"the jury found the two men guilty": a verdict' },
    { id: 'find/dead', type: 'casualty', next: /^(?:dead|murdered|killed|slain|drowned|strangled|stabbed|shot|hanged|beheaded)$/, reason: '"an elderly man was found dead in his home", "three bodies were found shot": a death found' },
  ],
  discover: [
    { id: 'discover/weapons', type: 'capture', object: FOUND_WEAPONS, reason: 'discovering a cache of weapons is a seizure' },
    { id: 'discover/other', type: 'other', needs: 'object', reason: 'a finding reported as a happening' },
  ],
  uncover: [
    { id: 'uncover/weapons', type: 'capture', object: FOUND_WEAPONS, reason: 'uncovering a cache of weapons is a seizure' },
    { id: 'uncover/other', type: 'other', needs: 'object', reason: 'a finding reported as a happening' },
  ],
  reject: [
    { id: 'reject/ballot', type: 'election', subject: ELECTORATE, object: DECISIONS, reason: '"Voters in Ecuador rejected a proposal to allow foreign bases", "Swiss voters rejected the plan" (round 18): a referendum\'s result, part of the vote' },
    { id: 'reject/application', type: 'legal', object: APPLICATIONS, reason: 'rejecting an application, plea or appeal is a legal decision; rejecting an idea is a claim' },
  ],
  deny: [{ id: 'deny/application', type: 'legal', object: APPLICATIONS, reason: 'denying an application or bail is a legal decision; denying a report is a claim' }],
  'turn down': [{ id: 'turn-down/application', type: 'legal', object: APPLICATIONS, reason: 'turning down a case or a request' }],
  reconsider: [{ id: 'reconsider/application', type: 'legal', object: APPLICATIONS, reason: 'reconsidering an application' }],
  grant: [{ id: 'grant/application', type: 'legal', object: APPLICATIONS, reason: 'granting asylum or bail' }],
  pass: [
    { id: 'pass/sanctions', type: 'sanction', object: SANCTION_WORDS, reason: '"the Security Council passed new sanctions against X": the sanctions are the act' },
    { id: 'pass/decision', type: 'other', object: DECISIONS, reason: 'a body passing a resolution or a law decides' },
    { id: 'pass/bill', type: 'other', subject: DECISIONS, object: LEGISLATURES, reason: '"the bill passed the Senate": a chamber decided' },
  ],
  approve: [
    { id: 'approve/sanctions', type: 'sanction', object: SANCTION_WORDS, reason: '"approved sanctions on Russian banks": the sanctions are the act' },
    { id: 'approve/ballot', type: 'election', subject: ELECTORATE, object: DECISIONS, reason: '"Swiss voters approved the plan in a referendum" (round 18): a referendum\'s result, part of the vote, not a body deciding' },
    { id: 'approve/decision', type: 'other', object: DECISIONS, reason: 'a body approving a plan or a law decides' },
  ],
  adopt: [
    { id: 'adopt/sanctions', type: 'sanction', object: SANCTION_WORDS, reason: '"adopted a new package of sanctions against Belarus": the sanctions are the act' },
    { id: 'adopt/decision', type: 'other', object: DECISIONS, reason: 'a body adopting a resolution decides' },
  ],
  mark: [{ id: 'mark/anniversary', type: 'other', object: ANNIVERSARY, reason: 'marking an anniversary is a commemoration' }],
  commemorate: [{ id: 'commemorate', type: 'other', needs: 'object', reason: 'a commemoration' }],
  hold: [
    { id: 'hold/captive', type: 'capture', next: /^(?:hostage|captive|prisoner)s?$/, reason: '"held hostage"' },
  ],
  keep: [
    { id: 'keep/captive', type: 'capture', object: /^(?:hostage|captive|prisoner)s?$/, reason: '"kept her captive"' },
  ],
  rally: [
    { id: 'rally/support', type: null, object: /^(?:support|supporters|voters|behind|around|markets?|shares|stocks|prices)$/, reason: 'rallying support, or a market rally' },
    { id: 'rally/protest', type: 'protest', reason: 'a rally' },
  ],
  clear: [
    { id: 'clear/charges', type: 'legal', next: /^of$/, reason: '"cleared of charges" is an acquittal' },
    { id: 'clear/way', type: null, objectHead: /^(?:way|path|hurdles?|obstacles?|air|name|schedule|decks?|backlog|threshold|bar)$/, reason: '"clearing the way for the premier to form a government", "cleared a final hurdle", "cleared the air", "cleared his name" (round 25): a figure, no happening; "police cleared the square" is one' },
    { id: 'clear/site', type: 'other', needs: 'object', reason: 'clearing a site or a camp' },
  ],
  burst: [
    { id: 'burst/structure', type: 'accident', subject: BURSTING_STRUCTURES, reason: '"two dams burst after torrential rain", "a water main burst": a structure holding water, gas or oil giving way (an accident or a disaster); "burst into tears", "the bubble burst" are none' },
  ],
  // round 22: a structure or a tree falling or giving way by itself; figures, bodies and towns fall too ("prices fell",
  // "the government fell", "the town fell to the rebels"), and those are no accident (nor, here, a capture)
  fall: [
    { id: 'fall/structure', type: 'accident', subject: FALLEN_STRUCTURES, reason: '"a crane fell onto a bus", "a tree fell on the car": an accident' },
    { id: 'fall/other', type: null, reason: '"prices fell", "fell ill", "the town fell": no structure falling' },
  ],
  'give way': [
    { id: 'give-way/structure', type: 'accident', subject: FALLEN_STRUCTURES, reason: '"a scaffold gave way", "the footbridge gave way under the crowd": an accident' },
    { id: 'give-way/other', type: null, reason: '"hope gave way to anger", "the lines gave way": no accident' },
  ],
  'cave in': [
    { id: 'cave-in/structure', type: 'accident', subject: FALLEN_STRUCTURES, reason: '"part of the mine shaft caved in", "the roof caved in": an accident' },
    { id: 'cave-in/other', type: null, reason: '"the government caved in to the demands": a concession, no accident' },
  ],
  'tip over': [
    { id: 'tip-over/structure', type: 'accident', subject: new RegExp(`${FALLEN_STRUCTURES.source}|${VEHICLES.source}`), reason: '"a section of the stand tipped over", "the bus tipped over": an accident' },
    { id: 'tip-over/other', type: null, reason: '"tipped over the edge into recession": no accident' },
  ],
  collapse: [
    { id: 'collapse/abstract', type: null, subject: /^(?:talks|negotiations|rounds?|summits?|meetings?|deals?|agreements?|accords?|ceasefires?|truces?|governments?|coalitions?|economy|currency|market|markets|prices|shares|plan|plans|process|support|bank|banks|company|regime)$/, reason: '"the talks collapsed" ends a happening already told, "the currency collapsed" is no accident' },
    { id: 'collapse/structure', type: 'accident', reason: 'a building, a bridge or a mine collapsing' },
  ],
  close: [
    { id: 'close/mission', type: 'other', object: MISSIONS, cameo: '16', reason: '"closed its embassy in Khartoum": a cut in relations or an evacuation (CAMEO 16, reduce relations); "closed schools", "shares closed higher" are none' },
    { id: 'close/border', type: 'other', object: /^(?:borders?|crossings?|airspace|frontier)$/, cameo: '16', reason: '"Thailand closed all border crossings with Cambodia": a border shut against a neighbour' },
    { id: 'close/roads', type: 'other', object: /^(?:roads?|bridges?|highways?|motorways?)$/, reason: '"authorities closed bridges over the Nile", "police closed roads around the square" (round 17): ways shut against a crowd or after an attack; "closed schools" is none' },
    { id: 'close/site', type: 'economic', object: SITES_CLOSED, reason: '"will close its plant in Zwickau", "closed two factories" (round 18): a plant closure, economic; "closed schools" is none' },
  ],
  shut: [
    { id: 'shut/mission', type: 'other', object: MISSIONS, cameo: '16', reason: '"will shut its embassy in Kabul" (round 18): a cut in relations, as with "close"' },
    { id: 'shut/site', type: 'economic', object: SITES_CLOSED, reason: '"shut two factories", "will shut down its plant" (round 18): a plant closure, as with "close"' },
  ],
  ...Object.fromEntries(['cut', 'shed', 'axe', 'slash', 'eliminate'].map((verb) => [verb, [
    { id: `${verb}/jobs`, type: 'economic', object: JOBS_CUT, reason: `"will ${verb} 3,000 jobs", "${verb} 800 workers" (round 18): a layoff, economic; "${verb} prices", "${verb} ties" are none here` },
  ]])),
  reach: [
    { id: 'reach/aid', type: 'aid', subject: ARRIVING_AID, cameo: '07', reason: '"An aid convoy reached the besieged town", "the first food aid reached Kadugli" (round 18): relief delivered, as with "arrived"; "reached a deal" is left to the noun' },
  ],
  drop: [
    { id: 'drop/aid', type: 'aid', object: DROPPED_RELIEF, cameo: '07', reason: '"aircraft dropped food parcels over the strip", "dropped aid to cut-off villages" (round 18): an aid drop' },
    { id: 'drop/bombs', type: 'attack', object: WEAPONS, reason: '"warplanes dropped bombs on the town" (round 18): an air strike; "dropped the charges" is none' },
  ],
  airdrop: [
    { id: 'airdrop/aid', type: 'aid', needs: 'object', cameo: '07', reason: '"The air force airdropped 20 tonnes of food" (round 18): an aid drop' },
  ],
  file: [
    { id: 'file/insolvency', type: 'economic', for: INSOLVENCY, reason: '"filed for bankruptcy protection", "filed for insolvency" (round 18): a company that cannot pay its debts; "filed a lawsuit" is left to the noun' },
  ],
  suspend: [
    { id: 'suspend/ties', type: 'other', object: TIES, cameo: '16', reason: '"suspended diplomatic relations with Ecuador": a cut in relations; "suspended flights", "a suspended sentence" are none' },
    { id: 'suspend/membership', type: 'other', object: /^(?:membership|participation)$/, cameo: '16', reason: '"the African Union suspended Gabon\'s membership" (round 17): a bloc cutting a state off after a coup, a cut in relations' },
  ],
  sever: [{ id: 'sever/ties', type: 'other', object: TIES, cameo: '16', reason: '"severed ties with Taipei": a cut in relations' }],
  recall: [
    { id: 'recall/envoy', type: 'other', object: ENVOYS, cameo: '16', reason: '"recalled its ambassador": a cut in relations (CAMEO 16, reduce relations); "recalled the day" is none' },
    { id: 'recall/products', type: 'economic', objectHead: RECALLED_PRODUCTS, reason: '"recalled 120,000 cars over faulty airbags", "recalled two batches of its pill" (round 25): a maker taking back what it sold, a business happening; "recalled the day", "recalled his words" are none' },
    { id: 'recall/other', type: null, reason: 'remembering' },
  ],
  summon: [
    { id: 'summon/envoy', type: 'other', object: ENVOYS, reason: '"summoned the Belarusian ambassador": a diplomatic protest' },
    { id: 'summon/other', type: null, reason: '"summoned the courage", "summoned reporters"' },
  ],
  displace: [
    { id: 'displace/people', type: 'movement', needs: 'object', reason: '"the floods displaced 200,000 people": people driven from their homes' },
  ],
  force: [
    { id: 'force/from-home', type: 'movement', from: /^(?:homes?|houses?|villages?|towns?|lands?|farms?|neighbou?rhoods?|camps?)$/, reason: '"forced more than 200,000 from their homes": a displacement' },
    { id: 'force/other', type: null, reason: '"forced troops to withdraw" tells the withdrawal, "forced a vote" nothing of its own' },
  ],
  oust: [
    { id: 'oust/vote', type: 'other', via: REMOVAL_VOTES, reason: '"was ousted in a no-confidence vote": a removal from office by vote, like a dismissal, not a seizure of power' },
    { id: 'oust/body', type: 'other', subject: REMOVING_BODIES, reason: '"parliament ousted the speaker", "party members ousted their leader": a removal from office' },
    { id: 'oust/power', type: 'capture', reason: '"the army ousted the president": a seizure of power' },
  ],
  depose: [
    { id: 'depose/vote', type: 'other', via: REMOVAL_VOTES, reason: 'a removal from office by vote' },
    { id: 'depose/body', type: 'other', subject: REMOVING_BODIES, reason: 'a removal from office by a legislature or a party' },
    { id: 'depose/power', type: 'capture', reason: 'a seizure of power' },
  ],
  remove: [
    { id: 'remove/vote', type: 'other', via: REMOVAL_VOTES, reason: '"was removed from office in an impeachment vote": a removal by vote' },
    { id: 'remove/body', type: 'other', subject: REMOVING_BODIES, from: /^(?:power|office|post|presidency)$/, reason: '"parliament removed the president from office": a removal from office' },
    { id: 'remove/power', type: 'capture', from: /^(?:power)$/, reason: '"soldiers removed the president from power": a seizure of power' },
    { id: 'remove/other', type: null, reason: 'removing anything else (rubble, a post from a website) reports no happening' },
  ],
  topple: [
    { id: 'topple/vote', type: 'other', via: REMOVAL_VOTES, reason: '"the government was toppled in a confidence vote": a removal from office by vote' },
    { id: 'topple/force', type: null, subject: NATURAL_FORCE, reason: '"the quake toppled dozens of buildings": what the disaster did, told by its own verb' },
    { id: 'topple/thing', type: null, object: /^(?:buildings?|houses?|homes?|trees?|walls?|towers?|poles?|pylons?|statues?|monuments?|structures?|bridges?|blocks|roofs?|chimneys?|minarets?|steeples?|cranes?|lorry|lorries|trucks?|vehicles?|cars?|fences?|shelves|records?|champions?|favourites?|favorites?)$/, reason: '"protesters toppled a statue", "the wind toppled trees", "toppled the champion": no seizure of power' },
    { id: 'topple/structure', type: 'accident', subject: FALLEN_STRUCTURES, reason: '"a crane toppled onto a school", "the wall toppled in the storm" (round 22): a structure falling by itself is an accident, not a seizure of power' },
    { id: 'topple/regime', type: 'capture', reason: '"the army toppled the government": a seizure of power' },
  ],
  sink: [
    { id: 'sink/attack', type: 'attack', subject: ARMED_SINKERS, needs: 'object', reason: '"the navy sank a smuggling boat", "a drone sank a patrol ship": an armed force or a weapon sinking a vessel attacks it' },
    { id: 'sink/accident', type: 'accident', reason: '"the ferry sank off the coast": a vessel lost' },
  ],
  crash: [
    { id: 'crash/market', type: 'economic', subject: /^(?:markets?|shares|stocks|prices|currency|index|economy)$/, reason: 'a market crash' },
    { id: 'crash/vehicle', type: 'accident', reason: 'a vehicle crashing' },
  ],
  demonstrate: [
    { id: 'demonstrate/show', type: null, needs: 'object', reason: '"demonstrated the new phone" shows a thing' },
    { id: 'demonstrate', type: 'protest', reason: 'people demonstrating' },
  ],
  // verbs of a disaster's force: only a natural force as subject makes them one ("floods swept through the delta";
  // "the party swept the polls", "police swept the district" are none here)
  ...Object.fromEntries(DISASTER_FORCE_VERBS.map((verb) => [verb, [{ id: `${verb}/disaster`, type: 'accident', subject: NATURAL_FORCE, reason: `a storm, a flood, a fire or an earthquake: "${verb}" of a natural force` }]])),
  win: [
    { id: 'win/office', type: 'election', object: /^(?:terms?|re-?election|elections?|presidency|premiership|seats?|race|primar(?:y|ies)|nomination|mandate|majority|runoff|run-off|vote|votes|ballot|referendum|mayoralty|governorship|office|landslide)$/, reason: '"won a second term", "won re-election", "won the presidency": an election' },
    { id: 'win/other', type: null, reason: '"won the match", "won an award", "won support": no election' },
  ],
  disperse: [
    { id: 'disperse/crowd', type: 'clash', object: /^(?:crowds?|protesters|demonstrators|rall(?:y|ies)|marchers|protests?|demonstrations?|gatherings?|mobs?|students|supporters|rioters|sit-ins?)$/, reason: 'police dispersing a crowd confront it' },
    { id: 'disperse/other', type: null, reason: '"the fog dispersed", "funds were dispersed"' },
  ],
  use: [
    { id: 'use/crowd-control', type: 'clash', object: CROWD_CONTROL, reason: '"police used tear gas and batons" on a crowd' },
    { id: 'use/site', type: null, object: /^(?:depots?|factor(?:y|ies)|sites?|plants?|warehouses?|facilit(?:y|ies)|caches?|stores?|bases?|workshops?)$/, reason: '"a weapons depot used by the rebels": a site in use, no weapon fired' },
    { id: 'use/weapon', type: 'attack', object: /^(?:chemical|weapons?|missiles?|rockets?|bombs?|artillery|drones?|explosives?|nerve|gas)$/, reason: '"used chemical weapons", "used drones to strike"' },
    { id: 'use/other', type: null, reason: 'using anything else reports no happening' },
  ],
  erupt: [
    { id: 'erupt/happening', type: null, subject: /^(?:violence|fighting|clashes|clash|protests?|riots?|unrest|demonstrations?|war|conflict|row|dispute|scandal|controversy|crisis|tensions?|anger|fury|chaos|panic|gunfire|battles?|skirmishes?|shootouts?|shoot-outs?|gunfights?|firefights?|gunbattles?|rallies|celebrations?|applause|cheers|cheering|laughter|debate)$/, reason: '"fighting erupted", "protests erupted": the noun is the happening, "erupt" says it began' },
    { id: 'erupt/volcano', type: 'accident', reason: 'a volcano erupting' },
  ],
  block: [
    { id: 'block/court', type: 'legal', subject: /^(?:courts?|judges?|tribunal|justices|magistrates?)$/, reason: 'a court blocking a deportation or a law rules on it' },
    { id: 'block/protest', type: 'protest', subject: /^(?:protesters|demonstrators|activists|farmers|truckers|strikers|workers|residents|villagers|students|opponents|crowds?|supporters|youths|fishermen|drivers|traders|mourners)$/, reason: '"protesters blocked roads" is a protest' },
    { id: 'block/other', type: null, reason: '"the Senate blocked the bill", "clouds blocked the view": no happening of its own' },
  ],
  dissolve: [
    { id: 'dissolve/court', type: 'legal', subject: /^(?:courts?|judges?|tribunal|justices)$/, object: /^(?:party|parties|parliament|assembly|government|council|union|group|movement|association|organi[sz]ation|coalition)$/, reason: '"the Constitutional Court dissolved the opposition party" (round 14): a ruling' },
    { id: 'dissolve/other', type: null, reason: '"the crowd dissolved", "dissolved in water": no happening' },
  ],
  sign: [
    { id: 'sign/law', type: 'other', object: /^(?:laws?|bills?|decrees?|measures?|legislation|acts?|budgets?|ordinances?|amendments?|orders?|edicts?|regulations?|statutes?|pardons?|death|warrants?)$/, reason: '"the president signed a decree", "signed the measure into law" (round 14): a law or a decree enacted by its signer, no agreement between parties' },
    { id: 'sign/document', type: null, object: /^(?:letters?|petitions?|autographs?|books?|copies|shirts?|jerseys?|balls?|posters?|photos?|photographs?|registers?|guestbooks?|pledges?|cards?|memorabilia)$/, reason: '"60 lawmakers signed a letter urging ...", "residents signed a petition", "signed autographs" (round 22): a signature under a letter or on a keepsake makes no agreement between parties; what the letter says is a claim' },
    { id: 'sign/agreement', type: 'agreement', reason: '"signed a ceasefire", "the two sides signed the deal": an agreement' },
  ],
  ...Object.fromEntries(['surround', 'encircle'].map((verb) => [verb, [
    { id: `${verb}/siege`, type: 'attack', subject: ARMED, needs: 'destination', reason: `"rebels ${verb}ed the town of Bunia", "troops have ${verb}ed the city since May" (round 18): a place besieged by force (CAMEO 191, like "besiege"); "${verb}ed by controversy", "supporters ${verb}ed his car" are none` },
  ]])),
  // round 19: a vessel boarded by force is taken ("Iranian commandos boarded the tanker from helicopters", "coast guard
  // officers boarded a fishing trawler"). Id: `event-cues/boarded-vessels`.
  board: [
    { id: 'board/vessel', type: 'capture', subject: BOARDERS, object: DETAINED_VESSELS, reason: '"commandos boarded the tanker", "coast guard officers boarded a trawler", "pirates boarded a cargo ship" (round 19): a ship boarded by armed men is seized (CAMEO 19 as "seized a tanker"); passengers boarding a ferry, "boarded a flight" are none' },
    { id: 'board/named-vessel', type: 'capture', subject: HOSTILE_BOARDERS, namedThing: true, reason: '"armed men boarded the Sea Falcon", "the Aegean Star was boarded by commandos" (round 22): armed boarders take a named vessel; no stage marks the name as a ship, but armed men boarding a name is no passenger taking a flight' },
  ],
  blockade: [
    { id: 'blockade/protest', type: 'protest', subject: /^(?:protesters|protestors|demonstrators|activists|farmers|truckers|strikers|workers|residents|villagers|students|supporters|youths|fishermen|drivers)$/, reason: '"farmers blockaded the port": people blocking a place protest' },
    { id: 'blockade/force', type: 'attack', reason: '"the army has blockaded the town", "warships blockaded the port": a place cut off by force (CAMEO 191)' },
  ],
  invade: [
    { id: 'invade/venue', type: null, object: /^(?:pitch|field|stage|court|ring|track|rink|arena|green)$/, reason: '"fans invaded the pitch": a crowd on a playing field or stage, no invasion' },
    { id: 'invade/attack', type: 'attack', reason: '"Iraq invaded Kuwait", "troops invaded the region": an attack' },
  ],
  // round 23: answering with a measure is the measure, no attack ("Varnia retaliated by banning imports"). Id:
  // `event-cues/retaliatory-measures`.
  retaliate: [
    { id: 'retaliate/measure', type: null, via: RETALIATORY_MEASURES, reason: '"retaliated by banning imports", "retaliated by expelling two diplomats": the measure named after "by" is the happening; the answering itself is no attack' },
    { id: 'retaliate/force', type: 'attack', reason: '"the army retaliated with artillery", "rebels retaliated": an answering attack' },
  ],
  storm: [
    { id: 'storm/armed', type: 'attack', subject: ARMED, needs: 'object', reason: '"troops stormed the compound"; "stormed out of the room", "fans stormed the pitch" are none' },
    { id: 'storm/crowd', type: 'protest', subject: /^(?:protesters|protestors|demonstrators|rioters|crowds?|mobs?|supporters|activists|students)$/, object: /^(?:parliament|legislature|congress|capitol|palace|building|buildings|compound|embassy|consulate|offices?|headquarters|ministry|residence|square|station|court|courthouse|airport|gates?)$/, reason: '"protesters stormed the parliament building": a violent protest (CAMEO 145)' },
  ],
  target: [
    { id: 'target/armed', type: 'attack', subject: ARMED, reason: 'gunmen or aircraft targeting somebody' },
    { id: 'target/audience', type: null, object: AUDIENCE, reason: '"the party is targeting younger voters": a campaign aims at an audience' },
    { id: 'target/attack', type: 'attack', needs: 'assault', reason: 'an attack aimed at a target' },
  ],
  visit: [{ id: 'visit', type: 'visit', needs: 'destination-or-party', reason: 'visiting a place or a person; "coming to visit" alone names none' }],
  talk: [{ id: 'talk/with', type: 'meeting', needs: 'parties', next: /^(?:to|with)$/, reason: 'talking to or with somebody' }],
  discuss: [{ id: 'discuss', type: 'meeting', needs: 'parties', reason: 'parties discussing with each other' }],
  mediate: [{ id: 'mediate', type: 'meeting', reason: 'mediating brings parties together, named or not' }],
  go: [{ id: 'go/to', type: 'visit', needs: 'destination', next: /^(?:to|back)$/, reason: 'going to a place; "going to war" names no place' }],
  return: [{ id: 'return/to', type: 'movement', needs: 'destination', reason: 'returning to a place or home; "returned fire" is no movement' }],
  travel: [
    { id: 'travel/vehicle', type: null, subject: VEHICLES, reason: '"the bus was travelling from Lorn to Kessa" tells the vehicle\'s route, not a visit' },
    { id: 'travel', type: 'visit', needs: 'destination', reason: 'travelling to a place' },
  ],
  plunge: [{ id: 'plunge/vehicle', type: 'accident', subject: VEHICLES, reason: 'a vehicle plunging off a road or into water; "shares plunged" is none' }],
  skid: [{ id: 'skid/vehicle', type: 'accident', subject: VEHICLES, reason: 'a vehicle skidding off the road' }],
  disappear: [{ id: 'disappear/vehicle', type: 'accident', subject: VEHICLES, reason: '"a passenger plane that disappeared over the sea": a vehicle lost; "the protesters disappeared" is none' }],
  vanish: [{ id: 'vanish/vehicle', type: 'accident', subject: VEHICLES, reason: 'a plane or a boat vanishing with people on board' }],
  veer: [{ id: 'veer/vehicle', type: 'accident', subject: VEHICLES, reason: 'a vehicle veering off the road or into traffic; "the talks veered" is none' }],
  gather: [
    { id: 'gather/rite', type: null, for: RITES, reason: '"mourners gathered for the burial", "crowds gathered for Friday prayers": people meeting for a rite, no protest (round 15)' },
    { id: 'gather/protesters', type: 'protest', subject: PROTESTERS, reason: 'protesters gathering is a protest; "crowds gathered to watch", "police gathered evidence" are none' },
  ],
  arrive: [
    { id: 'arrive/troops', type: 'movement', needs: 'destination', subject: ARMED_MOVERS_ABROAD, reason: '"French troops arrived in Bamako": a deployment (troop movement), no visit' },
    // round 17: things sent arrive; nobody visits ("trial doses arrived in Kampala", "the first aid arrived in Gaza")
    { id: 'arrive/aid', type: 'aid', subject: ARRIVING_AID, cameo: '07', reason: '"the first aid arrived in Gaza", "vaccine doses arrived in Kampala" (round 17): relief delivered, no visit' },
    // round 24: people fleeing who reach a shore or a border move; nobody visits
    { id: 'arrive/displaced', type: 'movement', needs: 'destination', subject: DISPLACED_ARRIVALS, reason: '"1,500 refugees arrived on Lesbos", "migrants arrived in Lampedusa" (round 24): people fleeing reaching a place, a movement, no visit' },
    { id: 'arrive/goods', type: null, subject: ARRIVING_GOODS, reason: '"the cargo arrived in Rotterdam", "the results arrived late" (round 17): things, no visitor' },
    { id: 'arrive', type: 'visit', needs: 'destination', reason: 'arriving in a place' },
  ],
  fly: [
    { id: 'fly/troops', type: 'movement', needs: 'destination', subject: ARMED_MOVERS_ABROAD, reason: '"US special forces flew into Khartoum": a deployment or an evacuation flight (troop movement), no visit' },
    // round 18: "France said it had flown 388 people out of Khartoum", "flew 200 foreign nationals to Djibouti": an
    // airlift of people, a movement; "was flown to a hospital" (the passive, one person carried) stays as it was
    { id: 'fly/airlift', type: 'movement', needs: 'destination', object: AIRLIFTED, reason: '"had flown 388 people out of Khartoum", "flew 200 foreign nationals to Djibouti" (round 18): people carried out by air, an evacuation (movement), no visit' },
    // round 21: "Turkey has flown 60 rescuers to the region", "The prisoners were flown to Doha": what a flight
    // carries (the object, or the subject of the passive) is relief or people moved, and the flier visits nobody
    { id: 'fly/aid', type: 'aid', object: FLOWN_RELIEF, reason: '"has flown 60 rescuers and sniffer dogs to the region", "flew tents to the quake zone" (round 21): relief or rescue teams carried by air, aid (CAMEO 07), no visit' },
    { id: 'fly/carried', type: 'movement', object: FLOWN_PEOPLE, reason: '"The prisoners were flown to Doha", "flew troops to the border" (round 21): captives or forces carried by air, a movement, no visit of theirs or of the flier' },
    { id: 'fly', type: 'visit', needs: 'destination', reason: 'flying to a place' },
  ],
};

/**
 * Verbs that never take an object, so a participle of theirs is never passive ("fled", "died", "arrived"). "fly" is not
 * one: "The prisoners were flown to Doha" carries them (round 21).
 */
export const INTRANSITIVE_VERBS: ReadonlySet<string> = new Set([
  'die', 'drown', 'flee', 'arrive', 'go', 'return', 'travel', 'march', 'protest', 'rally', 'riot', 'clash',
  'retreat', 'advance', 'resign', 'explode', 'collapse', 'derail', 'overturn', 'collide', 'capsize', 'sink', 'erupt',
  'crash', 'meet', 'talk', 'demonstrate', 'retaliate', 'arrive', 'flood', 'catch fire', 'run aground',
]);

/**
 * Verbs that carry a happening named by their object noun ("held talks", "carried out strikes", "launched an
 * offensive", "joined the march"), with the role their subject takes in it: the subject of "faced
 * deportation" suffers it.
 */
export const LIGHT_VERBS: Readonly<Record<string, 'agent' | 'patient'>> = {
  hold: 'agent', have: 'agent', 'carry out': 'agent', conduct: 'agent', launch: 'agent', stage: 'agent', mount: 'agent',
  wage: 'agent', organize: 'agent', organise: 'agent', lead: 'agent', begin: 'agent', start: 'agent', resume: 'agent',
  attend: 'agent', 'participate in': 'agent', 'take part in': 'agent', join: 'agent', give: 'agent', deliver: 'agent',
  make: 'agent', 'call for': 'agent', announce: 'agent', reach: 'agent', sign: 'agent', open: 'agent', continue: 'agent',
  'continue with': 'agent', complete: 'agent', end: 'agent', 'go on': 'agent', undertake: 'agent', perpetrate: 'agent',
  commit: 'agent', order: 'agent', plan: 'agent', 'claim responsibility for': 'agent', host: 'agent', face: 'patient',
  suffer: 'patient', undergo: 'patient', survive: 'patient', escape: 'patient', bring: 'agent', file: 'agent',
  press: 'agent', lodge: 'agent', issue: 'agent', publish: 'agent', promise: 'agent', pledge: 'agent', vow: 'agent',
  demand: 'agent', seek: 'agent', propose: 'agent', impose: 'agent', return: 'agent', set: 'agent', // "returned fire", "set fire to"
  call: 'agent', // "call" only before CONVENED nouns
  // round 23: measures laid or widened by whoever lays them ("raised tariffs on", "slapped sanctions on", "extended
  // the ceasefire", "tightened the embargo")
  raise: 'agent', slap: 'agent', levy: 'agent', hike: 'agent', extend: 'agent', tighten: 'agent', widen: 'agent',
  // round 24: a sentence received or handed down ("received a five-year sentence", "handed down a life sentence",
  // "handed him a suspended sentence"; `events/sentence-terms`)
  receive: 'patient', hand: 'agent', 'hand down': 'agent',
};

/** Nouns that report a happening, by singular form (or a plural used as its own word). */
export const EVENT_NOUNS: Readonly<Record<string, EventType>> = {
  meeting: 'meeting', talks: 'meeting', summit: 'meeting', negotiations: 'meeting', negotiation: 'meeting',
  consultations: 'meeting', conference: 'meeting', session: 'meeting', discussions: 'meeting', mediation: 'meeting',
  welcome: 'meeting',
  release: 'other', // only a person freed: see `nounTypeAt` in triggers.ts
  visit: 'visit', trip: 'visit', tour: 'visit', journey: 'visit',
  agreement: 'agreement', deal: 'agreement', accord: 'agreement', treaty: 'agreement', ceasefire: 'agreement',
  truce: 'agreement', 'cease-fire': 'agreement',
  attack: 'attack', strike: 'attack', strikes: 'attack', airstrike: 'attack', airstrikes: 'attack', shelling: 'attack',
  bombing: 'attack', assault: 'attack', bombardment: 'attack', raid: 'attack', offensive: 'clash', assassination: 'attack',
  invasion: 'attack', shooting: 'attack', siege: 'attack', cyberattack: 'attack', 'cyber-attack': 'attack', stabbing: 'attack',
  ambush: 'attack',
  clash: 'clash', clashes: 'clash', fighting: 'clash', fight: 'clash', battle: 'clash', battles: 'clash', combat: 'clash',
  counteroffensive: 'clash', skirmish: 'clash', skirmishes: 'clash', scuffle: 'clash', scuffles: 'clash', brawl: 'clash', operation: 'clash', insurgency: 'clash',
  // round 25: two armed sides shooting at each other, told by one noun ("a shootout with police", "a gunfight erupted")
  shootout: 'clash', shootouts: 'clash', 'shoot-out': 'clash', gunfight: 'clash', gunfights: 'clash', firefight: 'clash', firefights: 'clash', gunbattle: 'clash', gunbattles: 'clash',
  capture: 'capture', seizure: 'capture', takeover: 'capture', occupation: 'capture', kidnapping: 'capture',
  abduction: 'capture', coup: 'capture', hijacking: 'capture',
  withdrawal: 'movement', advance: 'movement', retreat: 'movement', incursion: 'movement', deployment: 'movement',
  deportation: 'movement', extradition: 'movement', jailbreak: 'movement', 'prison-break': 'movement', expulsion: 'movement', evacuation: 'movement',
  protest: 'protest', protests: 'protest', demonstration: 'protest', demonstrations: 'protest', rally: 'protest',
  march: 'protest', marches: 'protest', riot: 'protest', uprising: 'protest', 'sit-in': 'protest', mutiny: 'protest',
  swap: 'other', exchange: 'other', // only of prisoners or of fire: see `nounTypeAt` in triggers.ts
  'counter-demonstrations': 'protest', revolt: 'protest', strike_action: 'protest', blockade: 'protest', boycott: 'protest',
  walkout: 'protest', walkouts: 'protest', lockout: 'protest', 'lock-out': 'protest', // round 18: the employers' side of a strike // round 15: workers leaving their jobs in a dispute, strike action (CAMEO 143)
  arrest: 'arrest', arrests: 'arrest', detention: 'arrest',
  sanctions: 'sanction', sanction: 'sanction', embargo: 'sanction', tariffs: 'sanction', tariff: 'sanction', // tariffs: only as laid (`event-cues/imposed-tariffs`)
  // round 17: only "an asset freeze", "travel bans": see `substanceOrForce` in triggers.ts
  freeze: 'sanction', ban: 'sanction',
  aid: 'aid', assistance: 'aid', donation: 'aid',
  election: 'election', elections: 'election', vote: 'election', referendum: 'election', ballot: 'election',
  primary: 'election', primaries: 'election', runoff: 'election', 'run-off': 'election', 'by-election': 'election',
  caucus: 'election', caucuses: 'election', plebiscite: 'election', campaign: 'election', race: 'election', poll: 'election', // with ELECTORAL words only (a poll: a kind of vote)
  resignation: 'other', rescue: 'other', plot: 'other',
  death: 'casualty', deaths: 'casualty', injury: 'casualty', injuries: 'casualty', casualties: 'casualty',
  killing: 'casualty', killings: 'casualty', murder: 'casualty', execution: 'casualty', executions: 'casualty',
  massacre: 'casualty', massacres: 'casualty', // round 18: see the verb
  sentence: 'legal', // round 24: only a term passed on someone, see `nounTypeAt` in triggers.ts
  lawsuit: 'legal', trial: 'legal', ruling: 'legal', charges: 'legal', indictment: 'legal', verdict: 'legal',
  probe: 'legal', investigation: 'legal', inquiry: 'legal', prosecution: 'legal', indictments: 'legal',
  crash: 'accident', explosion: 'accident', fire: 'accident', disaster: 'accident', derailment: 'accident',
  collision: 'accident', earthquake: 'accident', quake: 'accident', flood: 'accident', floods: 'accident',
  flooding: 'accident', landslide: 'accident', tsunami: 'accident', hurricane: 'accident', typhoon: 'accident',
  cyclone: 'accident', eruption: 'accident', wildfire: 'accident', blaze: 'accident', meltdown: 'accident',
  meltdowns: 'accident', blast: 'accident', shipwreck: 'accident', avalanche: 'accident', tornado: 'accident',
  earthquakes: 'accident', aftershock: 'accident', aftershocks: 'accident', tremor: 'accident', tremors: 'accident',
  landslides: 'accident', mudslide: 'accident', mudslides: 'accident', stampede: 'accident', stampedes: 'accident',
  crush: 'accident', crushes: 'accident', // round 22: a crowd crush, see `nounTypeAt` in triggers.ts
  collapse: 'accident', // only a structure giving way: see `nounTypeAt` in triggers.ts
  leak: 'accident', spill: 'accident', // round 16: only of a hazardous substance, see `nounTypeAt` in triggers.ts
  // round 16: only with a military word before it ("joint military exercises"), see `nounTypeAt` in triggers.ts
  exercise: 'movement', drill: 'movement', manoeuvre: 'movement', maneuver: 'movement',
  merger: 'economic', acquisition: 'economic', contract: 'economic', order: 'economic', orders: 'economic', sale: 'economic',
  investment: 'economic', bankruptcy: 'economic', layoffs: 'economic', earnings: 'economic',
  closure: 'economic', // round 18: only of a plant or a shop, see `businessNounType` in business-acts.ts
  interview: 'statement', speech: 'statement', announcement: 'statement', testimony: 'statement', briefing: 'statement',
};

/** Words before "conference"/"briefing" that make it a statement to the press, not a meeting of parties. */
export const PRESS_WORDS: ReadonlySet<string> = new Set(['press', 'news', 'media']);

/**
 * Nouns a modifier before them must name as a happening to be one ("a coup plot", "a bomb plot"; "the plot of the
 * film" is none).
 */
/**
 * Words that make a campaign an election campaign: before the noun ("her presidential campaign", "the re-election
 * campaign") or after "campaign for" / "campaigned for" ("campaigning for president", "for a seat in parliament").
 * Source: English election vocabulary, written for this library. Id: `event-triggers/electoral`.
 */
export const ELECTORAL = /^(?:presidential|election|electoral|re-election|reelection|leadership|parliamentary|mayoral|gubernatorial|senate|congressional|primary|campaign-trail|president|presidency|office|governor|mayor|senator|parliament|congress|seat|votes|vice-president|chancellor|prime)$/;

export const NEEDS_EVENT_MODIFIER: ReadonlySet<string> = new Set(['plot']);

/**
 * CAMEO root codes by event type, so events join GDELT's. Where a type spans two roots the one that fits most news
 * reports is given: agreement 05 (diplomatic cooperation; 06 material cooperation is rarer in text), attack 19
 * (conventional military force: shelling 194, air strikes 195, occupation 192) with the triggers of
 * `CAMEO_BY_TRIGGER` moving single assaults to 18. Types with no CAMEO root (elections, business news, accidents)
 * are null.
 */
export const CAMEO_ROOT: Readonly<Record<EventType, string | null>> = {
  statement: '01', meeting: '04', visit: '04', agreement: '05', aid: '07', legal: '11', protest: '14', movement: '15',
  sanction: '16', arrest: '17', casualty: '18', attack: '19', clash: '19', capture: '19', election: null,
  economic: null, accident: null, other: null,
};

/**
 * Trigger lemmas whose CAMEO root differs from their type's: bombings, shootings, ambushes, assassinations and
 * abductions are CAMEO 18 (assault: 181 abduct, 183 bombings, 186 assassination), not 19; deporting is 17 (174
 * expel or deport); rescuing and freeing people is 08 (yield: 0841 release persons).
 */
export const CAMEO_BY_TRIGGER: Readonly<Record<string, string>> = {
  bomb: '18', bombing: '18', shoot: '18', shooting: '18', ambush: '18', assassinate: '18', assassination: '18',
  detonate: '18', abduct: '18', abduction: '18', hijack: '18', hijacking: '18', kidnap: '18', kidnapping: '18', 'claim responsibility': '01',
  'put on alert': '15', deport: '17', deportation: '17', expel: '17', expulsion: '17', rescue: '08',
  murder: '18', execute: '18', execution: '18', hang: '18',
};

/**
 * Unnamed groups that take part in happenings as agents or victims ("police fired", "security forces detained",
 * "six civilians were killed"): the event stage names them as group actors when they are an event's participants.
 * Speakers-only groups ("analysts", "sources") and the vague "officials" are left to the claims stage; people
 * named only by what they were doing ("passengers", "workers", "voters") are no sides of a conflict and become no
 * actors (measured: they cost actor precision on business news). Inmates, migrants, firefighters and rescuers (round
 * 13: prison riots, migrant boats, fires and rescues) moved no eval figure.
 */
export const PARTICIPANT_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'police', 'forces', 'troops', 'soldiers', 'military', 'army', 'guards', 'militia', 'militias', 'rebels', 'militants',
  'insurgents', 'separatists', 'fighters', 'gunmen', 'bombers', 'officers', 'policemen', 'peacekeepers', 'marines',
  'civilians', 'residents', 'villagers', 'citizens', 'refugees', 'students', 'journalists', 'protesters',
  'protestors', 'demonstrators', 'activists', 'supporters', 'youth', 'authorities', 'government', 'investigators', 'prosecutors',
  'lawmakers', 'legislators', 'opposition', 'hostages', 'prisoners', 'detainees', 'bureaucrats', 'commanders',
  'rioters', 'looters', 'attackers', 'assailants', 'commandos', 'paratroopers', 'kidnappers', 'pirates', 'smugglers',
  'mutineers', 'gangs', 'gangsters', 'navy', 'coastguard', 'gendarmerie', 'junta', 'terrorists', 'jihadists', 'bandits', 'extremists',
  'coalition', 'inmates', 'migrants', 'firefighters', 'rescuers', 'pupils', 'schoolchildren', 'schoolgirls', 'schoolboys', 'worshippers', 'mourners',
  // round 15: a single unnamed attacker ("A gunman killed nine people", "the attacker opened fire", "a suicide bomber
  // blew himself up") takes part as an unnamed group of one; events15, `events/single-attacker`
  'gunman', 'attacker', 'assailant', 'bomber', 'shooter', 'sniper', 'hijacker', 'kidnapper',
  // round 15: hackers claiming or carrying out a cyberattack ("Hackers attacked the websites of three ministries")
  'hackers',
  // round 15, second wave: the plural of "youth" ("Youths carrying sticks attacked police", "youths hurled stones at
  // soldiers"), the word of African and South Asian protest and riot reports
  'youths',
]);

/**
 * People named by their work or as a gathered mass, who become group participants only of the acts a dispute or a
 * crackdown is made of (round 24, `events/occasional-groups`): "Nurses staged a walkout", "Miners went on strike",
 * "police opened fire on the crowd", "fired on striking miners". Elsewhere they stay no actors ("workers" and
 * "employees" in business news cost actor precision: see `PARTICIPANT_GROUP_NOUNS`). Source: the working people of
 * `LABOUR` (not the unions, which are bodies) and the crowd nouns of riot reports, written for this library.
 */
export const OCCASIONAL_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'workers', 'teachers', 'staff', 'employees', 'drivers', 'doctors', 'nurses', 'pilots', 'miners', 'dockers',
  'dockworkers', 'controllers', 'crews', 'strikers', 'crowd', 'crowds', 'marchers', 'mob',
  // round 25: people the police hunt, shoot or arrest ("Police killed one suspect in a shootout", "arrested three
  // suspects"); a suspect named before is that person (the resolver's), not a group
  'suspects', 'suspect',
]);

/**
 * Who decides a case, as parties of legal events only (round 25, `events/case-deciders`): "A jury in Manhattan
 * convicted a banker", "Jurors acquitted him", "a judge sentenced her to ten years" had no agent, since none of these
 * is a named body. Elsewhere ("a judge said", "jury selection") they stay no actors. Source: the deciding roles of
 * criminal-court reports, written for this library.
 */
export const CASE_DECIDER_NOUNS: ReadonlySet<string> = new Set(['jury', 'juries', 'jurors', 'judge', 'judges', 'magistrate', 'magistrates']);

/** The event types whose parties `OCCASIONAL_GROUP_NOUNS` may name: strike action, force used on people, harm. */
/**
 * Crowd nouns of `OCCASIONAL_GROUP_NOUNS`: "police fired on the crowd" after "protesters gathered" names those
 * protesters again, so a crowd joins the article's opposition group when there is one (but a later "protesters" is
 * never renamed "crowd").
 */
export const CROWD_NOUNS: ReadonlySet<string> = new Set(['crowd', 'crowds', 'marchers', 'mob']);

export const OCCASIONAL_GROUP_TYPES: ReadonlySet<EventType> = new Set(['protest', 'attack', 'clash', 'casualty', 'arrest']);

/**
 * Religious and ethnic communities named as sides of a conflict or a protest ("Yazidis organised counter-rallies",
 * "Kurds fled the town"): group participants like the nouns of `PARTICIPANT_GROUP_NOUNS`, written capitalised.
 * Plural demonyms ("Palestinians", "Ukrainians") are read from the gazetteer instead of listed here.
 * Source: general knowledge of communities named in conflict reporting, written for this library.
 */
export const COMMUNITY_NOUNS: ReadonlySet<string> = new Set([
  'sunnis', 'shias', 'shiites', "shi'ites", 'alawites', 'kurds', 'christians', 'muslims', 'jews', 'hindus', 'sikhs',
  'buddhists', 'copts', 'yazidis', 'druze', 'pashtuns', 'tamils', 'sinhalese', 'hutus', 'tutsis', 'uighurs', 'uyghurs',
  'rohingya', 'baloch', 'berbers', 'bedouins', 'maronites', 'catholics', 'protestants', 'evangelicals', 'houthis',
]);

/**
 * Kinds of unnamed group a report names in several ways: "police", "security forces" and "law enforcement officials"
 * are one force in a report about one country; "protesters", "activists" and "the opposition" one side. A group
 * noun phrase of a kind joins an actor the article already named of that kind, instead of making another one.
 * Two-word phrases are looked up before their head word.
 */
export const GROUP_KINDS: Readonly<Record<string, string>> = {
  police: 'security', policemen: 'security', 'riot police': 'security', 'security forces': 'security',
  'security personnel': 'security', 'law enforcement': 'security', 'enforcement officials': 'security',
  'enforcement officers': 'security', 'police officers': 'security', gendarmerie: 'security',
  army: 'military', military: 'military', troops: 'military', soldiers: 'military', 'armed forces': 'military',
  marines: 'military', commanders: 'military', 'military commanders': 'military', 'military officers': 'military',
  opposition: 'opposition', protesters: 'opposition', protestors: 'opposition', demonstrators: 'opposition',
  activists: 'opposition',
  rebels: 'rebels', insurgents: 'rebels', militants: 'rebels', fighters: 'rebels', separatists: 'rebels', gunmen: 'rebels',
  // round 15: one unnamed attacker named again by another noun ("A gunman killed nine people ... The attacker, a
  // 13-year-old pupil, opened fire"): one participant
  gunman: 'lone attacker', attacker: 'lone attacker', assailant: 'lone attacker', shooter: 'lone attacker',
};
