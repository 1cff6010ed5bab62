/**
 * Run in a fresh process by bench/run.ts: how long the first parses take against the steady state, which is what a
 * script that parses one article (or a worker that just started) waits for. Prints one JSON line of milliseconds:
 * CPU time of this process (all threads), not wall time, so that load from other work on the machine matters less:
 * `importMs` (loading newsgraph), `firstMs` (a first article naming no city), `secondMs` (a second article naming a
 * city, which is when the gazetteer loads), `steadyMs` (median of later parses of that second article).
 */
const now = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const t0 = now();
const { parseArticle } = await import('../src/parse.js');
const t1 = now();
const first = 'Officials met on Monday to discuss the budget. The talks ended without an agreement, a spokesman said.';
const second = 'Police in Lyon detained two men on Tuesday, the interior minister said. Both were released later.';
parseArticle(first, { publishedAt: '2025-01-01' });
const t2 = now();
parseArticle(second, { publishedAt: '2025-01-01' });
const t3 = now();
const steady: number[] = [];
for (let i = 0; i < 40; i++) {
  const t = now();
  parseArticle(second, { publishedAt: '2025-01-01' });
  steady.push(now() - t);
}
steady.sort((a, b) => a - b);
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2, steadyMs: steady[steady.length >> 1] }));
