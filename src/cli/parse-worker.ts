import { parentPort } from 'node:worker_threads';
import { parseArticle } from '../parse.js';
import type { ArticleRecord } from '../schema/article.js';
import { recordOptions } from './record-options.js';

/*
 * A parse worker of `newsgraph build --workers N`: parses the article records the main thread sends, one message
 * each, and answers with the ParsedArticle (its article text left empty: the pool puts the text it sent back in) or
 * the error message. It holds no state beyond what parseArticle
 * loads once (compromise, gazetteers), so any worker gives the same answer the main thread would.
 */

export interface ParseRequest {
  seq: number;
  record: ArticleRecord;
  published: string | undefined;
}

export type ParseReply =
  | { seq: number; ok: true; parsed: ReturnType<typeof parseArticle> }
  | { seq: number; ok: false; message: string };

function answer(request: ParseRequest): ParseReply {
  try {
    const parsed = parseArticle(request.record.text, recordOptions(request.record, request.published));
    // the main thread holds the text already: not copying it back saves a structured clone of every article
    parsed.article.text = '';
    return { seq: request.seq, ok: true, parsed };
  } catch (error) {
    return { seq: request.seq, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

// A child process of the pool (workers.ts), or a worker thread for code that starts one itself.
if (process.send !== undefined) {
  process.on('message', (request: ParseRequest) => process.send?.(answer(request)));
  // the parent went away (it finished or crashed): nothing is left to parse for
  process.on('disconnect', () => process.exit(0));
} else {
  parentPort?.on('message', (request: ParseRequest) => parentPort?.postMessage(answer(request)));
}
