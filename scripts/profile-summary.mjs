// `node scripts/profile-summary.mjs FILE.cpuprofile [N]`: self time per function and per source file, top N.
import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const n = Number(process.argv[3] ?? 15);
const dt = new Map(); // node id -> self microseconds
for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
const total = [...dt.values()].reduce((a, b) => a + b, 0);
const byFn = new Map(), byFile = new Map(), byArea = new Map();
for (const node of prof.nodes) {
  const t = dt.get(node.id) ?? 0; if (!t) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, 'npm:').replace(/^\/.*?\/(src|scripts|bench)\//, '$1/') || '(native)';
  const fn = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + t); byFile.set(file, (byFile.get(file) ?? 0) + t);
  // compromise, our src/ folders, node internals, native (GC, regex, builtins)
  const area = file.startsWith('npm:') ? file.split('/')[0] : file.startsWith('src/') ? file.split('/').slice(0, 2).join('/') : file.startsWith('node:') ? 'node:internal' : file;
  byArea.set(area, (byArea.get(area) ?? 0) + t);
}
const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log(`self time by area:\n${top(byArea)}\n\nself time by file:\n${top(byFile)}\n\nself time by function:\n${top(byFn)}`);
