// Reading files other systems made, off the main thread: each read runs in a worker thread with a
// heap limit and a time limit, so a hostile file (a grid of a billion cells, a zip bomb, a YAML
// that takes minutes) can end only that worker. The app's window, the CLI's process and the web
// transport stay responsive, and the user gets an error that names the limit.
//
//   const table = await readBounded('table', { bytes, fileName });
//
// The jobs are in ./jobs.ts. The worker is a bundle: the desktop shell names the one it built
// (useReadWorker); elsewhere it is built from the sources on first use and rebuilt when they change.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError, type ErrorCode } from '../../model/errors';
import { findProjectRoot } from '../paths';
import type { ReadJobInput, ReadJobName, ReadJobOutput, WorkerReply } from './jobs';
import { count, readLimits } from './limits';

let configuredWorker: string | undefined;

/** The desktop shell's built worker (out/main/read-worker.js). */
export function useReadWorker(path: string): void {
  configuredWorker = path;
}

let builtWorker: string | undefined;

async function workerFile(): Promise<string> {
  if (configuredWorker) return configuredWorker;
  // Checked once per process: looking at every source file's time on each read cost ~10 ms.
  if (builtWorker) return builtWorker;
  // A computed path, so bundlers leave this development-only import alone.
  const bundler = pathToFileURL(join(findProjectRoot(), 'scripts', 'ts-bundle.js')).href;
  const { ensureBundle } = (await import(bundler)) as { ensureBundle(entry: string, outName: string): string };
  return (builtWorker = ensureBundle('core/files/read-worker.ts', 'read-worker.mjs'));
}

export interface BoundedOptions {
  timeMs?: number;
  heapMb?: number;
}

/**
 * One worker is kept warm between reads (unreferenced, so it never keeps a process alive): a
 * worker's start-up and bundle load cost more than most reads. A worker that ran out of time or
 * memory, or failed, is ended and never reused; reads with their own heap limit get their own.
 */
let idle: Worker | undefined;
let nextId = 1;

function takeWorker(file: string, heapMb: number): Worker {
  if (idle && heapMb === readLimits.heapMb) {
    const worker = idle;
    idle = undefined;
    worker.ref();
    return worker;
  }
  const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(4, heapMb / 8)), stackSizeMb: 8 } });
  worker.once('exit', () => {
    if (idle === worker) idle = undefined;
  });
  return worker;
}

function giveBack(worker: Worker, heapMb: number): void {
  if (idle || heapMb !== readLimits.heapMb) {
    void worker.terminate();
    return;
  }
  worker.unref();
  idle = worker;
}

export async function readBounded<K extends ReadJobName>(kind: K, input: ReadJobInput<K>, options: BoundedOptions = {}): Promise<ReadJobOutput<K>> {
  const timeMs = options.timeMs ?? readLimits.timeMs;
  const heapMb = options.heapMb ?? readLimits.heapMb;
  const worker = takeWorker(await workerFile(), heapMb);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const finish = (reuse: boolean, outcome: () => void) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reuse) giveBack(worker, heapMb);
      else void worker.terminate();
      outcome();
    };
    const onMessage = (reply: WorkerReply & { id: number }) => {
      if (reply.id !== id) return;
      finish(true, () => (reply.ok ? resolve(reply.value as ReadJobOutput<K>) : reject(fromReply(reply))));
    };
    const onError = (error: Error & { code?: string }) =>
      finish(false, () =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new UserError(`Reading the file needed more than ${count(heapMb)} MB of memory, the limit, so it was stopped. Nothing was imported.`, 'TOO_LARGE')
            : error,
        ),
      );
    const onExit = (code: number) => finish(false, () => reject(new Error(`The file-reading worker stopped (exit code ${code}) without an answer.`)));
    const timer = setTimeout(
      () => finish(false, () => reject(new UserError(`Reading the file took longer than ${count(timeMs / 1000)} seconds, the limit, so it was stopped. Nothing was imported.`, 'TOO_SLOW'))),
      timeMs,
    );
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage({ id, kind, input });
  });
}

function fromReply(reply: Exclude<WorkerReply, { ok: true }>): Error {
  if ('user' in reply) return new UserError(reply.user.message, reply.user.code as ErrorCode, reply.user.details as UserError['details']);
  const error = new Error(reply.internal.message);
  error.name = reply.internal.name;
  if (reply.internal.stack) error.stack = reply.internal.stack;
  return error;
}
