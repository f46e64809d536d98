// The reading worker: jobs one at a time, each answered with its id. Runs under the heap limit and
// the time limit bounded-reader sets, so a hostile file can exhaust only this thread, never the app.
import { parentPort } from 'node:worker_threads';
import { isUserError } from '../../model/errors';
import { readJobs, type ReadJobName, type WorkerReply } from './jobs';

const port = parentPort;
if (!port) throw new Error('read-worker runs as a worker thread only.');

port.on('message', async ({ id, kind, input }: { id: number; kind: ReadJobName; input: never }) => {
  let reply: WorkerReply;
  try {
    const job = readJobs[kind] as (input: never) => unknown;
    reply = { ok: true, value: await job(input) };
  } catch (error) {
    reply = isUserError(error)
      ? { ok: false, user: { message: error.message, code: error.code, details: error.details } }
      : { ok: false, internal: { name: (error as Error)?.name ?? 'Error', message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack } };
  }
  port.postMessage({ ...reply, id });
});
