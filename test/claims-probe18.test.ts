import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 16 (claims18): invented conflict and diplomacy reports with ministries' press releases, 2016 campaign
 * surrogates, company guidance with analysts' notes, UN agencies' appeals and court and prosecutor statements. Every
 * sentence is invented; each positive row failed before its fix, guards are labelled.
 */

function claimsOf(text: string, publishedAt = '2016-10-16') {
  const parsed = parseArticle(text, { publishedAt });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return parsed.claims.map((c) => ({ claimant: name(c.claimantId), cue: c.cue, kind: c.kind, content: c.content }));
}

describe('a modal cue inside an earlier cue\'s clause is predicted, no claim (claims/predicted-saying)', () => {
  it.each([
    ['The ministry called the shelling "an act of aggression" and said its forces would respond to any further attack.', ['called', 'said']],
    ['The rebels described the raid as "a massacre" and said Commander Ali Musa would reply to any attack.', ['described', 'said']],
  ])('%s', (text, cues) => {
    expect(claimsOf(text).map((c) => c.cue)).toEqual(cues);
  });

  it('guard (passes before the change too): a cue right after its own subject still claims', () => {
    expect(claimsOf('Lee said the rebels had attacked the town, and the army said it had repelled them.').map((c) => c.cue)).toEqual(['said', 'said']);
  });
});

