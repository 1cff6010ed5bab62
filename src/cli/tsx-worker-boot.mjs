// Starts a TypeScript worker when newsgraph runs from source (tsx, vitest): tsx's loader does not carry into
// worker threads, so this plain-JS file registers it and then imports the worker named in workerData.
// The built package never uses this file (dist/parse-worker.js is plain JS).
import { workerData } from 'node:worker_threads';

const { register } = await import(workerData.tsxApi);
register();
await import(workerData.worker);
