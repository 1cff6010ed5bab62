import { describe, expect, it } from 'vitest';
import { addArticle } from '../src/graph/add-article.js';
import { buildGraph } from '../src/graph/build-graph.js';
import { foldWord, personKey } from '../src/graph/name-key.js';
import { fromJSON, toJSON } from '../src/io/json.js';
import { claimsByActor } from '../src/query/claims-by-actor.js';
import { eventsAtPlace } from '../src/query/events-at-place.js';
import type { ActorNode, PlaceNode } from '../src/schema/graph.js';
import type { ParsedArticle } from '../src/schema/index.js';
import { ArticleBuilder } from './graph-fixtures.js';

/* Articles written for these tests; the right merge is known because we wrote them. */

function fullNameArticle(): ParsedArticle {
  const b = new ArticleBuilder('harbour-1', 'Prime Minister Anton Meyerhoff said the harbour would reopen on Monday.');
  const meyerhoff = b.actor('Anton Meyerhoff', { titles: ['Prime Minister'] });
  b.claim(meyerhoff, 'said', 'Prime Minister Anton Meyerhoff said the harbour would reopen on Monday.', 'the harbour would reopen on Monday');
  return b.build();
}

function surnameArticle(): ParsedArticle {
  const b = new ArticleBuilder('harbour-2', 'Meyerhoff told reporters the cranes were already back in service.');
  const meyerhoff = b.actor('Meyerhoff');
  b.claim(meyerhoff, 'told', 'Meyerhoff told reporters the cranes were already back in service.', 'the cranes were already back in service');
  return b.build();
}

function variantArticle(): ParsedArticle {
  const b = new ArticleBuilder('harbour-3', 'Anton Meyerhof, the prime minister, said the strike was over.');
  const meyerhof = b.actor('Anton Meyerhof', { titles: ['prime minister'] });
  b.claim(meyerhof, 'said', 'Anton Meyerhof, the prime minister, said the strike was over.', 'the strike was over');
  return b.build();
}

function smithArticles(): ParsedArticle[] {
  const a = new ArticleBuilder('smith-1', 'Coach Dana Smith said the team had trained all week.');
  a.claim(a.actor('Dana Smith', { titles: ['Coach'] }), 'said', 'Coach Dana Smith said the team had trained all week.', 'the team had trained all week');
  const b = new ArticleBuilder('smith-2', 'Senator Robert Smith said the bill would pass.');
  b.claim(b.actor('Robert Smith', { titles: ['Senator'] }), 'said', 'Senator Robert Smith said the bill would pass.', 'the bill would pass');
  const c = new ArticleBuilder('smith-3', 'Smith said nothing had been decided.');
  c.claim(c.actor('Smith'), 'said', 'Smith said nothing had been decided.', 'nothing had been decided');
  return [a.build(), b.build(), c.build()];
}

function townArticles(): ParsedArticle[] {
  const a = new ArticleBuilder('town-1', 'Shelling hit Novohrad (formerly Zvyahel) overnight.');
  const town = a.place('Novohrad', { aliases: ['Zvyahel'] });
  a.event('attack', 'Shelling hit Novohrad (formerly Zvyahel) overnight.', 'Shelling', { places: [town] });
  const b = new ArticleBuilder('town-2', 'Residents of Zviahel queued for water.');
  const old = b.place('Zviahel');
  b.event('other', 'Residents of Zviahel queued for water.', 'queued', { places: [old] });
  return [a.build(), b.build()];
}

function actors(graph: ReturnType<typeof buildGraph>): ActorNode[] {
  return graph.filterNodes((_k, a) => a.nodeType === 'actor').map((k) => graph.getNodeAttributes(k) as ActorNode);
}