describe('what a reply answers is no word of it (claims/reply-stimulus-only)', () => {
  it.each([
    ['The army responded to the attack with airstrikes on rebel positions.'],
    ['The police responded to the riot with water cannon.'],
    ['The government responded to the strike within hours.'],
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('guard (passes before the change too): a reply with a quote after a colon claims the quote', () => {
    expect(claimsOf('The ministry responded to the report in a statement: "These claims are false."').map((c) => c.claimant)).toEqual(['ministry']);
  });
});

describe('"The statement said" after a saying "in a statement" is the speaker\'s (speaker/statement-of-channel)', () => {
  it.each([
    ['In a statement, the army said its troops had repelled the attack. The statement added that three soldiers had been wounded.', 'army'],
    ['The Interior Ministry said in a press release that 40 suspects had been arrested. The statement said they would be charged on Monday.', 'Interior Ministry'],
    ['The Interior Ministry issued a communique on Tuesday. The statement said 40 suspects had been arrested.', 'Interior Ministry'],
  ])('%s', (text, claimant) => {
    const claims = claimsOf(text);
    expect(claims[claims.length - 1]?.claimant).toBe(claimant);
  });

  it('guard (passes before the change too): a statement by a named author is the author\'s', () => {
    expect(claimsOf('A statement from the Interior Ministry said 40 suspects had been arrested.').map((c) => c.claimant)).toEqual(['Interior Ministry']);
  });
});

describe('a commentator\'s employer named before the staff noun is no "the company" (speaker/commentator-employer-before)', () => {
  it.each([
    ['Kessler Brewing reported a rise in profit on Tuesday. Goldman Sachs analyst Tom Reyes said the results beat his forecast. The company said it would raise its dividend.', 'Kessler Brewing'],
    ['Velmar Motors cut its outlook on Monday. Nomura chief economist Ana Lee said demand was weak. The company said it would close a plant.', 'Velmar Motors'],
  ])('%s', (text, claimant) => {
    const claims = claimsOf(text);
    expect(claims[claims.length - 1]?.claimant).toBe(claimant);
  });
});

describe('the speaker\'s next act after "and" is no part of the claim (content/speaker-next-act)', () => {
  it.each([
    ['The Justice Department said it was reviewing the ruling and declined to comment further.', 'it was reviewing the ruling'],
    ['Analysts at Jefferies said the cut was deeper than expected and lowered their price target on the stock.', 'the cut was deeper than expected'],
    ['Morgan Stanley said margins would shrink next year and cut its rating on the shares to underweight.', 'margins would shrink next year'],
  ])('%s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });

  it('guard (passes before the change too): a third party declining stays in the claim', () => {
    expect(claimsOf('Officials said the rebels declined to comment.').map((c) => c.content)).toEqual(['the rebels declined to comment']);
  });
});

// (built on this branch and, at the same time, by the lead's round-16 `kind/refusal-of-another`, which main kept:
// these rows pass on main since 51b0147)
describe('a third party\'s refusal is no rejection of the speaker (kind/refusal-of-another)', () => {
  it.each([
    ['A police spokesman said two men had been detained and refused to give their names.'],
    ['Officials said the rebels refused to hand over their weapons.'],
    ['Ana Lee said the company had refused to pay the fine.'],
  ])('guard (passes before the change too): %s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).not.toContain('rejection');
  });

  it('guard (passes before the change too): the speaker\'s own refusal is a rejection', () => {
    expect(claimsOf('The ministry said it refused to negotiate with terrorists.').map((c) => c.kind)).toEqual(['rejection']);
  });
});

describe('a quantifier subject is the group the sentences just before open with (speaker/quantifier-recent-group)', () => {
  it.each([
    ['Federal prosecutors said they would seek a life sentence. The judge set a trial date. The jury was chosen on Monday. Relatives of the victims were divided. Some said they had forgiven the killer.', 'relatives of the victims'],
    ['Officials said the dam was safe. The river kept rising overnight. Police closed the road. Residents of the valley gathered at the school. Many said they had lost everything.', 'residents of the valley'],
  ])('%s', (text, claimant) => {
    const claims = claimsOf(text);
    expect(claims[claims.length - 1]?.claimant).toBe(claimant);
  });

  it('a contrast\'s "others" after "while" speaks too', () => {
    const claims = claimsOf('Relatives of the victims were divided. Some said they had forgiven the killer, while others said he deserved to die.');
    expect(claims.map((c) => c.content)).toEqual(['they had forgiven the killer', 'he deserved to die']);
  });
});

describe('an unnamed source before a participial aside speaks (speaker/unnamed-before-participle)', () => {
  it.each([
    ['One worker, speaking on condition of anonymity, said helicopters could not reach some areas.', 'worker'],
    ['One resident, speaking by telephone, said the water was rising.', 'resident'],
    ['One rebel, reached by telephone, said the town had fallen.', 'rebel'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });
});

describe('a described body named in apposition speaks by its name (speaker/described-body-named)', () => {
  it.each([
    ['A super PAC supporting Trump, Rebuilding America Now, said it would continue to run ads in Florida.', 'Rebuilding America Now'],
    ['A rights group based in London, Civic Watch, said the trial was unfair.', 'Civic Watch'],
    ['A charity working in Yemen, Hope Relief, warned that children were starving.', 'Hope Relief'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });

  it('guard (passes before the change too): a described person named in apposition is that person', () => {
    expect(claimsOf('A man living near the plant, Tom Lee, said he heard an explosion.').map((c) => c.claimant)).toEqual(['Tom Lee']);
  });
});

describe('commitments in reported speech (kind/negative-commitment, kind/commitment)', () => {
  it.each([
    ['Paul Ryan told lawmakers that he would no longer defend Trump.'],
    ['Senator Ana Lee said she would no longer support the bill.'],
    ['The World Food Programme said it planned to feed 600,000 people over the next three months.'],
    ['Russian Foreign Minister Sergei Lavrov said Moscow intended to host a meeting of the two ministers.'],
    ['Ana Lee said she was planning to run for governor.'],
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['pledge']);
  });

  it.each([
    ['Officials said the bridge would no longer carry heavy trucks.'],
    ['Lee said the company had planned to open a plant but dropped the idea.'],
  ])('guard (passes before the change too): %s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['statement']);
  });
});

describe('a data provider is no "the company" of the story (speaker/data-provider)', () => {
  it.each([
    ['Velmar Motors cut its outlook on Monday. Sales fell 4 percent, according to FactSet data. The company said it would close a plant.', 'Velmar Motors'],
    ['Norvik Air reported a loss on Monday. Bookings fell 9 percent, according to Cirium figures. The company said it would cut flights.', 'Norvik Air'],
  ])('%s', (text, claimant) => {
    const claims = claimsOf(text);
    expect(claims[claims.length - 1]?.claimant).toBe(claimant);
  });
});

describe('a party binding itself to keep a deal or to act with others pledges (kind/commitment)', () => {
  it.each([
    ['Islamic Jihad, a smaller militant group, said it would abide by the truce as long as Israel did.'],
    ['Hillary Clinton said the United States would work with partners to reinforce the truce.'],
    ['The Free Syrian Army said it will respect the ceasefire.'],
    ['Hamas said it would honour the truce.'],
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['pledge']);
  });

  it('guard (passes before the change too): a thing predicted to respect a rule is no pledge', () => {
    expect(claimsOf('Officials said the new design would respect the old facade.').map((c) => c.kind)).toEqual(['statement']);
  });
});

describe('a title holder named only after the anaphor is nobody it refers back to (anaphor/holder-named-before)', () => {
  it.each([
    ["The prosecutor's office said the suspect had fled. Chief prosecutor Ana Greco said the inquiry would continue.", "prosecutor's office"],
    ["The governor's office said the roads were closed. Later, Governor Tom Reyes said crews were working through the night.", "governor's office"],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text)[0]?.claimant).toBe(claimant);
  });

  it('guard (passes before the change too): a holder named before is the one', () => {
    expect(claimsOf("Governor Tom Reyes toured the flooded town. The governor's office said the roads were closed.")[0]?.claimant).toBe('Tom Reyes');
  });
});

