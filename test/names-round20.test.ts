import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { splitSentences } from '../src/text/sentences.js';
import { segmentText } from '../src/text/segment.js';

/*
 * Round 20 (names, helper "names21"), from invented sports, legal, tech-business, aid-agency and web-forum reports:
 * names whose kind an English pattern says ("X and other carmakers", "Save the Forests", "Halvorsen Brandt said it
 * would close", src/extract/name-pattern-repairs.ts), regions compromise knows whose names end like demonyms
 * ("Fujian province"), and words in capitals for emphasis ("we have NEVER had"). Every name here is invented.
 */
function parse(text: string, headline = 'Report') {
  return parseArticle(`${headline}\n\n${text}`, { publishedAt: '2024-05-16' });
}
const actor = (text: string, name: string) => parse(text).actors.find((a) => a.name === name || a.aliases.includes(name));
const actorNames = (text: string) => parse(text).actors.map((a) => a.name);
const place = (text: string, name: string) => parse(text).places.find((p) => p.name === name || p.aliases?.includes(name));

describe('a name before "and other" and a plural of bodies is a body', () => {
  it('"Orders from Kestrana and other carmakers fell" gives the organisation Kestrana, no place', () => {
    const text = 'Orders from Kestrana and other carmakers fell in April, the survey showed.';
    expect(actor(text, 'Kestrana')?.kind).toBe('organization');
    expect(place(text, 'Kestrana')).toBeUndefined();
  });
  it('"Loans to Brenford and other retailers were cut" gives the organisation Brenford', () => {
    const text = 'Loans to Brenford and other retailers were cut last year.';
    expect(actor(text, 'Brenford')?.kind).toBe('organization');
  });
  it('"demand from Nortiva, Qelbrook and other AI companies" makes both listed names organisations', () => {
    const text = 'Profit rose on demand from Nortiva, Qelbrook and other AI companies, the chipmaker said.';
    expect(actor(text, 'Nortiva')?.kind).toBe('organization');
    expect(actor(text, 'Qelbrook')?.kind).toBe('organization');
  });
  it('guard (passes before the change too): "Norway and other lenders" keeps the country a place or government', () => {
    const text = 'Aid from Norway and other lenders was frozen on Monday.';
    expect(actor(text, 'Norway')?.kind ?? 'place').not.toBe('organization');
  });
});

describe('a campaign named "Save the X" is one body', () => {
  it('"Save the Forests said the logging had resumed" gives the organisation Save the Forests', () => {
    const text = 'Save the Forests said the logging had resumed near the reserve.';
    expect(actor(text, 'Save the Forests')?.kind).toBe('organization');
  });
  it('"Activists from Save the Danube protested" gives the organisation, not the river', () => {
    const text = 'Activists from Save the Danube protested outside the ministry on Friday.';
    expect(actor(text, 'Save the Danube')?.kind).toBe('organization');
    expect(place(text, 'Danube')).toBeUndefined();
  });
  it('"a spokesman for Save the Rivers, a campaign group," gives the whole name', () => {
    const text = 'A spokesman for Save the Rivers, a campaign group, said the dam threatened the lake.';
    expect(actorNames(text)).toContain('Save the Rivers');
    expect(actorNames(text)).not.toContain('Rivers');
  });
});

describe('two words named like a person that the sentence calls "it" in a business act are a company', () => {
  it('"Halvorsen Brandt announced on Wednesday it would close two plants" gives an organisation', () => {
    const text = 'Halvorsen Brandt announced on Wednesday it would close two plants in the north.';
    expect(actor(text, 'Halvorsen Brandt')?.kind).toBe('organization');
  });
  it('"Merrow Lindqvist said it will hire 300 workers" gives an organisation', () => {
    const text = 'Merrow Lindqvist said it will hire 300 workers at the new site.';
    expect(actor(text, 'Merrow Lindqvist')?.kind).toBe('organization');
  });
  it('guard (passes before the change too): "Dana Whitfield said it would take months" keeps the person', () => {
    const text = 'Dana Whitfield said it would take months to review the case.';
    expect(actor(text, 'Dana Whitfield')?.kind).toBe('person');
  });
});

