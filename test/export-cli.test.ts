import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { buildGraph } from '../src/graph/build-graph.js';
import { toJSON } from '../src/io/json.js';
import { kremlinArticle, kyivArticle } from './graph-fixtures.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-export-'));
  await writeFile(join(dir, 'graph.json'), JSON.stringify(toJSON(buildGraph([kremlinArticle(), kyivArticle()]))));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    readStdin: async () => stdin,
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('newsgraph export', () => {
  it('writes the Neo4j CSV files, the Cypher file and the import script into the output folder', async () => {
    const { code, stderr } = await run(['export', 'graph.json', '--to', 'neo4j', 'neo4j-out']);
    expect(code).toBe(0);
    const files = await readdir(join(dir, 'neo4j-out'));
    expect(files).toEqual(expect.arrayContaining(['nodes-actor.csv', 'relationships.csv', 'graph.cypher', 'import.sh']));
    expect(stderr).toContain('neo4j-admin database import full');
  });

  it('makes the Neo4j import script executable', async () => {
    await run(['export', 'graph.json', '--to', 'neo4j', 'neo4j-out']);
    expect((await stat(join(dir, 'neo4j-out', 'import.sh'))).mode & 0o111).not.toBe(0);
  });

  it('prints GEXF on stdout when no output file is given', async () => {
    const { code, stdout } = await run(['export', 'graph.json', '--to', 'gexf']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<\?xml[^>]*>\s*<gexf version="1\.3"/);
  });

  it('writes GEXF to the named file', async () => {
    const { code } = await run(['export', 'graph.json', '--to', 'gexf', 'out.gexf']);
    expect(code).toBe(0);
    expect(await readFile(join(dir, 'out.gexf'), 'utf8')).toContain('<node id="actor:vladimir-putin"');
  });

  it('reads the graph from stdin for -', async () => {
    const text = await readFile(join(dir, 'graph.json'), 'utf8');
    const { code, stdout } = await run(['export', '-', '--to', 'gexf'], text);
    expect(code).toBe(0);
    expect(stdout).toContain('<gexf');
  });

  it('exits 2 with a hint for an unknown format', async () => {
    const { code, stderr } = await run(['export', 'graph.json', '--to', 'graphml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown export format 'graphml'.*\nRun 'newsgraph --help'/);
  });

  it('exits 2 when the Neo4j export has no output folder', async () => {
    const { code, stderr } = await run(['export', 'graph.json', '--to', 'neo4j']);
    expect(code).toBe(2);
    expect(stderr).toContain('needs an output folder');
  });

  it('exits 1 naming the file when the graph file is not a newsgraph document', async () => {
    await writeFile(join(dir, 'bad.json'), '{"format":"other"}');
    const { code, stderr } = await run(['export', 'bad.json', '--to', 'gexf']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^newsgraph: bad\.json: Invalid newsgraph JSON/);
  });
});

describe('newsgraph view', () => {
  it('writes one HTML file that loads no external resource', async () => {
    const { code } = await run(['view', 'graph.json', '-o', 'graph.html']);
    expect(code).toBe(0);
    const html = await readFile(join(dir, 'graph.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/[^"'\s]*\.(js|css)\b/);
    expect(html).toContain('Kremlin aide Yuri Ushakov called the talks useful.');
  });

  it('uses the title given on the command line', async () => {
    const { stdout } = await run(['view', 'graph.json', '--title', 'Two days in December']);
    expect(stdout).toContain('<title>Two days in December · newsgraph</title>');
  });

  it('exits 2 when no graph file is given', async () => {
    const { code } = await run(['view']);
    expect(code).toBe(2);
  });
});
