import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Attribution forms found by reading the parse of invented reports in the sealed sets' styles (round 14: State
 * Department and Pentagon briefings, court rulings and filings, television and radio interviews, posts on social
 * media, 2016 rallies and debates, Security Council debates, Wikinews conflict reports with "reportedly" and
 * "claimed responsibility"). Every sentence is invented; each positive row failed before its fix, guards are labelled.
 */

function parse(text: string, publishedAt = '2016-05-10') {
  const parsed = parseArticle(text, { publishedAt });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return { parsed, claims: parsed.claims.map((c) => ({ ...c, claimant: name(c.claimantId) })) };
}
const claimsOf = (text: string) => parse(text).claims;
const readings = (text: string) => claimsOf(text).map((c) => [c.claimant, c.content]);

describe('a call is a channel of the saying, no part of the claim', () => {
  it.each([
    ['Robby Mook said on a conference call that Harlan was laying the groundwork.', 'Harlan was laying the groundwork'],
    ['Ana Lee said in a video call on Monday that the plant would close.', 'the plant would close'],
  ])('%s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });
});

describe('a reporting verb inside an indirect question is the act asked about, no claim', () => {
  it.each([
    ['Asked whether the United States would respond militarily, Mark Toner said Washington was not seeking a confrontation.', [['Mark Toner', 'Washington was not seeking a confrontation']]],
    ['Asked whether Lee would comment on the report, Ana Ruiz said she had not read it.', [['Ana Ruiz', 'she had not read it']]],
  ])('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it('guard (passes before the change too): the asker\'s own question is still a claim', () => {
    expect(readings('Ana Lee asked whether the minister had warned that the dam could burst.')).toEqual([['Ana Lee', 'whether the minister had warned that the dam could burst']]);
  });
});

describe('a reply whose words are only its time or manner says nothing', () => {
  it.each([
    ['Tom Harlan responded within minutes on Twitter.'],
    ['Ana Lee replied hours later on Facebook.'],
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('guard (passes before the change too): a reply with a clause is a claim', () => {
    expect(readings('Ana Lee responded quickly that the plan was dead.')).toEqual([['Ana Lee', 'the plan was dead']]);
  });
});

describe('a clause that names the claim itself and tells what became of it is the writer\'s', () => {
  it.each([
    ['The Ardenian army claimed it had killed dozens of militants in raids on Thursday, but the claim could not be independently verified.', 'it had killed dozens of militants in raids on Thursday'],
    ['Rebels said they had captured the town, though the report could not be confirmed.', 'they had captured the town'],
    ['Judge Ann Lee ruled in May that the law was void, but an appeals court put that ruling on hold.', 'the law was void'],
    ['Judge Ann Lee ruled that the ban was unlawful, but the government appealed the decision.', 'the ban was unlawful'],
    ['Ana Ruiz said the plant was safe, but the claim was later disputed by engineers.', 'the plant was safe'],
  ])('%s', (text, content) => {
    expect(claimsOf(text)[0]?.content).toBe(content);
  });
});

describe('a concession grants a fact and denies nothing; a standard an act falls short of judges it', () => {
  it.each([
    ['Hillary Clinton acknowledged that the arrangement wasn\'t the best choice.', 'statement'],
    ['Ana Lee admitted there was no plan for the floods.', 'statement'],
    ['"This is not the kind of behavior we expect from a professional military," Peter Cook said.', 'assessment'],
    ['Ana Lee said that was not the way to make peace.', 'assessment'],
  ])('%s', (text, kind) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => c.kind)).toEqual([kind]);
    expect(claims[0]?.disputes).toEqual([]);
  });

  it('guard (passes before the change too): a neutral cue\'s negated fact is a denial', () => {
    expect(claimsOf('Ana Lee said the attack was not a staged event.').map((c) => c.kind)).toEqual(['denial']);
  });
});

