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

interface Pending {
  resolve: (parsed: ParsedArticle) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** `size` worker threads parsing article records; `parse` sends one to the least busy worker. */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private closed = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(), pending: new Map() };
    slot.worker.on('message', (reply: ParseReply) => {
      const pending = slot.pending.get(reply.seq);
      if (pending === undefined) return;
      slot.pending.delete(reply.seq);
      if (reply.ok) pending.resolve(reply.parsed);
      else pending.reject(new Error(reply.message));
    });
    // A crashed worker (out of memory, a native fault) loses only the articles it held; a fresh one takes its place.
    const fail = (error: Error): void => {
      for (const pending of slot.pending.values()) pending.reject(new Error(`parse worker failed: ${error.message}`));
      slot.pending.clear();
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`exited with code ${code}`));
    });
    return slot;
  }

  parse(record: ArticleRecord, published: string | undefined): Promise<ParsedArticle> {
    let slot = this.slots[0] as Slot;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject });
      const request: ParseRequest = { seq, record, published };
      slot.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
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
