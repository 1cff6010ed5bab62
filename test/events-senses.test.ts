import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

function eventsOf(text: string, publishedAt = '2025-06-10') {
  const parsed = parseArticle(text, { publishedAt });
  const actor = (id: string) => parsed.actors.find((a) => a.id === id)?.name;
  const place = (id: string) => parsed.places.find((p) => p.id === id)?.name;
  return parsed.events.map((e) => ({
    ...e,
    span: text.slice(e.start, e.end),
    places: e.placeIds.map(place),
    who: e.participants.map((p) => `${actor(p.actorId)}:${p.role}`),
  }));
}

const types = (text: string) => eventsOf(text).map((e) => e.type);

describe('trigger senses: a trigger counts only when its arguments fit the type', () => {
  it('reads no meeting in a vehicle negotiating a curve', () => {
    expect(types('The tram was negotiating a sharp curve near the old bridge.')).not.toContain('meeting');
  });

  it('reads a meeting when parties negotiate with each other', () => {
    expect(types('Union leaders negotiated with the transport ministry for six hours on Friday.')).toContain('meeting');
  });

  it('reads no visit in travelling at a speed', () => {
    expect(types('The train was travelling at a much higher speed than allowed.')).not.toContain('visit');
  });

  it('reads a visit when somebody travels to a place', () => {
    const [e] = eventsOf('President Emmanuel Macron travelled to Nairobi on Tuesday.');
    expect(e?.type).toBe('visit');
    expect(e?.places).toContain('Nairobi');
  });

  it('reads no movement in leaving something intact', () => {
    expect(types('The storm flattened the market, leaving intact only the clock tower.')).not.toContain('movement');
  });

  it('reads a deal struck as an agreement, not an attack', () => {
    expect(types('The two unions struck a deal with the railway operator on Monday.')).toEqual(['agreement']);
  });

  it('reads a storm striking the coast as a disaster, not an attack', () => {
    expect(types('A powerful storm struck the northern coast on Sunday.')).toEqual(['accident']);
  });

  it('reads a released statement as a statement and released hostages as a release', () => {
    expect(types('The rebel group released a statement on Monday.')).toEqual(['statement']);
    const [freed] = eventsOf('The rebels released twelve hostages near the border on Monday.');
    expect(freed?.type).toBe('other');
    expect(freed?.cameo).toBe('08');
  });

  it('reads weapons found as a seizure and a report found as nothing', () => {
    expect(types('Investigators found weapons and explosives in a flat in Lyon on Monday.')).toEqual(['capture']);
    expect(types('The inspectors found that the report was accurate.')).toEqual([]);
  });

  it('reads a rejected appeal as a legal decision and a rejected idea as no event', () => {
    expect(types('The supreme court rejected his appeal on Thursday.')).toEqual(['legal']);
    expect(types('The minister rejected the idea that the budget was too small.')).toEqual([]);
  });

  it('reads an exploding car bomb as a bombing and an exploding boiler as an accident', () => {
    const [bomb] = eventsOf('A car bomb exploded outside the consulate on Sunday.');
    expect(bomb?.type).toBe('attack');
    expect(bomb?.cameo).toBe('18');
    expect(types('A boiler exploded in a hotel kitchen on Sunday.')).toEqual(['accident']);
  });

  it('reads a state or habit in the simple present as no event', () => {
    expect(types('Soldiers now occupy the old fort above the harbour.')).toEqual([]);
  });
});