describe('a possessed "running mate" is no relation participle of the possessor', () => {
  it.each([
    ['Tom Harlan spoke in Ohio. Harlan\'s running mate told reporters the race was close.'],
    ['Hillary Clinton spoke in Ohio. In a radio interview, Clinton\'s running mate said the issue had been settled.'],
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.claimant)).not.toContain(text.startsWith('Donald') ? 'Tom Harlan' : 'Hillary Clinton');
  });

  it('guard (passes before the change too): a relation participle after a plain noun leaves the noun speaking', () => {
    expect(claimsOf('Lawyers representing the state argued that the law was valid.').map((c) => c.claimant)).toEqual(['lawyers']);
  });
});

describe('a past verb with no subject after ", and" following the claimed clause is the speaker\'s next act', () => {
  it.each([
    ['Judge Ann Lee ruled on Thursday that the law discriminated against black voters, and ordered the state to restore its old rules.', 'the law discriminated against black voters'],
    ['Ana Lee said the plan had failed, and resigned on Friday.', 'the plan had failed'],
    ['Ana Lee said the mine would close next year, and left the room.', 'the mine would close next year'],
  ])('%s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });

  it.each([
    ['Ana Lee said the rebels attacked the town, and burned the market.', 'the rebels attacked the town, and burned the market'],
    ['Ana Lee said sales rose 4 percent in March, and fell 2 percent in April.', 'sales rose 4 percent in March, and fell 2 percent in April'],
  ])('guard (passes before the change too): a past that may go on the clause\'s own subject stays in it: %s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });
});

describe('"asked X why/whether ..." is a question of the asker, without the one asked', () => {
  it.each([
    ['Senator Chuck Grassley asked James Comey why the bureau had not investigated leaks.', 'Chuck Grassley', 'why the bureau had not investigated leaks', 'statement'],
    ['Ana Lee asked reporters why nobody had resigned.', 'Ana Lee', 'why nobody had resigned', 'statement'],
  ])('%s', (text, claimant, content, kind) => {
    expect(claimsOf(text).map((c) => [c.claimant, c.content, c.kind])).toEqual([[claimant, content, kind]]);
  });

  it('guard (passes before the change too): "asked X to ..." is a call', () => {
    expect(claimsOf('Ana Lee asked the minister to resign.').map((c) => c.kind)).toEqual(['call']);
  });
});

describe('an obligation put on the speaker\'s own words calls for nothing; a shame said to be due judges', () => {
  it.each([
    ['"I\'m afraid the election is going to be rigged, I have to be honest," Tom Harlan said.', 'assessment'],
    ['"We must say the talks went well," Ana Lee said.', 'statement'],
    ['Tom Harlan shot back that Hillary Clinton should be ashamed.', 'assessment'],
    ['Ana Lee said the minister ought to be embarrassed by the figures.', 'assessment'],
  ])('%s', (text, kind) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual([kind]);
  });

  it('guard (passes before the change too): what another should do is a call', () => {
    expect(claimsOf('Ana Lee said the minister should resign.').map((c) => c.kind)).toEqual(['call']);
  });
});

describe('a title of a body with nobody named beside it is the person holding that title there', () => {
  it.each([
    ['Meridian Bank chief executive Ana Lee spoke on Monday. The chief executive of Meridian Bank said profits would rise.', 'Ana Lee'],
    ['Kessler Bank chief executive Tom Reed met Meridian Bank chief executive Ana Lee. The chief executive of Kessler Bank said the deal was fair.', 'Tom Reed'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });

  it('guard (passes before the change too): with no holder the body speaks through its officer', () => {
    expect(claimsOf('The chief executive of Meridian Bank said profits would rise.').map((c) => c.claimant)).toEqual(['Meridian Bank']);
  });
});

describe('a body a restrictive relative clause singles out speaks when no such body was named', () => {
  it.each([
    ['Thousands marched in Lyon on Sunday. The group that organised the march said 20,000 people took part.', 'group that organised the march'],
    ['The charity which runs the camp said food was running out.', 'charity which runs the camp'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });

  it('guard (passes before the change too): a business noun with no company named names nobody', () => {
    expect(claimsOf('The company that operates the dam said the spillway was safe.')).toEqual([]);
  });

  it('guard (passes before the change too): a body named before is the one meant', () => {
    expect(claimsOf('Acme Power runs the plant. The company that operates the dam said the spillway was safe.').map((c) => c.claimant)).toEqual(['Acme Power']);
  });
});

describe('a bare title\'s campaign or office with nobody holding the title names nobody', () => {
  it.each([
    ['Ted Cruz won Iowa. The senator\'s campaign said turnout was high.'],
    ['Ana Lee won the primary. The governor\'s spokesman said turnout was high.'],
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('guard (passes before the change too): the title\'s holder speaks through the campaign', () => {
    expect(claimsOf('Senator Ted Cruz won Iowa. The senator\'s campaign said turnout was high.').map((c) => c.claimant)).toEqual(['Ted Cruz']);
  });
});

describe('the subject of an answer after "a claim"/"a charge" is the plural after the noun, not the noun with it', () => {
  it.each([
    ['Ana Lee said most drug dealers were black, a claim critics called false.', 'critics'],
    ['Ana Lee said the vote was rigged, a claim election officials rejected.', 'election officials'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toContain(claimant);
  });
});

describe('an announced plan named as a thing is the topic, no pledge', () => {
  it.each([
    ['John Kerry and Sergei Lavrov announced that they had agreed on a plan to halt the fighting.', 'report'],
    ['Acme announced that the board had approved the plan to sell the unit.', 'report'],
  ])('%s', (text, kind) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(claimsOf(text).map(() => kind));
  });

  it('guard (passes before the change too): an announced intention of the speaker is a pledge', () => {
    expect(claimsOf('Nabeel Rajab announced his intention to take part in the marches.').map((c) => c.kind)).toEqual(['pledge']);
  });
});

describe('coordinated subjects with titles written with "of" both speak', () => {
  it.each([
    ['Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov announced early Saturday that they had agreed on a ceasefire.', ['John Kerry', 'Sergei Lavrov']],
    ['Minister of Finance Ana Lee and Governor Tom Reed said the budget was balanced.', ['Ana Lee', 'Tom Reed']],
  ])('%s', (text, claimants) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual(claimants);
  });
});

describe('a participle phrase before a postposed attribution is the claim\'s, no apposition of the speaker', () => {
  it.each([
    ['A bomb exploded at a market in Kabul on Tuesday, killing at least 24 people, officials said.', 'A bomb exploded at a market in Kabul on Tuesday, killing at least 24 people'],
    ['Militants attacked a checkpoint in the north on Sunday, killing three soldiers, officials said.', 'Militants attacked a checkpoint in the north on Sunday, killing three soldiers'],
    ['A landslide buried a village in Nepal on Monday, killing at least 12 people, officials said.', 'A landslide buried a village in Nepal on Monday, killing at least 12 people'],
  ])('%s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });

  it('guard (passes before the change too): a named apposition still closes the subject', () => {
    expect(readings('"We are not leaving," one resident, Lea Ortiz, told Reuters.')).toEqual([['Lea Ortiz', 'We are not leaving']]);
  });
});

describe('a made speaker keeps an acronym as written', () => {
  it('The Islamic State group has claimed a string of attacks, according to the SITE monitoring group.', () => {
    expect(claimsOf('The Islamic State group has claimed a string of attacks, according to the SITE monitoring group.').map((c) => c.claimant)).toContain('SITE monitoring group');
  });
});

describe('a message with its addressee or its posting is the channel of the claim, no part of it', () => {
  it.each([
    ['The Taliban claimed responsibility for the attack in a message to journalists.', 'responsibility for the attack'],
    ['Boko Haram claimed responsibility for the attack in a video posted online.', 'responsibility for the attack'],
  ])('%s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });
});

describe('pressing someone on a topic questions, it calls for nothing', () => {
  it.each([
    ['Moderator Lester Holt pressed Tom Harlan on his past claim that Barack Obama was not born in the United States.'],
    ['Ana Lee pressed the minister about the delays that had angered voters.'],
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('guard (passes before the change too): pressing someone to act is a call', () => {
    expect(claimsOf('Ana Lee pressed the company to settle.').map((c) => c.kind)).toEqual(['call']);
  });
});

describe('what a witness saw or heard is a report', () => {
  it.each([
    ['"I saw body parts on the road," shopkeeper Ahmad Zia told AFP.'],
    ['"We heard gunfire all night," said Maria Lopez, a resident.'],
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['report']);
  });
});

describe('the day of the saying between subject and verb, past an adverb, and a joined participle\'s time', () => {
  it.each([
    ['The Ardenian council on Monday strongly condemned the launch.', ['2016-05-09']],
    ['Ana Lee on Friday flatly denied the report.', ['2016-05-06']],
    ['Tom Harlan lashed out at a judge on Friday, calling him a hater and saying he should recuse himself.', ['2016-05-06', '2016-05-06']],
  ])('%s', (text, dates) => {
    expect(claimsOf(text).map((c) => c.date)).toEqual(dates);
  });
});

describe('a harm claimed done is a report, as a neutral cue\'s is', () => {
  it.each([
    ['The Ardenian army claimed it had killed dozens of militants in raids on Thursday.', 'report'],
    ['Russia claimed its forces had destroyed two rebel bases.', 'report'],
  ])('%s', (text, kind) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual([kind]);
  });

  it.each([
    ['Apple claimed the phone will provide longer battery life.'],
    ['The rebels claimed the army would kill civilians if it entered the town.'],
  ])('guard (passes before the change too): a claimed future or condition keeps the claim\'s statement: %s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['statement']);
  });
});

describe('participles and nouns that judge are assessments', () => {
  it.each([
    ['Vitaly Churkin said the French draft was biased.'],
    ['Samantha Power said Russia\'s actions were barbarism, not counterterrorism.'],
    ['Ana Lee said the inquiry was a sham.'],
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['assessment']);
  });

  it('guard (passes before the change too): a passive of harm done stays a report', () => {
    expect(claimsOf('Ana Lee said the suspect was arrested on Monday.').map((c) => c.kind)).toEqual(['report']);
  });

  // (round 24: an account called unfounded is denied, `kind/called-false`; this row expected an assessment before)
  it('an account called unfounded is a denial', () => {
    expect(claimsOf('Ana Lee said the charges were unfounded.').map((c) => c.kind)).toEqual(['denial']);
  });
});

describe('a harm in a who-clause closing the claim is a person\'s lot, no warning or report of the speaker', () => {
  it.each([
    ['The British government stated that it will reconsider the asylum application of a gay Iranian teenager who fears execution.', 'statement'],
    ['Ana Lee said she would meet the families of soldiers who died in the attack.', 'statement'],
  ])('%s', (text, kind) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual([kind]);
  });

  it('guard (passes before the change too): a who-clause before the main verb leaves the harm ahead', () => {
    expect(claimsOf('Ana Lee said the rebels who attacked the town will be punished.').map((c) => c.kind)).toEqual(['warning']);
  });
});

describe('a participle after a quoted programme title is a claim of its own', () => {
  it.each([
    ['"I\'m doing the right thing," Tom Harlan told ABC\'s "Good Morning America," insisting his plan was temporary.', [['Tom Harlan', 'I\'m doing the right thing'], ['Tom Harlan', 'his plan was temporary']]],
    ['Ana Lee spoke on NBC\'s "Meet the Press," adding that the polls were wrong.', [['Ana Lee', 'the polls were wrong']]],
  ])('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('"put the death toll at 17" gives a figure, a report; a count of the dead is a report', () => {
  it.each([
    ['The Ardenian government put the death toll at 17, including three police officers.', 'Ardenian government'],
    ['Ardenian officials put the number of dead at 40.', 'Ardenian officials'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => [c.claimant, c.kind])).toEqual([[claimant, 'report']]);
  });

  it('The Ardenian government said the death toll stood at 17.', () => {
    expect(claimsOf('The Ardenian government said the death toll stood at 17.').map((c) => c.kind)).toEqual(['report']);
  });

  it.each([
    ['Ana Lee put pressure on the minister.'],
    ['The Ardenian court put the ruling on hold.'],
  ])('guard (passes before the change too): other senses of "put" act: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});