describe('cross-article identity', () => {
  it('folds y/iy/yy endings, ie and doubled letters to one key', () => {
    expect(new Set(['Zelensky', 'Zelenskyy', 'Zelenskiy'].map((w) => foldWord(w.toLowerCase())))).toEqual(new Set(['zelenski']));
  });

  it('drops initials from a person key', () => {
    expect(personKey('Anton J. Meyerhoff')).toBe(personKey('Anton Meyerhoff'));
  });

  it('merges a full name, a spelling variant and a bare surname of one person into one node', () => {
    const graph = buildGraph([fullNameArticle(), surnameArticle(), variantArticle()]);
    expect(actors(graph).map((a) => a.id)).toEqual(['actor:anton-meyerhoff']);
  });

  it('merges a bare surname met before the full name once the full name arrives', () => {
    const graph = buildGraph([surnameArticle(), fullNameArticle()]);
    expect(graph.hasNode('actor:meyerhoff')).toBe(false);
    expect(claimsByActor(graph, 'actor:anton-meyerhoff').map((c) => c.articleId).sort()).toEqual(['harbour-1', 'harbour-2']);
  });

  it('keeps the articles and mentions of every form on the merged node', () => {
    const graph = buildGraph([fullNameArticle(), surnameArticle(), variantArticle()]);
    const node = graph.getNodeAttributes('actor:anton-meyerhoff') as ActorNode;
    expect(node.articleIds).toEqual(['harbour-1', 'harbour-2', 'harbour-3']);
    expect(node.mentions.map((m) => `${m.articleId}:${m.text}`)).toEqual([
      'harbour-1:Anton Meyerhoff', 'harbour-2:Meyerhoff', 'harbour-3:Anton Meyerhof',
    ]);
  });

  it('points each claimed edge at the merged node with its own article and span', () => {
    const graph = buildGraph([fullNameArticle(), surnameArticle()]);
    const spans = graph.outEdges('actor:anton-meyerhoff')
      .map((e) => graph.getEdgeAttributes(e))
      .filter((e) => e.edgeType === 'claimed')
      .map((e) => [e.articleId, e.start]);
    expect(spans).toEqual([['harbour-1', 0], ['harbour-2', 0]]);
  });

  it('names the merged claimant in claim records whatever form the article used', () => {
    const graph = buildGraph([surnameArticle(), fullNameArticle()]);
    expect(claimsByActor(graph, 'Meyerhoff').map((c) => c.claimant)).toEqual(['Anton Meyerhoff', 'Anton Meyerhoff']);
  });

  it('does not merge two different full names that share a surname', () => {
    const graph = buildGraph(smithArticles());
    expect(graph.hasNode('actor:dana-smith') && graph.hasNode('actor:robert-smith')).toBe(true);
    expect((graph.getNodeAttributes('actor:dana-smith') as ActorNode).articleIds).toEqual(['smith-1']);
  });

  it('records a bare shared surname as ambiguous with the full names it could be', () => {
    const graph = buildGraph(smithArticles());
    expect((graph.getNodeAttributes('actor:smith') as ActorNode).candidates).toEqual(['actor:dana-smith', 'actor:robert-smith']);
  });

  it('resolves a shared surname when the title matches only one of the full names', () => {
    const [dana, robert] = smithArticles();
    const c = new ArticleBuilder('smith-4', 'Senator Smith said the vote was close.');
    c.claim(c.actor('Smith', { titles: ['Senator'] }), 'said', 'Senator Smith said the vote was close.', 'the vote was close');
    const graph = buildGraph([dana!, robert!, c.build()]);
    expect((graph.getNodeAttributes('actor:robert-smith') as ActorNode).articleIds).toEqual(['smith-2', 'smith-4']);
  });

  it('merges a renamed town through the alias that names its old name', () => {
    const graph = buildGraph(townArticles());
    const places = graph.filterNodes((_k, a) => a.nodeType === 'place');
    expect(places).toEqual(['place:novohrad']);
    expect(eventsAtPlace(graph, 'Zviahel').map((e) => e.articleId)).toEqual(['town-1', 'town-2']);
  });

  it('keeps apart two places of the same name in different countries', () => {
    const a = new ArticleBuilder('p-1', 'Floods reached Vienna.');
    a.place('Vienna', { id: 'place:vienna-at' });
    const b = new ArticleBuilder('p-2', 'Floods reached Vienna too.');
    b.place('Vienna', { id: 'place:vienna-us' });
    const first = a.build();
    const second = b.build();
    first.places[0]!.countryCode = 'AT';
    second.places[0]!.countryCode = 'US';
    const graph = buildGraph([first, second]);
    expect(graph.filterNodes((_k, x) => x.nodeType === 'place').sort()).toEqual(['place:vienna-at', 'place:vienna-us']);
  });

  it('changes nothing when an article is added again', () => {
    const graph = buildGraph([surnameArticle(), fullNameArticle(), variantArticle()]);
    const before = JSON.stringify(toJSON(graph));
    expect(addArticle(graph, surnameArticle()).added).toBe(false);
    expect(JSON.stringify(toJSON(graph))).toBe(before);
  });

  it('merges into a graph read back from JSON as into the one it was saved from', () => {
    const saved = fromJSON(toJSON(buildGraph([fullNameArticle()])));
    addArticle(saved, surnameArticle());
    expect((saved.getNodeAttributes('actor:anton-meyerhoff') as PlaceNode | ActorNode).articleIds).toEqual(['harbour-1', 'harbour-2']);
  });
});

