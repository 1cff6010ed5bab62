import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dateFromName } from '../src/cli/article-dates.js';
import { main, type CliIO, type ParseArticleFn } from '../src/cli/main.js';
import { buildGraph } from '../src/graph/build-graph.js';
import { toJSON } from '../src/io/json.js';
import { ArticleBuilder, kremlinArticle, kyivArticle } from './graph-fixtures.js';

/*
 * What an analyst does with the command line after `build`: read query answers as a table, stream them as JSON
 * lines, filter them, write every output with -o, and keep each .txt article's own date.
 */

/** A stand-in parser that records the publication date each text was parsed with. */
const seen = new Map<string, string | null>();
const stubParser: ParseArticleFn = (text, options) => {
  seen.set(text.trim(), options?.publishedAt ?? null);
  const b = new ArticleBuilder(`a-${text.trim().replace(/\W/g, '').slice(0, 12)}`, text, { publishedAt: options?.publishedAt ?? null });
  return b.build();
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-analyst-'));
  seen.clear();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[], tty: { stdoutIsTTY?: boolean; columns?: number } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd: dir, ...tty };
  const code = await main(argv, io, { parseArticle: stubParser });
  return { code, stdout, stderr };
}

async function writeGraph(): Promise<string> {
  await writeFile(join(dir, 'graph.json'), JSON.stringify(toJSON(buildGraph([kremlinArticle(), kyivArticle()]))));
  return 'graph.json';
}

/** Two people surnamed Kos in one graph. */
async function writeKosGraph(): Promise<string> {
  const b = new ArticleBuilder('kos', 'Ana Kos said the port would open. Ivan Kos said it would not.', { publishedAt: '2025-03-05' });
  const ana = b.actor('Ana Kos');
  const ivan = b.actor('Ivan Kos');
  b.claim(ana, 'said', 'Ana Kos said the port would open.', 'the port would open', { date: '2025-03-05' });
  b.claim(ivan, 'said', 'Ivan Kos said it would not.', 'it would not', { date: '2025-03-05' });
  await writeFile(join(dir, 'kos.json'), JSON.stringify(toJSON(buildGraph([b.build()]))));
  return 'kos.json';
}