describe('a region whose name ends like a demonym is a place before "province"', () => {
  it('"Storms hit Fujian province" gives the place Fujian', () => {
    const text = 'Storms hit Fujian province on Monday, cutting power to 200,000 homes.';
    expect(place(text, 'Fujian')).toBeDefined();
  });
  it('"Factories in coastal Fujian province reopened" gives the place Fujian', () => {
    const text = 'Factories in coastal Fujian province reopened on Thursday after the typhoon.';
    expect(place(text, 'Fujian')).toBeDefined();
  });
  it('guard (passes before the change too): "Floods in Jiangxi province killed 12" gives the place Jiangxi', () => {
    const text = 'Officials said floods in Jiangxi province killed 12 people this week.';
    expect(place(text, 'Jiangxi')).toBeDefined();
  });
  it('guard (passes before the change too): "the Kurdish region" gives no place "Kurdish"', () => {
    const text = 'Voters in the Kurdish region went to the polls on Sunday.';
    expect(place(text, 'Kurdish')).toBeUndefined();
  });
});

describe('a word in capitals for emphasis is no organisation', () => {
  it('"we have NEVER had such bad service" gives no organisation NEVER', () => {
    const text = 'We went to Brannigan\'s last week and we have NEVER had such bad service!';
    expect(actorNames(text)).not.toContain('NEVER');
  });
  it('"they ALWAYS forget the sauce" gives no organisation ALWAYS', () => {
    const text = 'The staff are friendly but they ALWAYS forget the sauce.';
    expect(actorNames(text)).not.toContain('ALWAYS');
  });
  it('guard (passes before the change too): "NATO said" stays an organisation', () => {
    const text = 'NATO said on Monday it would send more jets.';
    expect(actor(text, 'NATO')?.kind).toBe('organization');
  });
});

describe('a short country name two states share is the one whose towns the article names', () => {
  it('"eastern Congo\'s North Kivu province" under a Goma dateline is DR Congo', () => {
    const text = 'GOMA, May 16 - Fighting in eastern Congo\'s North Kivu province forced 20,000 people from their homes this week.';
    expect(place(text, 'Congo')?.countryCode).toBe('CD');
  });
  it('"Aid reached Bukavu ... elsewhere in Congo" is DR Congo', () => {
    const text = 'The first aid trucks reached Bukavu on Monday, but roads elsewhere in Congo remained closed.';
    expect(place(text, 'Congo')?.countryCode).toBe('CD');
  });
  it('guard (passes before the change too): "Brazzaville ... in Congo" stays the Republic of the Congo', () => {
    const text = 'Protesters marched in Brazzaville on Monday, the largest rally in Congo this year.';
    expect(place(text, 'Congo')?.countryCode).toBe('CG');
  });
});

describe('Georgia in an article set in the United States is the US state', () => {
  it('"In Georgia, Governor Brian Kemble declared an emergency after floods in Savannah" gives the state', () => {
    const text = 'In Georgia, Governor Brian Kemble declared an emergency after floods in Savannah on Tuesday.';
    expect(place(text, 'Georgia')?.countryCode).toBe('US');
    expect(place(text, 'Georgia')?.kind).toBe('region');
  });
  it('"the state of Georgia would press its own claims" gives the state', () => {
    const text = 'The attorney general said the state of Georgia would press its own claims against the app maker.';
    expect(place(text, 'Georgia')?.countryCode).toBe('US');
  });
  it('guard (passes before the change too): "Georgian troops ... in Georgia" stays the country', () => {
    const text = 'Georgian troops withdrew from the border on Friday, officials in Georgia said, as talks opened in New York.';
    expect(place(text, 'Georgia')?.countryCode ?? 'GE').toBe('GE');
  });
});

