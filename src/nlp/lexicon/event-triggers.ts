import type { EventType } from '../../schema/event.js';

/**
 * Words that report a happening, by lemma (verbs) or singular form (nouns), with the event type of
 * `shared/eval/event-types.json`. General news vocabulary; the CAMEO mapping is in `CAMEO_ROOT`.
 */
export const EVENT_VERBS: Readonly<Record<string, EventType>> = {
  meet: 'meeting', host: 'meeting', negotiate: 'meeting', confer: 'meeting', convene: 'meeting',
  visit: 'visit', travel: 'visit', tour: 'visit',
  sign: 'agreement', agree: 'agreement', ratify: 'agreement',
  strike: 'attack', attack: 'attack', shell: 'attack', bomb: 'attack', shoot: 'attack', fire: 'attack',
  bombard: 'attack', raid: 'attack', ambush: 'attack', target: 'attack', hit: 'attack',
  destroy: 'attack', detonate: 'attack', retaliate: 'attack',
  fight: 'clash', clash: 'clash', repel: 'clash', 'push back': 'clash', battle: 'clash', resist: 'clash',
  capture: 'capture', seize: 'capture', take: 'capture', occupy: 'capture', liberate: 'capture', overrun: 'capture',
  'take control': 'capture', retake: 'capture',
  enter: 'movement', dispatch: 'movement', send: 'movement', redeploy: 'movement', withdraw: 'movement', advance: 'movement', retreat: 'movement', deploy: 'movement',
  invade: 'attack', march: 'protest', leave: 'movement', flee: 'movement', evacuate: 'movement', cross: 'movement',
  protest: 'protest', rally: 'protest', demonstrate: 'protest', riot: 'protest', lead: 'protest',
  arrest: 'arrest', detain: 'arrest', jail: 'arrest', imprison: 'arrest', deport: 'arrest', abduct: 'arrest',
  sanction: 'sanction', embargo: 'sanction',
  donate: 'aid', supply: 'aid', 'provide aid': 'aid', fund: 'aid',
  elect: 'election', vote: 'election', 're-elect': 'election',
  kill: 'casualty', wound: 'casualty', injure: 'casualty', die: 'casualty', murder: 'casualty', execute: 'casualty',
  resign: 'other', appoint: 'other', rename: 'other', clear: 'other', annex: 'capture', order: 'other',
  sue: 'legal', charge: 'legal', indict: 'legal', convict: 'legal', sentence: 'legal', acquit: 'legal', prosecute: 'legal',
  crash: 'accident', explode: 'accident', collapse: 'accident',
  buy: 'economic', sell: 'economic', acquire: 'economic', purchase: 'economic', invest: 'economic',
  merge: 'economic', launch: 'economic', release: 'economic', unveil: 'economic', deliver: 'economic',
};

export const EVENT_NOUNS: Readonly<Record<string, EventType>> = {
  meeting: 'meeting', talks: 'meeting', summit: 'meeting', negotiations: 'meeting', negotiation: 'meeting',
  consultations: 'meeting', conference: 'meeting', session: 'meeting', discussions: 'meeting',
  visit: 'visit', trip: 'visit', tour: 'visit',
  agreement: 'agreement', deal: 'agreement', accord: 'agreement', treaty: 'agreement', ceasefire: 'agreement',
  truce: 'agreement', 'cease-fire': 'agreement',
  attack: 'attack', strike: 'attack', strikes: 'attack', airstrike: 'attack', airstrikes: 'attack', shelling: 'attack',
  bombing: 'attack', assault: 'attack', bombardment: 'attack', raid: 'attack', offensive: 'clash',
  clash: 'clash', clashes: 'clash', fighting: 'clash', fight: 'clash', battle: 'clash', battles: 'clash', combat: 'clash',
  counteroffensive: 'clash', skirmish: 'clash', skirmishes: 'clash', operation: 'clash', insurgency: 'clash',
  capture: 'capture', seizure: 'capture', takeover: 'capture', occupation: 'capture',
  withdrawal: 'movement', advance: 'movement', retreat: 'movement', incursion: 'movement', deployment: 'movement',
  invasion: 'attack',
  protest: 'protest', protests: 'protest', demonstration: 'protest', demonstrations: 'protest', rally: 'protest',
  march: 'protest', marches: 'protest', riot: 'protest', uprising: 'protest', 'sit-in': 'protest',
  'counter-demonstrations': 'protest', revolt: 'protest', strike_action: 'protest',
  arrest: 'arrest', arrests: 'arrest', detention: 'arrest',
  sanctions: 'sanction', sanction: 'sanction', embargo: 'sanction',
  aid: 'aid', assistance: 'aid', donation: 'aid',
  election: 'election', elections: 'election', vote: 'election', referendum: 'election', ballot: 'election',
  coup: 'capture', resignation: 'other',
  death: 'casualty', deaths: 'casualty', injury: 'casualty', injuries: 'casualty', casualties: 'casualty',
  killing: 'casualty', killings: 'casualty',
  lawsuit: 'legal', trial: 'legal', ruling: 'legal', charges: 'legal', indictment: 'legal', verdict: 'legal',
  crash: 'accident', explosion: 'accident', fire: 'accident', disaster: 'accident',
  merger: 'economic', acquisition: 'economic', contract: 'economic', order: 'statement', sale: 'economic',
  investment: 'economic', bankruptcy: 'economic', layoffs: 'economic', earnings: 'economic',
  interview: 'statement', speech: 'statement', announcement: 'statement',
};

/**
 * CAMEO root codes (two digits, CAMEO 1.1b3 codebook, Schrodt 2012) by event type, so events join GDELT's.
 * Where a type spans two roots the one that fits most news reports is given: agreement 05 (diplomatic
 * cooperation; 06 material cooperation is rarer in text), attack 19 (conventional military force: shelling 194,
 * air strikes 195, occupation 192) with the triggers of `CAMEO_BY_TRIGGER` moving single assaults to 18. Types
 * with no CAMEO root (elections, business news, accidents) are null.
 */
export const CAMEO_ROOT: Readonly<Record<EventType, string | null>> = {
  statement: '01', meeting: '04', visit: '04', agreement: '05', aid: '07', legal: '11', protest: '14', movement: '15',
  sanction: '16', arrest: '17', casualty: '18', attack: '19', clash: '19', capture: '19', election: null,
  economic: null, accident: null, other: null,
};

/**
 * Trigger lemmas whose CAMEO root differs from their type's: bombings, shootings, ambushes and assassinations are
 * CAMEO 18 (assault: 183 bombings, 186 assassination), not 19.
 */
export const CAMEO_BY_TRIGGER: Readonly<Record<string, string>> = {
  bomb: '18', bombing: '18', shoot: '18', shooting: '18', ambush: '18', assassinate: '18', assassination: '18',
  detonate: '18', abduct: '18', 'claim responsibility': '01', 'put on alert': '15',
};
