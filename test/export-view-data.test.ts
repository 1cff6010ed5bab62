import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/build-graph.js';
import { claimsByActor } from '../src/query/claims-by-actor.js';
import { buildViewData } from '../src/view/build-view-data.js';
import { renderViewHTML } from '../src/view/render-html.js';
import type { ViewData } from '../src/view/view-data.js';
import { ArticleBuilder, kremlinArticle, kyivArticle } from './graph-fixtures.js';

const data = () => buildViewData(buildGraph([kremlinArticle(), kyivArticle()]), { iterations: 50 });
const node = (d: ViewData, key: string) => {
  const found = d.nodes.find((n) => n.key === key);
  if (!found) throw new Error(`no node ${key}`);
  return found;
};

describe('buildViewData', () => {
  it('gives actors, places, events and claims four different colours', () => {
    const { colors } = data();
    const four = [colors.actor, colors.place, colors.event, colors.claim];
    expect(new Set(four).size).toBe(4);
  });

  it('lists every claim an actor made, across articles, with its evidence sentence and article', () => {
    const graph = buildGraph([kremlinArticle(), kyivArticle()]);
    const d = buildViewData(graph, { iterations: 10 });
    const made = node(d, 'actor:vladimir-putin').sections.find((s) => s.heading === 'Claims made');
    const expected = claimsByActor(graph, 'actor:vladimir-putin');
    expect(expected.length).toBeGreaterThan(0);
    expect(made?.items.map((i) => i.node)).toEqual(expected.map((c) => c.id));
    expect(made?.items[0]).toMatchObject({ text: 'Putin said the talks with the United States went well.', article: 'kyiv-b' });
  });

  it('marks the claimed content inside the evidence sentence', () => {
    const made = node(data(), 'actor:yuri-ushakov').sections.find((s) => s.heading === 'Claims made');
    const item = made?.items[0];
    expect(item && item.mark && item.text.slice(item.mark.start, item.mark.end)).toBe('the talks useful');
  });

  it('shows the article title as the source when the article has one', () => {
    const made = node(data(), 'actor:yuri-ushakov').sections.find((s) => s.heading === 'Claims made');
    expect(made?.items[0]?.article).toBe('Putin meets Witkoff');
  });

  it('gives a month-dated event the first and last day of that month for the date filter', () => {
    const d = data();
    const clash = d.nodes.find((n) => n.nodeType === 'event' && n.subtitle.startsWith('clash'));
    expect(clash).toMatchObject({ from: '2025-12-01', to: '2025-12-31', dated: true });
  });

  it('lists the event modalities that occur, for the modality filter', () => {
    expect(data().modalities).toEqual(['asserted', 'claimed']);
  });

  it('sizes a node with more links larger', () => {
    const d = data();
    expect(node(d, 'actor:vladimir-putin').size).toBeGreaterThan(node(d, 'actor:steve-witkoff').size);
  });

  it('places every node at a finite position', () => {
    for (const n of data().nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
  });
});

describe('renderViewHTML', () => {
  it('keeps article text that contains a closing script tag inside the data element', () => {
    const text = 'The minister said </script><script>alert(1)</script> was typed by a prankster.';
    const b = new ArticleBuilder('prank', text);
    const minister = b.actor('minister', { kind: 'person' });
    b.claim(minister, 'said', text, '</script><script>alert(1)</script> was typed by a prankster');
    const html = renderViewHTML(buildViewData(buildGraph([b.build()]), { iterations: 10 }), 'void 0;');
    expect(html.match(/<script/g)).toHaveLength(2);
    const json = /<script type="application\/json" id="newsgraph-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(JSON.stringify(JSON.parse(json))).toContain('</script><script>alert(1)</script>');
  });

  it('escapes markup in the page title', () => {
    const d = { ...data(), title: 'A <b>bold</b> & "quoted" title' };
    expect(renderViewHTML(d, '')).toContain('<title>A &#60;b&#62;bold&#60;/b&#62; &#38; &#34;quoted&#34; title · newsgraph</title>');
  });
});