describe('a name right after a noun of a band, a label or an online service is that body', () => {
  it('"British band The Hollow Lanterns released their fourth album" gives an organisation, no place', () => {
    const text = 'British band The Hollow Lanterns released their fourth album on Friday.';
    expect(actor(text, 'Hollow Lanterns')?.kind).toBe('organization');
    expect(place(text, 'Hollow Lanterns')).toBeUndefined();
  });
  it('"The folk band Tidewater Sisters played in Dublin" gives an organisation', () => {
    const text = 'The folk band Tidewater Sisters played in Dublin on Saturday night.';
    expect(actor(text, 'Tidewater Sisters')?.kind).toBe('organization');
  });
  it('"Streaming service Lumora said it had 40 million users" gives an organisation', () => {
    const text = 'Streaming service Lumora said it had 40 million users at the end of March.';
    expect(actor(text, 'Lumora')?.kind).toBe('organization');
  });
  it('"Record label Velvet Grove said the singer had signed" gives an organisation, no place', () => {
    const text = 'Record label Velvet Grove said the singer had signed a new deal.';
    expect(actor(text, 'Velvet Grove')?.kind).toBe('organization');
    expect(place(text, 'Velvet Grove')).toBeUndefined();
  });
});

describe('a title right after a noun of a work names no actor or place', () => {
  it('"Her previous film, Winter Harbour, was shown at Cannes" gives no place Winter Harbour', () => {
    const text = 'Her previous film, Winter Harbour, was shown at Cannes in 2021.';
    expect(place(text, 'Winter Harbour')).toBeUndefined();
    expect(place(text, 'Cannes')).toBeDefined();
  });
  it('"Her debut novel, Cold Meridian, sold poorly in Spain" gives no actor Cold Meridian', () => {
    const text = 'Her debut novel, Cold Meridian, sold poorly in Spain.';
    expect(actorNames(text)).not.toContain('Cold Meridian');
  });
  it('"His documentary Salt of Kerala premiered in Toronto" gives no place Kerala', () => {
    const text = 'His documentary Salt of Kerala premiered in Toronto last year.';
    expect(place(text, 'Kerala')).toBeUndefined();
    expect(place(text, 'Toronto')).toBeDefined();
  });
  it('guard (passes before the change too): "In this movie Vantor and Quellmark build a new world" keeps both companies named', () => {
    const text = 'In this movie Vantor and Quellmark build a new world of media, the blogger wrote.';
    expect(actorNames(text).length + parse(text).places.length).toBeGreaterThan(0);
  });
});

describe('the "v." of a case name ends no sentence', () => {
  it('"The ruling in Dunmore v. Vexcel Systems was cited" is one sentence', () => {
    const text = 'The ruling in Dunmore v. Vexcel Systems was cited by the panel.';
    expect(splitSentences(text, segmentText(text))).toHaveLength(1);
  });
  it('"a 2019 decision in Harlan v. Ostrova Shipping" keeps the second party in the sentence', () => {
    const text = 'The panel relied on its 2019 decision in Harlan v. Ostrova Shipping, the judge wrote.';
    expect(splitSentences(text, segmentText(text))).toHaveLength(1);
  });
  it('guard (passes before the change too): a sentence ending in "Section V." before "The" still ends there', () => {
    const text = 'The rule is set out in Section V. The court did not reach it.';
    expect(splitSentences(text, segmentText(text))).toHaveLength(2);
  });
});

describe('a role noun, a name, "of" and a body ending in a head word are a person of that body', () => {
  it('"Analyst Tran Thi Mai of Hoang Long Securities said" gives the person and the company', () => {
    const text = 'Analyst Tran Thi Mai of Hoang Long Securities said demand was strong.';
    expect(actor(text, 'Tran Thi Mai')?.kind).toBe('person');
    expect(actor(text, 'Hoang Long Securities')?.kind).toBe('organization');
  });
  it('"Economist Nguyen Van Hai of Saigon Capital said" gives one person, not two', () => {
    const text = 'Economist Nguyen Van Hai of Saigon Capital said rates would fall.';
    expect(actor(text, 'Nguyen Van Hai')?.kind).toBe('person');
    expect(actorNames(text)).not.toContain('Van Hai');
  });
});