describe('nominalisations, light verbs and accidents', () => {
  it('reads strikes carried out by aircraft as an attack', () => {
    const [e] = eventsOf('Government aircraft carried out strikes on the town of Kessa on Sunday.');
    expect(e?.type).toBe('attack');
    expect(e?.trigger.text).toBe('strikes');
    expect(e?.date).toBe('2025-06-08');
  });

  it('reads an offensive launched by the army as fighting with the army as agent', () => {
    const [e] = eventsOf('The Kenyan army launched an offensive against the rebels on Monday.');
    expect(e?.type).toBe('clash');
    expect(e?.who[0]).toMatch(/army:agent$/);
  });

  it('reads talks held by two leaders as a meeting of both', () => {
    const [e] = eventsOf('President Emmanuel Macron and Chancellor Olaf Scholz held talks in Berlin on Monday.');
    expect(e?.type).toBe('meeting');
    expect(e?.who).toEqual(expect.arrayContaining(['Emmanuel Macron:attendee', 'Olaf Scholz:attendee']));
  });

  it('reads a derailment, a fire and a flood as accidents', () => {
    expect(types('The derailment of the night train blocked the line for a day.')).toEqual(['accident']);
    expect(types('A tram derailed and overturned in central Lisbon on Monday.')).toEqual(['accident']);
    expect(types('The ministry building caught fire on Tuesday.')).toEqual(['accident']);
    expect(types('Floods swept through three villages in the valley on Friday.')).toEqual(['accident']);
  });

  it('reads a suspected plot as a claimed happening', () => {
    const e = eventsOf('The suspected coup plot was first reported by a newspaper in March.').find((x) => x.trigger.text === 'plot');
    expect(e?.type).toBe('other');
    expect(e?.modality).toBe('claimed');
  });

  it('keeps a noun of another kind that times an arrest clause, and no other noun in it', () => {
    expect(types('Police detained four journalists on Saturday before the referendum.')).toEqual(['arrest', 'election']);
    expect(types('Police detained four judges last week as part of a broad inquiry.')).toEqual(['arrest']);
  });

  it('reads a press conference as a statement, not a meeting', () => {
    expect(types('The two leaders then held a joint press conference in Accra.')).toEqual(['statement']);
  });

  it('does not read the medium of a claim as a happening', () => {
    expect(types('The minister said in a statement that the border would stay open.')).toEqual([]);
  });

  it('does not read a fight against corruption as a clash', () => {
    expect(types('She praised the government for its fight against corruption.')).toEqual([]);
  });
});

describe('senses outside conflict news', () => {
  it('reads no protest in demonstrating a thing: the transitive verb shows, the intransitive one protests', () => {
    expect(types('The engineers demonstrated the new phone at the fair.')).toEqual([]);
    expect(types('Thousands of nurses demonstrated outside the ministry on Friday.')).toEqual(['protest']);
  });

  it('reads a launched product as business, never as an attack on a device', () => {
    expect(types('The company launched a new version of its tablet device on Monday.')).toEqual(['economic']);
  });
});

describe('participial phrases and quantities', () => {
  it('reads ", killing at least 12 fighters" as a casualty with its victims', () => {
    const e = eventsOf('Aircraft carried out strikes on the district overnight, killing at least 12 fighters.').find((x) => x.type === 'casualty');
    expect(e?.who).toEqual(['fighters:patient']);
  });

  it('times and places one happening told with two verbs by the phrases of the second', () => {
    const [e] = eventsOf('A tram derailed and overturned in central Porto on Monday evening.');
    expect(e?.date).toBe('2025-06-09TEV');
    expect(e?.places).toContain('Porto');
  });

  it('makes nobody the agent of an accident', () => {
    const [e] = eventsOf('An Airbus jetliner crashed into the sea off Sicily on Monday.');
    expect(e?.type).toBe('accident');
    expect(e?.participants.every((p) => p.role !== 'agent')).toBe(true);
  });

  it('reads a promised inquiry as planned and a demanded one as hypothetical', () => {
    expect(eventsOf('The mayor promised a full inquiry on Tuesday.')[0]?.modality).toBe('planned');
    expect(eventsOf('Opposition leaders demanded an independent inquiry.')[0]?.modality).toBe('hypothetical');
  });
});

describe('blocking, strikes and collapses', () => {
  it('reads no happening in blocking: a blocked bill is none and a derailment blocking a line is the derailment', () => {
    expect(types('The derailment of the night train blocked the line for a day.')).toEqual(['accident']);
    expect(types('The senate blocked the bill on Tuesday.')).toEqual([]);
  });

  it('reads an air strike as an attack and a workers\' strike as a protest', () => {
    expect(types('An air strike destroyed the depot on Sunday.')).toContain('attack');
    expect(types('Dock workers began a general strike on Monday.')).toEqual(['protest']);
    expect(types('The union called it an excuse to break the strike.')).toEqual([]);
  });

  it('reads collapsed talks as the talks already told and a collapsed bridge as an accident', () => {
    expect(types('Talks with the government began on Monday. The ministry denied that talks had collapsed.')).toEqual(['meeting']);
    expect(types('A bridge collapsed in Genoa on Tuesday.')).toEqual(['accident']);
  });
});
