import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/build-graph.js';
import { cypherString, NEO4J_LABELS, NEO4J_RELATIONSHIP_TYPES, toNeo4j, type ExportFile } from '../src/io/neo4j.js';
import { kremlinArticle, kyivArticle } from './graph-fixtures.js';
import { eventSummary } from '../src/query/records.js';
import type { EventNode } from '../src/schema/graph.js';

/*
 * The header format of `neo4j-admin database import` (Neo4j 5 Operations Manual, "Import" > "CSV header format"):
 * a node file has one `name:ID` field, optional `:LABEL`, and properties `name` or `name:type`; a relationship
 * file has `:START_ID`, `:END_ID`, `:TYPE` and properties. Types: int, long, float, double, boolean, byte,
 * short, char, string, point, date, localtime, time, localdatetime, datetime, duration, each optionally `[]`.
 */
const TYPES = 'int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration';
const PROPERTY = new RegExp(`^[A-Za-z_][A-Za-z0-9_]*(:(${TYPES})(\\[\\])?)?$`);

/** RFC 4180 reader, as the import tool reads with --multiline-fields=true: quoted fields may hold commas, quotes, line breaks. */
function readCsv(text: string): { value: string; quoted: boolean }[][] {
  const rows: { value: string; quoted: boolean }[][] = [];
  let row: { value: string; quoted: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { value += '"'; i += 2; continue; }
          i++;
          break;
        }
        value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n') value += text[i++];
      if (value.includes('"')) throw new Error(`stray quote in unquoted field ${value}`);
    }
    row.push({ value, quoted });
    if (text[i] === ',') { i++; continue; }
    if (text[i] === '\n' || i >= text.length) { rows.push(row); row = []; i++; continue; }
    throw new Error(`unexpected character after field at ${i}`);
  }
  return rows;
}

const exported = () => toNeo4j(buildGraph([kremlinArticle(), kyivArticle()]));
const file = (files: ExportFile[], name: string) => files.find((f) => f.name === name) as ExportFile;
const nodeFiles = (files: ExportFile[]) => files.filter((f) => f.name.startsWith('nodes-'));

function table(f: ExportFile) {
  const [header, ...rows] = readCsv(f.content);
  return { header: (header ?? []).map((h) => h.value), rows };
}

