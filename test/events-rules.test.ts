import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

function eventsOf(text: string) {
  const parsed = parseArticle(text, { publishedAt: '2025-06-10' });
  const place = (id: string) => parsed.places.find((p) => p.id === id)?.name;
  return parsed.events.map((e) => ({ ...e, places: e.placeIds.map(place), span: text.slice(e.start, e.end) }));
}

describe('one event per happening', () => {
  it('joins coordinated verbs into one event whose span covers both', () => {
    const events = eventsOf('Police arrested and deported two journalists in Minsk on Sunday.');
    expect(events.filter((e) => e.type === 'arrest')).toHaveLength(1);
    expect(events[0]?.span).toContain('deported');
  });

  it('lets the verb of a clause report the happening and drops the nouns around it', () => {
    const events = eventsOf('Three activists taking part in the rally were detained by police.');
    expect(events.map((e) => e.type)).toEqual(['arrest']);
  });

  it('lets a later definite mention date the earlier event instead of adding one', () => {
    const events = eventsOf('The two ministries are still drafting an accord on fishing rights. The accord is expected to be signed on June 20.');
    const agreements = events.filter((e) => e.type === 'agreement');
    expect(agreements).toHaveLength(1);
    expect(agreements[0]?.date).toBe('2025-06-20');
  });
});

describe('generic mentions are not events', () => {
  it('ignores a bare plural inside a prepositional phrase', () => {
    expect(eventsOf('The mayor warned residents against taking part in marches.').filter((e) => e.type === 'protest')).toEqual([]);
  });

  it('ignores a wish or ability to act', () => {
    expect(eventsOf('The riot police are equipped to repel any crowd.')).toEqual([]);
  });

  it('ignores a noun that only modifies another noun', () => {
    expect(eventsOf('The ministry published new protest guidelines in Minsk.').filter((e) => e.type === 'protest')).toEqual([]);
  });
});

describe('event types', () => {
  it('types an exchange of fire as a clash', () => {
    expect(eventsOf('The two armies exchanged artillery fire near the border on Monday.')[0]?.type).toBe('clash');
  });

  it('types firing tear gas at a crowd as a clash, not an attack', () => {
    expect(eventsOf('Police fired tear gas at demonstrators in Tbilisi on Monday.')[0]?.type).toBe('clash');
  });

  it('types an invasion as an attack with CAMEO root 19', () => {
    const [e] = eventsOf('Troops invaded the neighbouring country on Monday.');
    expect(e?.type).toBe('attack');
    expect(e?.cameo).toBe('19');
  });

  it('gives a bombing CAMEO root 18', () => {
    expect(eventsOf('Militants bombed a bus station in Quetta on Monday.')[0]?.cameo).toBe('18');
  });

  it('types a vote to act as a decision, not an election', () => {
    expect(eventsOf('The parliament voted to close the embassy on Monday.')[0]?.type).toBe('other');
  });
});

describe('modality rules', () => {
  it('marks a noun followed by a modal as hypothetical', () => {
    expect(eventsOf('A military takeover would be condemned by the neighbours.')[0]?.modality).toBe('hypothetical');
  });

  it('marks a happening still being worked towards as planned', () => {
    expect(eventsOf('The two sides continue to work on a ceasefire.')[0]?.modality).toBe('planned');
  });

  it('marks an unattributed hedge as claimed', () => {
    expect(eventsOf('Two soldiers were reportedly killed near the border on Monday.')[0]?.modality).toBe('claimed');
  });

  it('marks a sentence opened by according to as claimed', () => {
    expect(eventsOf('According to local media, rebels seized the airport on Monday.')[0]?.modality).toBe('claimed');
  });

  it('keeps an announced resignation of the speaker asserted', () => {
    const e = eventsOf('The prime minister announced his resignation on Monday.').find((x) => x.type === 'other');
    expect(e?.modality).toBe('asserted');
  });

  it('marks a refused act as negated', () => {
    expect(eventsOf('The soldiers refused to arrest the protest leaders on Monday.').find((x) => x.type === 'arrest')?.modality).toBe('negated');
  });

  it('marks a pledged act as planned', () => {
    expect(eventsOf('The rebels will withdraw from the town next week.')[0]?.modality).toBe('planned');
  });
});