describe('cross-article identity of renamed places', () => {
  it('folds two nodes built under the old and the new name once an article gives both', () => {
    const a = new ArticleBuilder('r-1', 'Sirens sounded in Zviahel.');
    a.place('Zviahel');
    const b = new ArticleBuilder('r-2', 'Sirens sounded in Novohrad.');
    b.place('Novohrad');
    const [c] = townArticles();
    const graph = buildGraph([a.build(), b.build(), c!]);
    expect(graph.filterNodes((_k, x) => x.nodeType === 'place')).toHaveLength(1);
    expect((graph.getNodeAttributes(graph.filterNodes((_k, x) => x.nodeType === 'place')[0]!) as PlaceNode).articleIds.sort()).toEqual(['r-1', 'r-2', 'town-1']);
  });

  it('lists each article once on a node folded mid-article and met again later in that article', () => {
    const a = new ArticleBuilder('r-1', 'Sirens sounded in Zviahel.');
    a.place('Zviahel');
    const b = new ArticleBuilder('r-2', 'Sirens sounded in Novohrad.');
    b.place('Novohrad');
    // the third article folds the two nodes, then names the old form again as a place record of its own
    const c = new ArticleBuilder('r-3', 'Shelling hit Novohrad (formerly Zvyahel). Later, Zviahel lost power.');
    c.place('Novohrad', { aliases: ['Zvyahel'] });
    c.place('Zviahel');
    const graph = buildGraph([a.build(), b.build(), c.build()]);
    const places = graph.filterNodes((_k, x) => x.nodeType === 'place');
    expect(places).toHaveLength(1);
    const ids = (graph.getNodeAttributes(places[0]!) as PlaceNode).articleIds;
    expect([...ids].sort()).toEqual(['r-1', 'r-2', 'r-3']);
  });
});

describe('cross-article identity of organisations', () => {
  it('merges a company named with and without its legal form', () => {
    const a = new ArticleBuilder('o-1', 'Brightwater Ltd said profits rose.');
    a.actor('Brightwater Ltd', { kind: 'organization' });
    const b = new ArticleBuilder('o-2', 'Brightwater said profits fell.');
    b.actor('Brightwater', { kind: 'organization' });
    const graph = buildGraph([a.build(), b.build()]);
    expect(actors(graph).map((x) => x.articleIds)).toEqual([['o-1', 'o-2']]);
  });

  it('folds two organisation nodes once an article gives both their names', () => {
    const a = new ArticleBuilder('o-3', 'The NCA said the audit was complete.');
    a.actor('NCA', { kind: 'organization' });
    const b = new ArticleBuilder('o-4', 'The Northern Cable Authority said prices would rise.');
    b.actor('Northern Cable Authority', { kind: 'organization' });
    const c = new ArticleBuilder('o-5', 'The Northern Cable Authority (NCA) said the audit found nothing.');
    c.actor('Northern Cable Authority', { kind: 'organization', aliases: ['NCA'] });
    const graph = buildGraph([a.build(), b.build(), c.build()]);
    expect(actors(graph).map((x) => x.articleIds.slice().sort())).toEqual([['o-3', 'o-4', 'o-5']]);
  });
});
