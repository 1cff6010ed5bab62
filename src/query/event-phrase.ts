import type { EventType, Modality, NewsEvent } from '../schema/event.js';

/*
 * A few words that say what happened, for labels and printed results: "meeting of Mara Quist and Tomas
 * Elland in Velmora", "arrest of two journalists by police in Dunmore", "claimed capture of Corvane". Built from
 * the record's type, participants, places and modality only, so the graph page, the CLI and scripts agree.
 */

/** A noun for the happening of each type; "economic" and "other" are too broad and use the trigger's words. */
const TYPE_NOUN: Partial<Record<EventType, string>> = {
  meeting: 'meeting', visit: 'visit', agreement: 'agreement', attack: 'attack', clash: 'clash', capture: 'capture',
  protest: 'protest', arrest: 'arrest', sanction: 'sanctions', aid: 'aid', election: 'election', movement: 'movement',
  casualty: 'casualties', statement: 'statement', legal: 'legal action', accident: 'accident',
};

/** Types whose participants take part alike: "meeting of A and B", "clash between A and B", "visit by A". */
const MUTUAL: Partial<Record<EventType, string>> = { meeting: 'of', visit: 'by', agreement: 'between', clash: 'between', election: 'in' };

/** The word before the patient: "attack on X", "arrest of X". */
const PATIENT_WORD: Partial<Record<EventType, string>> = { attack: 'on', sanction: 'on', aid: 'to' };

/** What a modality other than asserted puts before the phrase. */
const MODALITY_WORD: Record<Modality, string> = {
  asserted: '', claimed: 'claimed', denied: 'denied', planned: 'planned', hypothetical: 'possible', negated: 'no',
};

/** How many names a phrase lists before "and N others". */
const MAX_NAMES = 2;

function list(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= MAX_NAMES) return unique.join(' and ');
  const rest = unique.length - MAX_NAMES + 1;
  return `${unique.slice(0, MAX_NAMES - 1).join(', ')} and ${rest} others`;
}

/**
 * The phrase for an event, naming participants and places through `nameOf` (an id it cannot name is left out).
 *
 * @example
 * eventPhrase(
 *   { type: 'arrest', trigger: { text: 'detained', start: 0, end: 8 }, modality: 'asserted', placeIds: ['place:minsk'],
 *     participants: [{ actorId: 'actor:police', role: 'agent' }, { actorId: 'actor:two-men', role: 'patient' }] },
 *   (id) => ({ 'actor:police': 'police', 'actor:two-men': 'two men', 'place:minsk': 'Minsk' })[id],
 * ); // 'arrest of two men by police in Minsk'
 */
export function eventPhrase(
  event: Pick<NewsEvent, 'type' | 'trigger' | 'modality' | 'placeIds' | 'participants'>,
  nameOf: (id: string) => string | undefined,
): string {
  const head = TYPE_NOUN[event.type] ?? event.trigger.text.toLowerCase().replace(/\s+/g, ' ');
  const named = (ids: string[]): string[] => ids.map(nameOf).filter((n): n is string => n !== undefined && n !== '');
  const words = [MODALITY_WORD[event.modality], head];
  const mutual = MUTUAL[event.type];
  if (mutual !== undefined) {
    const all = named(event.participants.map((p) => p.actorId));
    if (all.length > 0) words.push(mutual === 'between' && new Set(all).size < 2 ? 'with' : mutual, list(all));
  } else {
    const patients = named(event.participants.filter((p) => p.role === 'patient' || p.role === 'attendee').map((p) => p.actorId));
    const agents = named(event.participants.filter((p) => p.role !== 'patient' && p.role !== 'attendee').map((p) => p.actorId));
    if (patients.length > 0) words.push(PATIENT_WORD[event.type] ?? 'of', list(patients));
    if (agents.length > 0) words.push('by', list(agents));
  }
  const places = named(event.placeIds);
  if (places.length > 0) words.push('in', list(places));
  return words.filter((w) => w !== '').join(' ');
}
