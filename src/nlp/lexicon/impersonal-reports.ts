import type { ClaimKind } from '../../schema/claim.js';

/**
 * Participles of reporting and belief verbs that attribute a claim without naming who made it, in the two
 * passive frames English grammars describe for them (Quirk et al., A Comprehensive Grammar of the English
 * Language, 16.81-16.82; Huddleston & Pullum, The Cambridge Grammar of the English Language, ch. 16): the
 * impersonal "it is/was/has been PARTICIPLE that ..." and the raising passive "X is/was PARTICIPLE to ...".
 * Verbs of knowing and showing ("known", "shown", "proven") are left out: they present a fact, not a claim.
 * Participle -> the claim kind the verb signals (as in REPORTING_VERBS).
 */
export const IMPERSONAL_PARTICIPLES: Readonly<Record<string, ClaimKind>> = {
  said: 'statement', reported: 'report', alleged: 'report', claimed: 'report', rumoured: 'report', rumored: 'report',
  believed: 'assessment', thought: 'assessment', expected: 'assessment', feared: 'assessment',
  understood: 'report', suspected: 'assessment',
};

/** Forms of "be" (with perfect "has/have/had been" read through "been") that make the participle passive. */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s']);
