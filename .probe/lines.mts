// one article per line: npx tsx .probe/lines.mts FILE [DATE]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
const [file, date] = process.argv.slice(2);
const { parseArticle } = await import(resolve(process.cwd(), 'src/index.ts'));
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const text = line.replace(/ \| /g, '\n\n');
  const r = parseArticle(text, { publishedAt: date ?? '2024-05-17' });
  const an = new Map<string, string>(r.actors.map((a: any) => [a.id, a.name]));
  const pn = new Map<string, string>(r.places.map((p: any) => [p.id, p.name]));
  console.log('> ' + line);
  for (const e of r.events) console.log(`   ${e.type}/${e.cameo} "${e.trigger.text}" ${e.date ?? '-'} ${e.modality} @[${e.placeIds.map((p: string) => pn.get(p) ?? p).join(', ')}] m=${(e.mentions ?? []).map((m: any) => m.trigger.text).join("+")} ${e.participants.map((p: any) => `${p.role}:${an.get(p.actorId) ?? p.actorId}`).join(', ')}`);
}
