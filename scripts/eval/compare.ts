/**
 * `npm run eval:compare -- BASE [HEAD]`: scores two commits with `npm run eval -- --half both` and prints every figure
 * that moved; exits 1 when a CHECK-half figure dropped (F1 by more than 0.01 over >= 5 gold items, an agreement rate
 * by more than 0.03 over >= 20 pairs). This is the discipline of docs/quality.md as a command: a parser change
 * that gains on the tune half and loses on the check half fits the articles, not the language. HEAD defaults to
 * the current commit; commit your work first. Each commit is exported with `git archive` into a temporary folder
 * that borrows this checkout's node_modules when the lockfiles are equal.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** One figure of an eval run, keyed like "wikinews [check half] claims F1". */
export interface Figure {
  value: number;
  /** Gold items (F1) or matched pairs (agreement) behind it. */
  count: number;
}

/** The eval's --json output, as far as this comparison reads it. */
interface EvalJson {
  folders: { folder: string; summary: { categories: Record<string, { tp: number; fn: number; f1: number | null; agreements?: Record<string, { rate: number; total: number }> }> } }[];
}

/** Flattens the eval's JSON into figures worth comparing (enough gold items or pairs to mean something). */
export function figures(json: EvalJson): Map<string, Figure> {
  const out = new Map<string, Figure>();
  for (const f of json.folders) {
    const label = f.folder.replace(/^.*\/eval\//, '');
    for (const [category, s] of Object.entries(f.summary.categories)) {
      if (s.tp + s.fn >= 5 && s.f1 !== null) out.set(`${label} ${category} F1`, { value: s.f1, count: s.tp + s.fn });
      for (const [k, a] of Object.entries(s.agreements ?? {})) if (a.total >= 20) out.set(`${label} ${category}.${k}`, { value: a.rate, count: a.total });
    }
  }
  return out;
}

/** What moved between two runs, and which check-half figures dropped beyond the noise limits. */
export function compareFigures(before: ReadonlyMap<string, Figure>, after: ReadonlyMap<string, Figure>): { moved: string[]; drops: string[] } {
  const moved: string[] = [];
  const drops: string[] = [];
  for (const [key, b] of before) {
    const a = after.get(key);
    if (!a) continue;
    const limit = key.endsWith(' F1') ? 0.01 : 0.03;
    const dropped = key.includes('[check') && a.value < b.value - limit;
    if (dropped) drops.push(key);
    if (Math.abs(a.value - b.value) >= 0.005) moved.push(`${key}: ${b.value.toFixed(3)} -> ${a.value.toFixed(3)}${dropped ? '  <-- DROP' : ''}`);
  }
  return { moved, drops };
}

function scoresOf(repo: string, commit: string, shared: string): Map<string, Figure> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-eval-'));
  try {
    execFileSync('sh', ['-c', `git -C "${repo}" archive "${commit}" | tar -x -C "${dir}"`]);
    const sameLock = readFileSync(join(dir, 'package-lock.json'), 'utf8') === readFileSync(join(repo, 'package-lock.json'), 'utf8');
    if (sameLock && existsSync(join(repo, 'node_modules'))) symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
    else execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
    const out = execFileSync(join(dir, 'node_modules/.bin/tsx'), ['scripts/eval/run.ts', '--half', 'both', '--json', shared], { cwd: dir, maxBuffer: 1 << 28, encoding: 'utf8' });
    return figures(JSON.parse(out) as EvalJson);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(argv: readonly string[]): number {
  const [base, head = 'HEAD'] = argv;
  if (base === undefined || base.startsWith('-')) {
    console.error('usage: npm run eval:compare -- BASE [HEAD]   (commits; scores both halves of ../shared/eval)');
    return 2;
  }
  const repo = resolve('.');
  const shared = resolve(repo, '../shared/eval');
  if (!existsSync(shared)) {
    console.error(`eval:compare needs the gold folders at ${shared}`);
    return 2;
  }
  const { moved, drops } = compareFigures(scoresOf(repo, base, shared), scoresOf(repo, head, shared));
  console.log(`eval --half both, ${base} -> ${head}`);
  console.log(moved.length > 0 ? `  ${moved.join('\n  ')}` : '  (no figure moved by 0.005 or more)');
  if (drops.length === 0) return 0;
  console.log(`check-half drops: ${drops.join('; ')}`);
  return 1;
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join('scripts', 'eval', 'compare.ts'))) process.exitCode = main(process.argv.slice(2));
