import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by reading invented wire conflict, disaster, election, diplomacy and court reports (round 7). Every
 * sentence here is invented; each table holds the same words in an event and a non-event use where both exist.
 */

function parse(text: string) {
  return parseArticle(text, { publishedAt: '2026-03-15' });
}

/** The event whose trigger is `word` in an invented report published on Sunday 15 March 2026. */
function eventOf(text: string, word: string) {
  const parsed = parse(text);
  const event = parsed.events.find((e) => e.trigger.text.toLowerCase() === word);
  const names = (event?.participants ?? []).map((p) => parsed.actors.find((a) => a.id === p.actorId)?.name ?? p.actorId);
  return { event, names, parsed };
}

describe('a landslide in a vote is a margin, not a slope giving way', () => {
  it.each([
    ['The ruling party won a landslide in Sunday\'s parliamentary election.', undefined],
    ['The governor was re-elected in a landslide.', undefined],
    ['It was a landslide victory for the opposition.', undefined],
    ['A landslide buried 30 homes in the village on Monday.', 'accident'],
    ['Heavy rain triggered a landslide that killed nine people.', 'accident'],
  ])('%s', (text, type) => {
    expect(eventOf(text, 'landslide').event?.type).toBe(type);
  });
});

describe('toppling: a seizure of power only for a government or a ruler', () => {
  it.each([
    ['The earthquake toppled dozens of buildings in the town.', undefined],
    ['Protesters toppled a statue of the former dictator.', undefined],
    ['High winds toppled trees across the province.', undefined],
    ['The army toppled the elected government in a coup on Tuesday.', 'capture'],
    ['Rebels toppled President Ado Bel in 2019.', 'capture'],
  ])('%s', (text, type) => {
    expect(eventOf(text, 'toppled').event?.type).toBe(type);
  });
});

describe('the cause a casualty verb names is a happening of its own', () => {
  it.each([
    ['An airstrike on a crowded market killed at least 23 civilians on Saturday.', 'airstrike', 'attack', '2026-03-14'],
    ['A suicide bombing at a mosque killed 35 worshippers on Friday.', 'bombing', 'attack', '2026-03-13'],
    ['A gas explosion killed four workers at a chemical plant on Monday.', 'explosion', 'accident', '2026-03-09'],
    ['Heavy fighting killed dozens of fighters on both sides on Thursday.', 'fighting', 'clash', '2026-03-12'],
  ])('%s (%s)', (text, word, type, date) => {
    const { event, parsed } = eventOf(text, word);
    expect(event?.type).toBe(type);
    expect(event?.date).toBe(date);
    expect(parsed.events.some((e) => e.type === 'casualty' && e.trigger.text === 'killed')).toBe(true);
  });

  it('the cause is told as the killing is: claimed inside a claim', () => {
    const { event } = eventOf('An airstrike on a market killed 23 civilians on Saturday, local officials said.', 'airstrike');
    expect(event?.modality).toBe('claimed');
  });

  it('victims of a casualty verb make no cause ("Gunmen killed", "a car bomb killed": no happening noun)', () => {
    const parsed = parse('A car bomb killed seven soldiers at a checkpoint on Thursday.');
    expect(parsed.events.map((e) => e.type)).toEqual(['casualty']);
  });

  it('"the blast also wounded 40 people": an -ed word after an adverb before its object is the verb', () => {
    expect(eventOf('A gas explosion killed four workers on Monday. The blast also wounded 40 people.', 'wounded').event?.type).toBe('casualty');
  });
});

describe('subjects the tagger reads as verbs, and a clause joined by ", and"', () => {
  it.each([
    ['Supporters rallied outside the commission on Monday, and police arrested 14 people.', '2026-03-09'],
    ['Supporters rallied outside the commission on Monday, and police later arrested 14 people.', '2026-03-09'],
  ])('%s', (text, date) => {
    const { event, names } = eventOf(text, 'arrested');
    expect(names).toEqual(['police']);
    expect(event?.date).toBe(date);
  });

  it('without ", and" a clause keeps to its own time', () => {
    expect(eventOf('Supporters rallied on Monday and police arrested 14 people.', 'arrested').event?.date).toBeNull();
  });
});

