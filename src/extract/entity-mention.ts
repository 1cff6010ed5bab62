import type { ActorKind } from '../schema/actor.js';

/** A mention of an actor or place record, located in its sentence: what claims and events attach to. */
export interface EntityMention {
  recordId: string;
  record: 'actor' | 'place';
  actorKind?: ActorKind;
  start: number;
  end: number;
  text: string;
  sentenceIndex: number;
  firstToken: number;
  lastToken: number;
  agentive: boolean;
  /** How the mention was found when it is not a name: "anaphor" for "the ministry", "the president". */
  via?: 'anaphor';
}
