import { parentPort, workerData } from 'node:worker_threads';
import { DeskError } from '../../../core/api/errors';
import { runUntrustedJob, type UntrustedJob } from './untrustedJobs';

/**
 * The worker's entry: one job, one answer, then the thread ends. A fresh worker per file means a
 * file that leaves a parser in a bad state cannot affect the next one.
 * Built to dist/ beside each bundle that starts it (scripts/build-electron.mjs).
 */
export type WorkerAnswer =
  | { ok: true; value: unknown }
  | { ok: false; deskError: boolean; code: string; message: string };

async function answer(job: UntrustedJob): Promise<WorkerAnswer> {
  try {
    return { ok: true, value: await runUntrustedJob(job) };
  } catch (err) {
    if (err instanceof DeskError) return { ok: false, deskError: true, code: err.code, message: err.message };
    return { ok: false, deskError: false, code: 'internal', message: err instanceof Error ? err.message : String(err) };
  }
}

if (parentPort) {
  const port = parentPort;
  void answer(workerData as UntrustedJob).then((a) => port.postMessage(a));
}