describe('newsgraph query --format', () => {
  it('prints a table with a header, one row per claim and a count on a terminal', async () => {
    const { code, stdout } = await run(['query', await writeGraph(), 'claims-by', 'Ushakov'], { stdoutIsTTY: true, columns: 200 });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DATE\s+CLAIMANT\s+KIND\s+CUE\s+CONTENT$/);
    expect(lines[1]).toMatch(/^2025-12-02\s+Yuri Ushakov\s+assessment\s+called\s+the talks useful$/);
    expect(lines.at(-1)).toBe('1 claim');
  });

  it('prints JSON when stdout is not a terminal', async () => {
    const { stdout } = await run(['query', await writeGraph(), 'claims-by', 'Ushakov']);
    expect(JSON.parse(stdout)[0].claimant).toBe('Yuri Ushakov');
  });

  it('prints one JSON record a line with --format jsonl', async () => {
    const { stdout } = await run(['query', await writeGraph(), 'timeline', '--format', 'jsonl']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('kind');
  });

  it('names what happened in an events table', async () => {
    const { stdout } = await run(['query', await writeGraph(), 'events-on', '2025-12-02', '--format', 'table']);
    expect(stdout).toMatch(/2025-12-02\s+meeting\s+asserted\s+meeting of Vladimir Putin and Steve Witkoff in Kremlin/);
  });

  it('cuts the widest column to the terminal width', async () => {
    const { stdout } = await run(['query', await writeGraph(), 'timeline'], { stdoutIsTTY: true, columns: 50 });
    for (const line of stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(50);
    expect(stdout).toContain('…');
  });

  it('prints the evidence sentence and its article under each row with --evidence', async () => {
    const { stdout } = await run(['query', await writeGraph(), 'claims-by', 'Ushakov', '--format', 'table', '--evidence']);
    expect(stdout).toContain('    "Kremlin aide Yuri Ushakov called the talks useful." (Putin meets Witkoff, 90-140)');
  });

  it('lists a disputed claim with the claims disputing it', async () => {
    const { stdout } = await run(['query', await writeGraph(), 'disputed', '--format', 'table']);
    expect(stdout).toMatch(/Russian Defense Ministry .*its troops took Pokrovsk\n.*↳ disputed by Ukraine\s+denial/);
  });

  it('exits 2 for an unknown format', async () => {
    const { code, stderr } = await run(['query', await writeGraph(), 'timeline', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown --format 'xml' \(expected table, json, jsonl\)/);
  });
});

describe('newsgraph query filters', () => {
  it('filters claims by kind', async () => {
    const { stdout } = await run(['query', await writeGraph(), 'claims-about', 'Pokrovsk', '--kind', 'denial']);
    expect(JSON.parse(stdout).map((c: { claimant: string }) => c.claimant)).toEqual(['Ukraine']);
  });

  it('filters events by type and modality, comma-separated or repeated', async () => {
    const g = await writeGraph();
    const types = async (...flags: string[]) => JSON.parse((await run(['query', g, 'events-on', '2025-12', ...flags])).stdout).map((e: { type: string }) => e.type);
    expect(await types()).toEqual(['capture', 'clash', 'meeting']);
    expect(await types('--type', 'meeting,attack')).toEqual(['meeting']);
    expect(await types('--modality', 'claimed', '--modality', 'denied')).toEqual(['capture']);
  });

  it('filters by a date range given as --from and --to, and by article', async () => {
    const g = await writeGraph();
    const { stdout } = await run(['query', g, 'claims-about', 'Pokrovsk', '--from', '2025-12-03', '--to', '2025-12-04']);
    expect(JSON.parse(stdout)).toHaveLength(1);
    const { stdout: b } = await run(['query', g, 'timeline', '--article', 'kyiv-b', '--records', 'claims']);
    expect(JSON.parse(b).map((t: { record: { articleId: string } }) => t.record.articleId)).toEqual(['kyiv-b', 'kyiv-b']);
  });

  it('answers claims-on a date', async () => {
    const { stdout } = await run(['query', await writeGraph(), 'claims-on', '2025-12-02..2025-12-04']);
    expect(JSON.parse(stdout).map((c: { date: string }) => c.date)).toEqual(['2025-12-02', '2025-12-03', '2025-12-04']);
  });

  it('exits 2 for a filter that does not apply to the query', async () => {
    const { code, stderr } = await run(['query', await writeGraph(), 'claims-by', 'Putin', '--type', 'attack']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--type does not apply to claims-by/);
  });

  it('exits 2 listing the candidates when a name fits several actors', async () => {
    const { code, stderr } = await run(['query', await writeKosGraph(), 'claims-by', 'Kos']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/"Kos" fits 2 records; query one by its key, or pass --all/);
    expect(stderr).toMatch(/actor:ana-kos {2}Ana Kos \(person, 1 article\)/);
    expect(stderr).toMatch(/actor:ivan-kos {2}Ivan Kos/);
  });

  it('returns every candidate with --all', async () => {
    const { code, stdout } = await run(['query', await writeKosGraph(), 'claims-by', 'Kos', '--all']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(2);
  });
});

describe('-o on every command that writes', () => {
  it('writes the parse result with -o', async () => {
    await writeFile(join(dir, 'a.txt'), 'Some article text.');
    const { code } = await run(['parse', 'a.txt', '-o', 'a.parsed.json']);
    expect(code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'a.parsed.json'), 'utf8')).article.text).toBe('Some article text.');
  });

  it('writes a query answer with -o, as JSON lines for a .jsonl file', async () => {
    const { code, stdout, stderr } = await run(['query', await writeGraph(), 'timeline', '-o', 'timeline.jsonl']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/-> timeline\.jsonl/);
    expect((await readFile(join(dir, 'timeline.jsonl'), 'utf8')).trimEnd().split('\n').length).toBeGreaterThan(3);
  });

  it('writes GEXF with export --to gexf -o', async () => {
    const { code } = await run(['export', await writeGraph(), '--to', 'gexf', '-o', 'graph.gexf']);
    expect(code).toBe(0);
    expect(await readFile(join(dir, 'graph.gexf'), 'utf8')).toMatch(/<gexf /);
  });

  it('writes the Neo4j folder with export --to neo4j -o', async () => {
    const { code } = await run(['export', await writeGraph(), '--to', 'neo4j', '-o', 'neo']);
    expect(code).toBe(0);
    expect(await readFile(join(dir, 'neo', 'import.sh'), 'utf8')).toMatch(/neo4j-admin/);
  });

  it('exits 2 when export is given -o and an output after the graph file', async () => {
    const { code } = await run(['export', await writeGraph(), 'x.gexf', '--to', 'gexf', '-o', 'y.gexf']);
    expect(code).toBe(2);
  });
});