describe('an infinitive of purpose after a plural object the tagger reads as a verb (cues/purpose-infinitive)', () => {
  it.each([
    ['Police used megaphones to warn protesters that the dam could burst.', 'police'],
    ['Police used sirens to warn residents that the river was rising.', 'police'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });
});

describe('a warning\'s plural addressee before a that-less clause is no part of it (content/warned-addressee)', () => {
  it.each([
    ['The army dropped leaflets to warn residents they should leave.', 'they should leave'],
    ['Ana Lee warned investors the market would fall.', 'the market would fall'],
    ['Ana Lee warned them they would pay a price.', 'they would pay a price'],
  ])('%s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });

  it.each([
    ['Ana Lee warned voters would punish the party.', 'voters would punish the party'],
    ['Ana Lee warned Russia would retaliate.', 'Russia would retaliate'],
    ['Ana Lee warned prices would rise.', 'prices would rise'],
  ])('guard (passes before the change too): %s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });
});

describe('a claim noun delivered by a light verb (cues/light-verb-claim-noun)', () => {
  it.each([
    ['The National Weather Service issued a warning that the river would flood.', 'National Weather Service', 'warning', 'the river would flood'],
    ['Ana Lee sounded a stark warning that the economy could slide into recession.', 'Ana Lee', 'warning', 'the economy could slide into recession'],
    ['Ana Lee made a promise that she would return.', 'Ana Lee', 'pledge', 'she would return'],
  ])('%s', (text, claimant, kind, content) => {
    expect(claimsOf(text).map((c) => [c.claimant, c.kind, c.content])).toEqual([[claimant, kind, content]]);
  });

  it.each([
    ['The ministry issued a statement on the attack.', 0],
    ['The UN expressed the hope that the talks would resume soon.', 1],
  ])('guard (passes before the change too): %s', (text, n) => {
    expect(claimsOf(text)).toHaveLength(n);
  });
});

describe('a statement delivered by a light verb before a colon frames the quote (cues/light-verb-claim-noun)', () => {
  it.each([
    ['Ana Lee issued a statement: "We will appeal."', 'We will appeal'],
    ['The ministry issued a brief statement: "The border is closed."', 'The border is closed'],
    ['Ana Lee released a statement: "I have decided that the case should be reviewed."', 'I have decided that the case should be reviewed'],
  ])('%s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });

  it('guard (passes before the change too): a statement released with no words claims nothing', () => {
    expect(claimsOf('Ana Lee issued a statement on Monday.')).toEqual([]);
  });
});

describe('a suggestion of what should be done is a call (kind/suggested-act)', () => {
  it.each([
    ['Ana Lee suggested that the vote be delayed.'],
    ['UN envoy Ana Lee suggested the talks should move to Geneva.'],
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['call']);
  });

  it('guard (passes before the change too): a suggestion of what is so judges', () => {
    expect(claimsOf('Ana Lee suggested the vote was rigged.').map((c) => c.kind)).toEqual(['assessment']);
  });
});

describe('a risk said not to exist is no warning (kind/risk-denied)', () => {
  it.each([
    ['The U.S. Pacific Command said the missile did not pose a threat to North America.'],
    ['Health officials said the leak did not pose any serious risk to the public.'],
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).not.toContain('warning');
  });

  it('guard (passes before the change too): a risk named is a warning', () => {
    expect(claimsOf('The World Health Organization said the outbreak posed a serious threat to children.').map((c) => c.kind)).toEqual(['warning']);
  });
});

describe('doing all one can is a pledge (kind/commitment)', () => {
  it.each([
    ['Shinzo Abe said Japan would do everything in its power to protect its people.'],
    ['The interior minister, Ana Lee, said the government would spare no effort to find the missing.'],
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['pledge']);
  });
});

describe('a demonym before a group possessor keeps the body (speaker/demonym-group-possessor)', () => {
  it.each([
    ["The Swedish pilots' union said it had not been consulted.", "Swedish pilots' union"],
    ["The French teachers' union called for a strike.", "French teachers' union"],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });
});

describe('ruling out a course of action rejects it (cues/ruled-out)', () => {
  it.each([
    ['Rickard Gustafson spoke in Stockholm. He ruled out further job cuts this year.', 'Rickard Gustafson', 'further job cuts this year'],
    ['Prime Minister Ana Lee ruled out a snap election.', 'Ana Lee', 'a snap election'],
    ['Velmar Motors cut its forecast, ruling out a dividend this year.', 'Velmar Motors', 'a dividend this year'],
  ])('%s', (text, claimant, content) => {
    expect(claimsOf(text).map((c) => [c.claimant, c.kind, c.content])).toEqual([[claimant, 'rejection', content]]);
  });

  it.each([
    ['Ana Lee did not rule out a snap election.', 0],
    ['The referee ruled the goal out.', 0],
  ])('guard (passes before the change too): %s', (text, n) => {
    expect(claimsOf(text)).toHaveLength(n);
  });
});

describe('a platform named as a message\'s channel is no antecedent of "it" (speaker/channel-not-antecedent)', () => {
  it.each([
    ['The Velmar Army published a video on YouTube on Monday. It said the rebels had fled.', 'Velmar Army'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });

  it('a message posted by a person is no platform\'s claim', () => {
    expect(claimsOf('Ana Lee posted a message on Facebook. It said the vote was rigged.').map((c) => c.claimant)).not.toContain('Facebook');
  });
});

describe('a reply in the progressive with what it answers is no saying (claims/reply-stimulus-only)', () => {
  it.each([
    ['The government accused the Third Battalion of attacking the capital. The Third Battalion, in a video posted online, denied starting the fighting and said it was responding to provocations.'],
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.cue)).not.toContain('responding');
  });

  it('guard (passes before the change too): a reply in the progressive inside a claim of a union', () => {
    expect(claimsOf('Police accused the union of blocking the port. The union, in a statement, denied blocking the port and said it was responding to provocations by the employers.').map((c) => c.cue)).not.toContain('responding');
  });
});