describe('a name in apposition after the object is who the act is done to', () => {
  it.each([
    ['The foreign minister met his Jordanian counterpart, Samir Haddad, in Amman on Friday.', 'met', 'Samir Haddad'],
    ['Police arrested the group\'s leader, Omar Said, in a raid on Tuesday.', 'arrested', 'Omar Said'],
    ['Troops killed a senior rebel commander, Abu Karim, near the border.', 'killed', 'Abu Karim'],
  ])('%s', (text, word, name) => {
    expect(eventOf(text, word).names).toContain(name);
  });
});

describe('talks one returns to, and offers', () => {
  it('"urged both sides to return to talks in Geneva next week": the talks are asked for and dated, nothing else takes the date', () => {
    const { event, parsed } = eventOf('The United Nations called for an independent investigation and urged both sides to return to talks in Geneva next week.', 'talks');
    expect(event?.type).toBe('meeting');
    expect(event?.modality).toBe('hypothetical');
    expect(parsed.events.find((e) => e.trigger.text === 'investigation')?.date).toBeNull();
  });

  it.each([
    ['The European Union offered to send search teams.', 'send', 'aid', 'hypothetical'],
    ['Germany offered to send rescuers and sniffer dogs.', 'send', 'aid', 'hypothetical'],
    ['The government pledged to send troops to the border.', 'send', 'movement', 'planned'],
    ['The government sent troops to the border on Friday.', 'sent', 'movement', 'asserted'],
  ])('%s', (text, word, type, modality) => {
    const { event } = eventOf(text, word);
    expect(event?.type).toBe(type);
    expect(event?.modality).toBe(modality);
  });
});

describe('courts reversing, upholding, overturning and dismissing', () => {
  it.each([
    ['An appeals court later reversed that decision.', 'reversed', 'legal'],
    ['The company reversed course on Friday.', 'reversed', undefined],
    ['The Supreme Court upheld the ban on Tuesday.', 'upheld', 'legal'],
    ['The party upheld its tradition of open primaries.', 'upheld', undefined],
    ['The appeals court overturned his conviction.', 'overturned', 'legal'],
    ['Parliament overturned the veto.', 'overturned', undefined],
    ['A bus overturned on the highway, killing six.', 'overturned', 'accident'],
    ['A judge dismissed the case against the former minister.', 'dismissed', 'legal'],
    ['The president dismissed his defence minister on Sunday.', 'dismissed', 'other'],
    ['The ministry dismissed the report as propaganda.', 'dismissed', undefined],
  ])('%s (%s)', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });

  it('whose minister it is undergoes no dismissal; whose plea it is stays a party', () => {
    const { event, names } = eventOf('Ana Ruiz spoke first. The president sacked her deputy on Sunday.', 'sacked');
    expect(event?.type).toBe('other');
    expect(names).not.toContain('Ana Ruiz');
    const plea = eventOf('Ana Ruiz fled to Lorn. The court rejected her plea on Tuesday.', 'rejected');
    expect(plea.names).toContain('Ana Ruiz');
  });
});

describe('fighting for a cause in words is no clash', () => {
  it.each([
    ['Governor Ana Ruiz vowed to keep fighting for the law.', 'fighting', undefined],
    ['The senator said he would fight for the bill.', 'fight', undefined],
    ['Soldiers fought for control of the bridge on Monday.', 'fought', 'clash'],
  ])('%s', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });
});