describe('toNeo4j CSV files', () => {
  it('writes one node file per node type and one relationship file', () => {
    const names = exported().files.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining([
      'nodes-article.csv', 'nodes-actor.csv', 'nodes-place.csv', 'nodes-event.csv', 'nodes-claim.csv', 'nodes-date.csv', 'relationships.csv',
    ]));
  });

  it('gives every node file exactly one :ID field, a :LABEL field and typed property names', () => {
    for (const f of nodeFiles(exported().files)) {
      const { header } = table(f);
      expect(header.filter((h) => /:ID$/.test(h)), f.name).toHaveLength(1);
      expect(header.filter((h) => h === ':LABEL'), f.name).toHaveLength(1);
      for (const h of header.filter((x) => !/:ID$/.test(x) && x !== ':LABEL')) expect(h, f.name).toMatch(PROPERTY);
    }
  });

  it('gives every row as many fields as its header', () => {
    for (const f of exported().files.filter((x) => x.name.endsWith('.csv'))) {
      const { header, rows } = table(f);
      for (const row of rows) expect(row.length, f.name).toBe(header.length);
    }
  });

  it('labels nodes Actor, Place, Event, Claim, Article and Date', () => {
    const labels = new Set(nodeFiles(exported().files).flatMap((f) => {
      const { header, rows } = table(f);
      const at = header.indexOf(':LABEL');
      return rows.map((r) => r[at]?.value);
    }));
    expect(labels).toEqual(new Set(['Actor', 'Place', 'Event', 'Claim', 'Article', 'Date']));
  });

  it('starts the relationship file with :START_ID, :END_ID and :TYPE', () => {
    const { header } = table(file(exported().files, 'relationships.csv'));
    expect(header.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    for (const h of header.slice(3)) expect(h).toMatch(PROPERTY);
  });

  it('points every relationship at ids the node files define', () => {
    const { files } = exported();
    const ids = new Set(nodeFiles(files).flatMap((f) => table(f).rows.map((r) => r[0]?.value)));
    for (const row of table(file(files, 'relationships.csv')).rows) {
      expect(ids.has(row[0]?.value)).toBe(true);
      expect(ids.has(row[1]?.value)).toBe(true);
    }
  });

  it('uses one relationship type per edge type, in upper snake case', () => {
    const types = new Set(table(file(exported().files, 'relationships.csv')).rows.map((r) => r[2]?.value));
    expect(types).toEqual(new Set(Object.values(NEO4J_RELATIONSHIP_TYPES)));
    for (const t of types) expect(t).toMatch(/^[A-Z][A-Z_]*$/);
  });

  it('writes a claim with its claimant, content and the evidence sentence from the article', () => {
    const { header, rows } = table(file(exported().files, 'nodes-claim.csv'));
    const claims = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]?.value])));
    expect(claims).toContainEqual(expect.objectContaining({
      claimantId: 'actor:yuri-ushakov', content: 'the talks useful', evidence: 'Kremlin aide Yuri Ushakov called the talks useful.',
    }));
  });

  it('names an event by what happened, as the graph page does, not by its type and trigger word', () => {
    const graph = buildGraph([kremlinArticle(), kyivArticle()]);
    const { header, rows } = table(file(toNeo4j(graph).files, 'nodes-event.csv'));
    const events = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]?.value])));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e['name']).toBe(eventSummary(graph, graph.getNodeAttributes(e['key:ID'] as string) as EventNode));
      expect(e['name']).not.toBe(`${e['type']}: ${e['trigger']}`);
    }
  });

  it('leaves a missing value as an empty unquoted field, which the import tool reads as no property', () => {
    const { header, rows } = table(file(exported().files, 'nodes-claim.csv'));
    const quoteAt = header.indexOf('quote');
    expect(rows.some((r) => r[quoteAt]?.value === '' && r[quoteAt]?.quoted === false)).toBe(true);
  });

  it('writes array properties with the array delimiter the import command names', () => {
    const { files, importCommand } = exported();
    const { header, rows } = table(file(files, 'nodes-actor.csv'));
    const at = header.indexOf('titles:string[]');
    expect(at).toBeGreaterThan(0);
    expect(rows.map((r) => r[at]?.value)).toContain('President;Russian leader');
    expect(importCommand).toContain("--array-delimiter=';'");
  });

  it('quotes fields holding commas, quotes and line breaks so they read back intact', () => {
    const g = buildGraph([kremlinArticle()]);
    g.setNodeAttribute('actor:vladimir-putin', 'label', 'He said, "no"\nthen left');
    const { header, rows } = table(file(toNeo4j(g).files, 'nodes-actor.csv'));
    const row = rows.find((r) => r[0]?.value === 'actor:vladimir-putin');
    expect(row?.[header.indexOf('name')]?.value).toBe('He said, "no"\nthen left');
  });

  it('names every node file in the import command', () => {
    const { files, importCommand } = exported();
    expect(importCommand).toMatch(/^neo4j-admin database import full/);
    for (const f of nodeFiles(files)) expect(importCommand).toContain(`--nodes=${f.name}`);
    expect(importCommand).toContain('--relationships=relationships.csv');
  });
});

describe('toNeo4j Cypher file', () => {
  it('merges every node once by its key and label', () => {
    const g = buildGraph([kremlinArticle(), kyivArticle()]);
    const text = file(toNeo4j(g).files, 'graph.cypher').content;
    const merges = text.split('\n').filter((l) => /^MERGE \(n:/.test(l));
    expect(merges).toHaveLength(g.order);
    expect(text).toContain(`MERGE (n:${NEO4J_LABELS.actor} {key: 'actor:vladimir-putin'})`);
  });

  it('merges every edge once as a typed relationship between matched nodes', () => {
    const g = buildGraph([kremlinArticle(), kyivArticle()]);
    const lines = file(toNeo4j(g).files, 'graph.cypher').content.split('\n').filter((l) => l.startsWith('MATCH '));
    expect(lines).toHaveLength(g.size);
    expect(lines.some((l) => /-\[r:DISPUTES \{key: '[^']+'\}\]->/.test(l))).toBe(true);
  });

  it('ends every statement with a semicolon', () => {
    const lines = file(exported().files, 'graph.cypher').content.split('\n').filter((l) => l !== '' && !l.startsWith('//'));
    for (const l of lines) expect(l.endsWith(';')).toBe(true);
  });

  it('escapes quotes, backslashes and line breaks in string literals', () => {
    expect(cypherString("it's a \\ test\nline")).toBe("'it\\'s a \\\\ test\\nline'");
  });
});