describe('attacks made in words are no harm ahead (kind/verbal-attack)', () => {
  it.each([
    ['Keep the Promise, a super PAC backing Cruz, said it would spend $2 million on ads attacking Trump\'s business record.'],
    ['The Velmar Action Fund said it will run attack ads against the senator.'],
    ['Ana Lee said her campaign would keep attacking her rival\'s record on trade.'],
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).not.toContain('warning');
  });

  it('guard (passes before the change too): an armed attack ahead is a warning', () => {
    expect(claimsOf('The army said the rebels would attack the city within days.').map((c) => c.kind)).toEqual(['warning']);
  });
});

describe('an anaphoric answer reaches back only as far as an answer does (disputes/anaphor-window)', () => {
  const filler = Array.from({ length: 18 }, () => 'The river rose through the night and farmers moved their cattle to higher ground near the old mill.').join(' ');
  function disputesOf(text: string) {
    return parseArticle(text, { publishedAt: '2016-10-16' }).claims.map((c) => c.disputes.length);
  }

  it.each([
    [`Ana Lee said the mayor had taken bribes. ${filler} Mayor Tom Reyes rejected the claims.`],
    [`The ministry said rebels had shelled the port. ${filler} The rebel commander, Ali Musa, denied these reports.`],
  ])('a claim 1,800 characters back: %#', (text) => {
    expect(disputesOf(text)).toEqual([0, 0]);
  });

  it('guard (passes before the change too): a claim just before is answered', () => {
    expect(disputesOf('The ministry said rebels had shelled the port. The rebel commander, Ali Musa, denied these reports.')).toEqual([0, 1]);
  });
});

describe('threats received are no warning (kind/threats-received)', () => {
  it.each([
    ['Lawyers for the activist, Maria Lopez, said she had received death threats from a gang in her hometown.'],
    ['The editor, Tom Reyes, said he had faced threats for years after the report.'],
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).not.toContain('warning');
  });

  it('guard (passes before the change too): threats ahead are a warning', () => {
    expect(claimsOf('Ana Lee said the witnesses could face death threats.').map((c) => c.kind)).toEqual(['warning']);
  });
});
