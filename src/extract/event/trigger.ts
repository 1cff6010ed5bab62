import type { EventType } from '../../schema/event.js';

/**
 * A word (or two) that may report a happening. A verb's `type` is provisional: `senses.ts` keeps the verb only in a
 * sense whose arguments fit, and may change its type ("fired tear gas" is a clash, "struck a deal" an agreement).
 */
export interface Trigger {
  first: number;
  last: number;
  type: EventType;
  nominal: boolean;
  /** Verb lemma, for verb triggers. */
  lemma?: string;
  /** Set when the trigger's own rule already decided its type (a multi-word trigger), so no sense check applies. */
  fixed?: boolean;
  /** For a verb that is also an event noun ("talks", "strikes"): the noun's type, read when no verb sense fits. */
  nounType?: EventType;
}
