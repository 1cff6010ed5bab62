/** Prints parseArticle's JSON for a file, so a test can compare output made in a fresh process. */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/index.js';

const [file, publishedAt] = process.argv.slice(2);
process.stdout.write(JSON.stringify(parseArticle(readFileSync(file as string, 'utf8'), { publishedAt: publishedAt ?? null })));
