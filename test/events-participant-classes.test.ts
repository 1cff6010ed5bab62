import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** Names of the participants of the event whose trigger is `word`, in invented sentences. */
function participantNames(text: string, word: string): string[] {
  const parsed = parseArticle(text, { publishedAt: '2025-06-10' });
  const event = parsed.events.find((e) => e.trigger.text.toLowerCase() === word);
  return (event?.participants ?? []).map((p) => parsed.actors.find((a) => a.id === p.actorId)?.name ?? p.actorId);
}

describe('participants: communities and peoples named by their plural are group participants', () => {
  it.each([
    ['The Sunnis have organized counter-demonstrations in the capital of Ruvia.', 'demonstrations', 'Sunnis'],
    ['Palestinians protested outside the embassy in Lorn on Friday.', 'protested', 'Palestinians'],
    ['Hundreds of Kurds fled the town of Zaro after the shelling.', 'fled', 'Kurds'],
    ['Ukrainians rallied in the centre of Kervan on Sunday.', 'rallied', 'Ukrainians'],
  ])('%s', (sentence, word, name) => {
    expect(participantNames(sentence, word)).toContain(name);
  });

  it('keeps a demonym before a noun a modifier, not a group', () => {
    expect(participantNames('Ukrainian officials met Palestinian envoys in Geneva on Monday.', 'met')).not.toContain('Palestinians');
  });
});

describe('participants: a joint happening is shared with the parties of the one its clause hangs on', () => {
  it('gives the joint press conference both leaders', () => {
    const names = participantNames('President Alma Teres met President Jonas Ekdal in Geneva on Thursday and took part in a joint press conference.', 'conference');
    expect(names).toEqual(expect.arrayContaining(['Alma Teres', 'Jonas Ekdal']));
  });

  it('gives a press conference without "joint" only its own speaker', () => {
    const names = participantNames('President Alma Teres met President Jonas Ekdal in Geneva on Thursday and later gave a press conference.', 'conference');
    expect(names).not.toContain('Jonas Ekdal');
  });
});

describe('participants: a possessive pronoun is no part of a group name', () => {
  it('does not name a group "its forces"', () => {
    const parsed = parseArticle('The Norvian army said its forces had captured the village of Tamsk.', { publishedAt: '2025-06-10' });
    expect(parsed.actors.map((a) => a.name.toLowerCase())).not.toContain('its forces');
  });
});
