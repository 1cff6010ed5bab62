import { resolve } from 'node:path';
const { segmentText } = await import(resolve(process.cwd(), 'src/text/segment.ts'));
const { splitSentences } = await import(resolve(process.cwd(), 'src/text/sentences.ts'));
const { tagSentences } = await import(resolve(process.cwd(), 'src/nlp/tokens.ts'));
const text = process.argv[2];
const s = tagSentences(text, splitSentences(text, segmentText(text)));
for (const se of s) console.log(se.tokens.map((t: any) => `${t.text}/${[...t.tags].filter((x: string) => !['Term'].includes(x)).join(',')}`).join('  '));
