import type { TaggedSentence } from '../nlp/tokens.js';
import type { ProposedName } from './names.js';

/**
 * Surnames with particles named again alone, probed in round 24 (NOTES.md, issue 12, round 24, helper names25):
 * "María Fernanda Castaño de la Vega ... Castaño de la Vega, a member of the party, denied", "Joris van der Meulen
 * ... Van der Meulen, 24, scored". Where no verb of saying follows, the tagger read such a short form as a place or
 * proposed nothing (its lower-case particles look like a place's "Rio de la Plata"); the surname of a person the
 * article names in full is that person. Article-wide, after `typesFromFullNames`.
 */

/**
 * Particles inside Spanish, Portuguese, Dutch, German and Italian surnames, source: the naming customs of those
 * languages; id `names.surname-particles`. "y" joins two Spanish surnames and never opens one.
 */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'da', 'das', 'do', 'dos', 'van', 'von', 'di', 'du', 'y', 'della', 'ten', 'ter', 'zu']);

/** Particles that may open a surname written alone ("van der Meulen", "de Wit", "dos Santos Ferreira"): all but "y" and "zu". */
const OPENING_PARTICLES: ReadonlySet<string> = new Set([...SURNAME_PARTICLES].filter((p) => p !== 'y' && p !== 'zu'));

/**
 * The surnames with particles of the persons the article names in full: from the word before the first particle when
 * that word is no given name ("Castaño de la Vega", "Gómez del Castillo"), and from the particle itself ("van der
 * Meulen", "dos Santos Ferreira" after the given name "Eduardo"), each also with its first letter in capitals.
 */
function particleSurnames(text: string, proposals: readonly ProposedName[], givenNames: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const p of proposals) {
    if (p.type !== 'PER') continue;
    const words = text.slice(p.start, p.end).split(/\s+/);
    const at = words.findIndex((w, k) => k > 0 && SURNAME_PARTICLES.has(w));
    if (at < 1 || !/^\p{Lu}/u.test(words[words.length - 1] as string)) continue;
    const forms: string[] = [];
    if (at >= 2 && !givenNames.has((words[at - 1] as string).toLowerCase())) forms.push(words.slice(at - 1).join(' '));
    if (OPENING_PARTICLES.has(words[at] as string)) forms.push(words.slice(at).join(' '));
    for (const form of forms) {
      out.add(form);
      out.add((form[0] as string).toUpperCase() + form.slice(1));
    }
  }
  return out;
}

/**
 * Makes every mention of such a surname in running text the person's: a place, body or person proposed inside its span
 * ("Meulen" of "Van der Meulen") is widened to it and retyped, and one where nothing overlaps it is proposed. The surname is the person's evidence (`personCue`
 * `names.particle-surname`), as the full name was.
 */
export function particleSurnamesAlone(text: string, sentences: readonly TaggedSentence[], proposals: ProposedName[][], givenNames: ReadonlySet<string>): void {
  const surnames = particleSurnames(text, proposals.flat(), givenNames);
  if (surnames.size === 0) return;
  sentences.forEach((sentence, k) => {
    const list = proposals[k];
    if (!list || sentence.blockKind !== 'paragraph') return;
    for (const name of surnames) {
      for (let at = text.indexOf(name, sentence.start); at >= 0 && at + name.length <= sentence.end; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (/[\p{L}\p{M}'’-]/u.test(text[at - 1] ?? '') || /[\p{L}\p{M}-]/u.test(text[end] ?? '')) continue;
        const held = list.filter((q) => q.start < end && at < q.end);
        if (held.length === 0) list.push({ start: at, end, type: 'PER', personCue: 'names.particle-surname' });
        // ("for dos Reis Almeida": a person proposed over the surname's last words only takes its particles)
        else if (held.length === 1 && (held[0] as ProposedName).start >= at && (held[0] as ProposedName).end <= end) Object.assign(held[0] as ProposedName, { start: at, end, type: 'PER', personCue: 'names.particle-surname' });
      }
    }
    list.sort((a, b) => a.start - b.start);
  });
}