describe('what a law or a plan would bring about is its own clause', () => {
  it('"a Texas law that would allow state police to arrest migrants": the arrest is hypothetical, undated, the court no party', () => {
    const { event, names } = eventOf('The Supreme Court on Tuesday temporarily blocked a state law that would allow state police to arrest migrants.', 'arrest');
    expect(event?.modality).toBe('hypothetical');
    expect(event?.date).toBeNull();
    expect(names).not.toContain('Supreme Court');
  });

  // round 10 changed this convention: the deaths a relative clause tells are a casualty of their own beside the attack,
  // as "an airstrike killed 23" is (Wikinews-style gold lists casualties apart from the attack); still no third event
  it('"an attack that killed 20" is the attack and its casualty, no more', () => {
    const parsed = parse('Rebels carried out an attack that killed 20 soldiers on Monday.');
    expect(parsed.events.map((e) => e.type)).toEqual(['attack', 'casualty']);
  });

  it('"attacked Trump\'s tax plan during a speech": a policy named "plan" plans nothing', () => {
    expect(eventOf('Clinton attacked the governor\'s tax plan during a speech in Philadelphia.', 'speech').event?.modality).toBe('asserted');
    expect(eventOf('The president plans to visit Lorn after a speech in Philadelphia.', 'visit').event?.modality).toBe('planned');
  });
});

describe('places, displacement and candidates', () => {
  it('"a deal brokered by Turkey" is not in Turkey', () => {
    const parsed = parse('KIEV, Ukraine - Russia and Ukraine exchanged 90 prisoners of war in Ukraine on Saturday. The swap followed a deal brokered by Turkey.');
    const deal = parsed.events.find((e) => e.trigger.text === 'deal');
    const places = (deal?.placeIds ?? []).map((id) => parsed.places.find((p) => p.id === id)?.name);
    expect(places).not.toContain('Türkiye');
  });

  it.each([
    ['Floods forced more than 200,000 people from their homes on Monday.', 'forced', 'movement'],
    ['The fighting has displaced 30,000 people in the province.', 'displaced', 'movement'],
    ['The storm forced the cancellation of flights.', 'forced', undefined],
    ['The opposition forced a vote on the budget.', 'forced', undefined],
  ])('%s', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });

  it.each([
    ['Republican presidential candidate Donald Trump campaigned in Ohio on Thursday.', 'election'],
    ['Activists campaigned for the release of political prisoners.', undefined],
  ])('%s', (text, type) => {
    expect(eventOf(text, 'campaigned').event?.type).toBe(type);
  });
});

describe('agreeing to an act no trigger names, and ships entering waters', () => {
  it.each([
    ['The two leaders held talks on Friday and agreed to restart a hotline between their defence ministries.', 'agreed', 'agreement'],
    ['The two sides agreed to leave the town on Monday.', 'agreed', undefined],
    ['The two sides agreed to leave the town on Monday.', 'leave', 'movement'],
    ['Coast guard ships entered waters near the islands in 2022.', 'entered', 'movement'],
  ])('%s (%s)', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });

  it('"fighting has displaced two million people": the fighting and the displacement', () => {
    const parsed = parse('Fighting has displaced two million people since March.');
    expect(parsed.events.map((e) => e.type).sort()).toEqual(['clash', 'movement']);
  });
});

describe('a demonym before a weapon or a force names its government, when the article has it', () => {
  it.each([
    ['Israel said on Monday it would respond. An Israeli airstrike killed three militants in Gaza on Wednesday.', 'airstrike', 'Israel'],
    ['Israel said on Monday it would respond. An Israeli airstrike killed three militants in Gaza on Wednesday.', 'killed', 'Israel'],
    ['Russia denied the report. Russian missiles struck an energy plant in the Kharkiv region on Friday.', 'struck', 'Russia'],
  ])('%s (%s)', (text, word, name) => {
    expect(eventOf(text, word).names).toContain(name);
  });

  // round 12 reversed round 7's choice (no government from a demonym alone): the brief asked for the attacker, and
  // no eval figure moved; see NOTES, issue 14, "Round 12"
  it('a demonym alone makes its country\'s government the attacker, once', () => {
    const { event, parsed } = eventOf('Russian missiles struck an energy plant in the Kharkiv region on Friday.', 'struck');
    expect(event?.type).toBe('attack');
    expect(parsed.actors.filter((a) => a.kind === 'government' && a.name === 'Russia')).toHaveLength(1);
  });
});

