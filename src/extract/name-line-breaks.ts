import type { ProposedName } from './names.js';

/**
 * Lines shorter than this are not wrapped prose: a line of a hard-wrapped text runs to its wrap width (60-80
 * characters in wire copy and e-mail), so a break after a shorter line ends something the writer ended (a
 * salutation "Renata,", a signature "Tomasz", one name of a list of attendees, a heading).
 */
const WRAPPED_LINE_MIN = 50;

/** A colon and text on the same line after a line's first word: a field's label ("Attendees: ...", "Subject: ..."), no name. */
const FIELD_LABEL = /^:[^\S\n]*[^\s]/u;

/** Whether a line break at `at` (the index of "\n") follows a line too short to have been wrapped. */
function breakAfterShortLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart < WRAPPED_LINE_MIN;
}

/**
 * "Thanks,\nTomasz\nMarguerite,\nThe revised lease is attached.": consecutive lines with no blank line between them
 * are one paragraph, and with no sentence end the sign-off, the next salutation and a list's names run into one
 * sentence, where the tagger reads "Tomasz Marguerite" as one person. A name never runs over the break after a
 * short line (e-mail and forum text, lists of names one a line): each line's part is a name of its own, of the
 * same type; a part with no letter, or a label before a colon and text ("Attendees: ..."), goes. A break after a long line may be a wrapped line's and is left.
 * Issue 12, round 22 (the uner-ewt-dev errors of e-mail salutations and signatures).
 */
export function namesAcrossLineBreaks(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const name = text.slice(p.start, p.end);
    if (!name.includes('\n')) continue;
    const parts: ProposedName[] = [];
    let from = p.start;
    for (let at = text.indexOf('\n', p.start); at >= 0 && at < p.end; at = text.indexOf('\n', at + 1)) {
      if (!breakAfterShortLine(text, at)) continue;
      parts.push(trimmedPart(text, p, from, at));
      from = at + 1;
    }
    if (parts.length === 0) continue;
    parts.push(trimmedPart(text, p, from, p.end));
    proposals.splice(k, 1, ...parts.filter((q) => q.end > q.start && /\p{L}/u.test(text.slice(q.start, q.end)) && !FIELD_LABEL.test(text.slice(q.end, q.end + 3))));
  }
}

/** The proposal `p` cut to [from, to), without the spaces and punctuation at either edge. */
function trimmedPart(text: string, p: ProposedName, from: number, to: number): ProposedName {
  let start = from;
  let end = to;
  while (start < end && /[\s,;:-]/u.test(text[start] as string)) start++;
  while (end > start && /[\s,;:-]/u.test(text[end - 1] as string)) end--;
  return { ...p, start, end };
}

/** A letter's postscript marker opening a proposal ("P.S. ", "P.P.S. "), and the space after it. */
const POSTSCRIPT = /^P\.(?:P\.)?S\.(?:\s+|$)/u;

/**
 * "P.S. Ingrid, please call the broker.", "P.S. I am moving back to Leeds.": the postscript marker of a letter or
 * an e-mail names nobody; a name after it starts after it, and a proposal of the marker alone goes. Issue 12,
 * round 22 (e-mail text of uner-ewt-dev, written again with invented names in test/names-round22.test.ts).
 */
export function dropPostscriptMarkers(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const marker = POSTSCRIPT.exec(text.slice(p.start, p.end));
    if (!marker) continue;
    if (p.start + marker[0].length >= p.end) proposals.splice(k, 1);
    else p.start += marker[0].length;
  }
}