describe('places', () => {
  it('places an event in the object of its trigger', () => {
    expect(eventsOf('Rebels captured Kharkiv on Monday.')[0]?.places).toEqual(['Kharkiv']);
  });

  it('resolves "throughout the city" to the city named before', () => {
    const e = eventsOf('Protesters gathered in Minsk on Sunday. Police arrested dozens of people throughout the city.').find((x) => x.type === 'arrest');
    expect(e?.places).toEqual(['Minsk']);
  });

  it('places an event without a place of its own in the country the article is about', () => {
    const e = eventsOf('Food prices rose sharply in Lebanon and Syria this year. In Lebanon, banks closed. Two ministers were arrested.').find((x) => x.type === 'arrest');
    expect(e?.places).toEqual(['Lebanon']);
  });

  it('takes the place of the happening a definite noun refers back to', () => {
    const e = eventsOf('Heavy fighting broke out in Kharkiv on Monday. In Kyiv, officials said nine soldiers died in the fighting.').find((x) => x.type === 'casualty');
    expect(e?.places).toContain('Kharkiv');
  });
});

describe('dates', () => {
  it('dates a present-perfect report with the publication date', () => {
    expect(eventsOf('Police have arrested the mayor of Minsk.')[0]?.date).toBe('2025-06-10');
  });

  it('leaves a planned event without a time undated', () => {
    expect(eventsOf('Further talks are planned.')[0]?.date).toBeNull();
  });
});

describe('requests and effects', () => {
  it('does not turn an act somebody is invited to do into an event', () => {
    expect(eventsOf('The governor invited foreign reporters, including two photographers, to visit the front line.').filter((e) => e.type === 'visit')).toEqual([]);
  });

  it('reads shells hitting a target after a reported shelling as the same attack', () => {
    const events = eventsOf('The army fired 20 shells at the village on Monday. Six shells hit the school.');
    expect(events.filter((e) => e.type === 'attack')).toHaveLength(1);
  });

  it('reads a bare verb after "to" as an infinitive trigger', () => {
    expect(eventsOf('The man was accused of trying to bomb a train in Madrid on Monday.').map((e) => e.type)).toContain('attack');
  });
});

describe('participants', () => {
  function withActors(text: string) {
    const parsed = parseArticle(text, { publishedAt: '2025-06-10' });
    const actor = (id: string) => parsed.actors.find((a) => a.id === id)?.name;
    return parsed.events.map((e) => ({ type: e.type, who: e.participants.map((p) => `${actor(p.actorId)}:${p.role}`) }));
  }

  it('gives a relative clause the actors it refers back to', () => {
    const e = withActors('The plan was backed by President Emmanuel Macron and Chancellor Olaf Scholz, who met in Berlin on Monday.').find((x) => x.type === 'meeting');
    expect(e?.who).toEqual(['Emmanuel Macron:attendee', 'Olaf Scholz:attendee']);
  });

  it('makes the speaker the agent of an act it reports without a subject of its own', () => {
    const e = withActors('The Kenyan Defence Ministry said it captured the village on Monday.').find((x) => x.type === 'capture');
    expect(e?.who[0]).toMatch(/:agent$/);
  });
});

describe('more detection rules', () => {
  it('finds a sit-in the tagger splits in two', () => {
    expect(eventsOf('The opposition party organized a sit-in outside the parliament on Friday.').map((e) => e.type)).toContain('protest');
  });

  it('does not report what is being prevented', () => {
    expect(eventsOf('The city closed the square on Friday to prevent further protests.').filter((e) => e.type === 'protest')).toEqual([]);
  });

  it('keeps the mission of a deployment as its own event', () => {
    const types = eventsOf('Two battalions were dispatched to the border on Friday to destroy the enemy radar.').map((e) => e.type);
    expect(types).toEqual(['movement', 'attack']);
  });

  it('marks an act under a condition as hypothetical', () => {
    expect(eventsOf('The army will attack the loudspeakers if the broadcasts continue.')[0]?.modality).toBe('hypothetical');
  });

  it('needs an armed context to read "operations" as fighting', () => {
    expect(eventsOf('Airline operations resumed in Lagos on Friday.').filter((e) => e.type === 'clash')).toEqual([]);
  });
});