describe('diplomatic steps and inaugurations', () => {
  it.each([
    ['Poland recalled its ambassador to Belarus on Monday.', 'recalled', 'other'],
    ['The ministry summoned the Belarusian ambassador on Tuesday.', 'summoned', 'other'],
    ['She recalled the day the war began.', 'recalled', undefined],
    // (round 25: a product recall is a business happening, `recall/products`)
    ['Carmakers recalled 2 million vehicles.', 'recalled', 'economic'],
    ['He summoned the courage to speak.', 'summoned', undefined],
    ['The new president will be sworn in on December 16.', 'sworn in', 'other'],
  ])('%s (%s)', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });
});

describe('a since-phrase starts a span even with a noun before its time', () => {
  it.each([
    ['The two countries have fought three wars since independence in 1947.', 'fought', null],
    ['The country has been ruled by the military since a coup in 2021.', 'coup', '2021'],
  ])('%s (%s)', (text, word, date) => {
    expect(eventOf(text, word).event?.date).toBe(date);
  });
});

describe('a second act of the speaker is no part of what was said', () => {
  it.each([
    ['Prime Minister Imran Qureshi condemned the attack and ordered an inquiry.', 'inquiry', 'asserted'],
    ['President Bola Adeyemi condemned the killings and ordered security chiefs to find those responsible.', 'ordered', 'asserted'],
    ['The ministry reported capturing two villages and striking targets in 40 locations.', 'striking', 'claimed'],
    ['Interior Minister Ana Ruiz said police arrested 12 men and raided two houses in Lorn.', 'raided', 'claimed'],
  ])('%s (%s)', (text, word, modality) => {
    expect(eventOf(text, word).event?.modality).toBe(modality);
  });
});

describe('a release frees somebody; shot dead is a killing', () => {
  it.each([
    ['The African Union demanded the president\'s immediate release.', 'release', 'other'],
    ['The EU welcomed the release of the hostages on Friday.', 'release', 'other'],
    ['The company announced the release of its new phone.', 'release', undefined],
    ['A police officer was shot dead by gunmen in Lorn on Monday.', 'shot', 'casualty'],
    ['Gunmen shot three policemen at a checkpoint.', 'shot', 'attack'],
  ])('%s (%s)', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });
});

describe('a past form read as a noun after a subordinator\'s subject, and people of a country', () => {
  it.each([
    ['Authorities evacuated 40,000 residents before the storm hit.', 'hit', 'accident'],
    ['Rescuers searched for survivors after the quake struck.', 'struck', 'accident'],
    ['Two depots hit by rockets caught fire.', 'caught fire', 'accident'],
  ])('%s (%s)', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });

  it('"the foreign ministers of Lorvania and Kessia met in Vienna" is in Vienna only', () => {
    const { event, parsed } = eventOf('The foreign ministers of Lorvania and Kessia met in Vienna on Monday.', 'met');
    expect((event?.placeIds ?? []).map((id) => parsed.places.find((p) => p.id === id)?.name)).toEqual(['Vienna']);
  });
});

describe('emergency measures', () => {
  it.each([
    ['President Laura Ortega declared a state of emergency in 15 municipalities on Wednesday.', 'declared a state of emergency', 'other'],
    ['The army imposed a nationwide curfew.', 'imposed a nationwide curfew', 'other'],
    ['The government declared martial law in the east.', 'declared martial law', 'other'],
    ['She declared that the vote was fair.', 'declared', undefined],
  ])('%s', (text, words, type) => {
    expect(eventOf(text, words).event?.type).toBe(type);
  });
});
