import { Worker } from 'node:worker_threads';
import { DeskError, isDeskErrorCode } from '../../../core/api/errors';
import type { UntrustedJob, UntrustedResult } from './untrustedJobs';
import type { WorkerAnswer } from './untrustedWorker';
import { untrustedWorkerScript } from './workerScript';

/**
 * How much a worker may take. The heap cap is V8's old generation: a parser that loops building
 * objects is stopped there. Buffers live outside it, which is why zips are also size-checked.
 */
export interface WorkerLimits {
  heapMb: number;
  timeoutMs: number;
}

/** Generous for any real request or pack: a 25 MB .msg reads in well under a second with under 200 MB. */
export const UNTRUSTED_FILE_LIMITS: WorkerLimits = { heapMb: 512, timeoutMs: 30_000 };

export type WorkerStop = 'memory' | 'time' | 'crash';

/**
 * Parses a file from outside in a worker thread, so a hostile or broken file can at worst end
 * that thread: never the app's process, never its event loop. `stopped` words the one line the
 * officer sees when the worker had to be stopped; errors the parser raises itself pass through.
 */
export function runInWorker<J extends UntrustedJob>(job: J, limits: WorkerLimits, stopped: (why: WorkerStop) => Error): Promise<UntrustedResult<J>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(untrustedWorkerScript(), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(stopped('time'))), limits.timeoutMs);
    worker.on('message', (answer: WorkerAnswer) =>
      settle(() => {
        if (answer.ok) resolve(answer.value as UntrustedResult<J>);
        else if (answer.deskError && isDeskErrorCode(answer.code)) reject(new DeskError(answer.code, answer.message));
        else reject(new Error(answer.message));
      }),
    );
    worker.on('error', (err: NodeJS.ErrnoException) => settle(() => reject(stopped(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash'))));
    worker.on('exit', () => settle(() => reject(stopped('crash'))));
  });
}
