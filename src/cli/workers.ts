import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fork } from 'node:child_process';
import type { ParsedArticle } from '../schema/article.js';
import type { ArticleRecord } from '../schema/article.js';
import type { ParseReply, ParseRequest } from './parse-worker.js';

/*
 * A pool of parse workers, each a child process. Worker threads were tried first: two V8 isolates in one process
 * made the whole build cost 1.25-1.36x the CPU of one thread, spread over all code, while two separate processes
 * cost only 3-5% more each (NOTES, issue 16). Run from source (tsx, vitest) this module is a .ts file and so is
 * the worker, which then runs under tsx's loader; in the built package both are .js files side by side in dist/
 * (tsup entry `parse-worker`).
 */

/** What the pool needs of a worker: send it a request, hear its replies, learn that it died, stop it. */
interface WorkerHandle {
  send(request: ParseRequest): void;
  onReply(listener: (reply: ParseReply) => void): void;
  onFailure(listener: (error: Error) => void): void;
  stop(): Promise<void>;
}

function startWorker(): WorkerHandle {
  const here = import.meta.url;
  const fromSource = /\.[cm]?ts$/.test(new URL(here).pathname);
  const script = fileURLToPath(new URL(fromSource ? './parse-worker.ts' : './parse-worker.js', here));
  const tsx = fromSource ? [`--import=${pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist/esm/index.mjs')).href}`] : [];
  // 'advanced' serialisation is the structured clone worker threads use; stdout stays the parent's own
  const child = fork(script, [], { execArgv: tsx, serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  let stopping = false;
  return {
    send: (request) => child.send(request),
    onReply: (listener) => child.on('message', (reply) => listener(reply as ParseReply)),
    onFailure: (listener) => {
      child.on('error', listener);
      child.on('exit', (code, signal) => {
        if (!stopping) listener(new Error(`exited with ${signal ?? `code ${code}`}`));
      });
    },
    stop: () => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill();
      });
    },
  };
}

/** One article waiting for a parser, and what to tell its caller. */
interface Task {
  record: ArticleRecord;
  published: string | undefined;
  resolve: (parsed: ParsedArticle) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: WorkerHandle;
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
 * `size` worker processes, and optionally the main thread (`local`), parsing article records from one queue: each
 * worker holds at most WORKER_DEPTH articles, the main thread takes the next one whenever its event loop is free.
 * With `local`, `newsgraph build --workers 2` starts one worker, not two: each worker loads compromise,
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
    slot.worker.onReply((reply) => {
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
    slot.worker.onFailure((error) => {
      if (!this.closed) fail(error);
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
        slot.worker.send(request);
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
    await Promise.all(this.slots.map((s) => s.worker.stop()));
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
