import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedArticle } from '../schema/article.js';
import type { ArticleRecord } from '../schema/article.js';
import type { ParseReply, ParseRequest } from './parse-worker.js';

/*
 * A pool of parse workers. Run from source (tsx, vitest) this module is a .ts file and so is the worker, which
 * then needs tsx's loader; in the built package both are .js files side by side in dist/ (tsup entry
 * `parse-worker`).
 */

function startWorker(): Worker {
  const here = import.meta.url;
  if (!/\.[cm]?ts$/.test(new URL(here).pathname)) return new Worker(new URL('./parse-worker.js', here));
  // tsx's loader does not carry into worker threads by execArgv: a plain-JS boot file registers it first.
  const tsxApi = pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const worker = new URL('./parse-worker.ts', here).href;
  return new Worker(new URL('./tsx-worker-boot.mjs', here), { workerData: { tsxApi, worker }, execArgv: [] });
}

/** One article waiting for a parser, and what to tell its caller. */
interface Task {
  record: ArticleRecord;
  published: string | undefined;
  resolve: (parsed: ParsedArticle) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Task>;
}

/**
 * Articles a worker holds at once: one it parses and two ready, so it does not run dry while the main thread is
 * busy with a long article (at 2 a profile of a two-thread build showed the worker idle 11% of the time).
 */
const WORKER_DEPTH = 3;

/** Parses one article on the calling thread, as a worker would. */
export type LocalParse = (record: ArticleRecord, published: string | undefined) => ParsedArticle;

/**
 * `size` worker threads, and optionally the main thread (`local`), parsing article records from one queue: each
 * worker holds at most WORKER_DEPTH articles, the main thread takes the next one whenever its event loop is free.
 * With `local`, `newsgraph build --workers 2` starts one worker, not two: each worker isolate loads compromise,
 * the gazetteers and the tagger model and compiles the parser again, a cost the main thread has already paid
 * (see NOTES, issue 16), and the main thread's own work per article (adding it to the graph) is small.
 * Workers answer without the article text, which the main thread already holds.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly local: LocalParse | null;
  private localScheduled = false;
  private seq = 0;
  private closed = false;

  constructor(size: number, options: { local?: LocalParse } = {}) {
    this.local = options.local ?? null;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(), pending: new Map() };
    slot.worker.on('message', (reply: ParseReply) => {
      const task = slot.pending.get(reply.seq);
      if (task === undefined) return;
      slot.pending.delete(reply.seq);
      if (reply.ok) {
        reply.parsed.article.text = task.record.text;
        task.resolve(reply.parsed);
      } else {
        task.reject(new Error(reply.message));
      }
      this.pump();
    });
    // A crashed worker (out of memory, a native fault) loses only the articles it held; a fresh one takes its place.
    const fail = (error: Error): void => {
      for (const task of slot.pending.values()) task.reject(new Error(`parse worker failed: ${error.message}`));
      slot.pending.clear();
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.pump();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`exited with code ${code}`));
    });
    return slot;
  }

  parse(record: ArticleRecord, published: string | undefined): Promise<ParsedArticle> {
    return new Promise((resolve, reject) => {
      this.queue.push({ record, published, resolve, reject });
      this.pump();
    });
  }

  /** Hands queued articles to workers with room, and lets the main thread take one when it is next idle. */
  private pump(): void {
    for (const slot of this.slots) {
      while (slot.pending.size < WORKER_DEPTH && this.queue.length > 0) {
        const task = this.queue.shift() as Task;
        const seq = this.seq++;
        slot.pending.set(seq, task);
        const request: ParseRequest = { seq, record: task.record, published: task.published };
        slot.worker.postMessage(request);
      }
    }
    if (this.local !== null && !this.localScheduled && this.queue.length > 0) {
      this.localScheduled = true;
      // setImmediate, not a direct call: worker replies (and their next articles) are handled between two
      // articles the main thread parses
      setImmediate(() => this.parseLocally());
    }
  }

  private parseLocally(): void {
    this.localScheduled = false;
    const task = this.queue.shift();
    if (task === undefined || this.closed) return;
    try {
      task.resolve((this.local as LocalParse)(task.record, task.published));
    } catch (error) {
      task.reject(error instanceof Error ? error : new Error(String(error)));
    }
    this.pump();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('the parse pool was closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * Results of `work` over `items`, in the order of `items` whatever order they finish in, with at most `window`
 * started and not yet yielded; this ordering is what makes a parallel build identical to a single-threaded one.
 */
export async function* inOrder<T, R>(items: readonly T[], work: (item: T) => Promise<R>, window: number): AsyncGenerator<[T, PromiseSettledResult<R>]> {
  const started: Promise<PromiseSettledResult<R>>[] = [];
  const settle = (item: T): Promise<PromiseSettledResult<R>> =>
    work(item).then(
      (value) => ({ status: 'fulfilled', value }) as const,
      (reason: unknown) => ({ status: 'rejected', reason }) as const,
    );
  let next = 0;
  for (let done = 0; done < items.length; done++) {
    while (next < items.length && next - done < window) started.push(settle(items[next++] as T));
    yield [items[done] as T, await (started[done] as Promise<PromiseSettledResult<R>>)];
    started[done] = undefined as never; // let the result be collected once handed out
  }
}
