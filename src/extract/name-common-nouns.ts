import type { ProposedName } from './names.js';

/**
 * Nouns written with a capital that stand for a person without naming one: the parties of a lawsuit as briefs and
 * opinions write them ("Petitioner contends", "Respondent argues") and the family words a speaker uses as a name
 * ("Mom can take it", "from Grandma"). Source: the party designations of US and UK court filings and the kin
 * vocatives of English; id `names.capitalised-role-nouns` (issue 12, round 22: gum-ner-dev's court and
 * conversation texts, written again with invented sentences in test/names-round22.test.ts).
 */
const CAPITALISED_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'petitioner', 'petitioners', 'respondent', 'respondents', 'appellant', 'appellants', 'appellee', 'appellees',
  'plaintiff', 'plaintiffs', 'defendant', 'defendants', 'claimant', 'claimants', 'movant', 'relator',
  'mom', 'mum', 'mommy', 'mummy', 'dad', 'daddy', 'grandma', 'grandpa', 'granny', 'gran', 'nana', 'grandad', 'granddad',
]);

/**
 * "In March the Petitioner was arrested", "Respondent argues that ...", "To Lucy, from Grandma.": a proposal that is
 * one of CAPITALISED_ROLE_NOUNS alone names nobody (no person, body or place); with a name after it ("Grandma
 * Moses") it is part of that name and is left.
 */
export function dropCapitalisedRoleNouns(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    if (CAPITALISED_ROLE_NOUNS.has(text.slice(p.start, p.end).toLowerCase())) proposals.splice(k, 1);
  }
}

/** Whether a rule-layer name is one of CAPITALISED_ROLE_NOUNS alone (so it is not kept beside the tagger's either). */
export function capitalisedRoleNoun(name: string): boolean {
  return CAPITALISED_ROLE_NOUNS.has(name.toLowerCase());
}

/** Removes from `mentions` those that are one of CAPITALISED_ROLE_NOUNS alone, whichever repair made them. */
export function dropRoleNounMentions(mentions: { text: string }[]): void {
  for (let j = mentions.length - 1; j >= 0; j--) if (capitalisedRoleNoun((mentions[j] as { text: string }).text)) mentions.splice(j, 1);
}