describe('publication dates of .txt files', () => {
  async function articles() {
    await mkdir(join(dir, 'feed'));
    await writeFile(join(dir, 'feed', '2025-12-01-first.txt'), 'First article.');
    await writeFile(join(dir, 'feed', 'second_20251202.txt'), 'Second article.');
    await writeFile(join(dir, 'feed', 'third.txt'), 'Third article.');
  }

  it('takes each date from a --dates file, by bare name or by path from the file', async () => {
    await articles();
    await writeFile(join(dir, 'dates.csv'), 'file,publishedAt\n2025-12-01-first.txt,2025-11-30\nfeed/third.txt,2025-12-05\n');
    const { code } = await run(['build', 'feed', '--dates', 'dates.csv', '-o', 'g.json']);
    expect(code).toBe(0);
    expect(seen.get('First article.')).toBe('2025-11-30');
    expect(seen.get('Third article.')).toBe('2025-12-05');
    expect(seen.get('Second article.')).toBeNull();
  });

  it('takes dates from file names with --date-from-name, --published for the rest', async () => {
    await articles();
    await run(['build', 'feed', '--date-from-name', '--published', '2025-12-09', '-o', 'g.json']);
    expect(Object.fromEntries(seen)).toEqual({ 'First article.': '2025-12-01', 'Second article.': '2025-12-02', 'Third article.': '2025-12-09' });
  });

  it('warns about a text file left without a date and a dates entry that matches nothing', async () => {
    await articles();
    await writeFile(join(dir, 'dates.csv'), 'missing.txt,2025-12-01\n');
    const { stderr } = await run(['build', 'feed', '--dates', 'dates.csv', '-o', 'g.json']);
    expect(stderr).toMatch(/warning: feed\/third\.txt: no publication date in dates\.csv/);
    expect(stderr).toMatch(/warning: dates\.csv: missing\.txt matches no input file/);
  });

  it('exits 2 naming the line of a dates file entry that is not a date', async () => {
    await articles();
    await writeFile(join(dir, 'dates.csv'), 'third.txt,2025-12-05\nfirst.txt,yesterday\n');
    const { code, stderr } = await run(['build', 'feed', '--dates', 'dates.csv']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/dates\.csv:2: expected "file,YYYY-MM-DD"/);
  });

  it('reads a date in a file name written several ways, and never an impossible one', () => {
    expect(dateFromName('feeds/2025-12-03-talks.txt')).toBe('2025-12-03');
    expect(dateFromName('talks_20251203.txt')).toBe('2025-12-03');
    expect(dateFromName('talks.2025.12.03.txt')).toBe('2025-12-03');
    expect(dateFromName('report-2025-02-30.txt')).toBeNull();
    expect(dateFromName('case-123456789.txt')).toBeNull();
  });
});
