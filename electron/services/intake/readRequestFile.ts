import type { RequestFile } from '../../../core/model';
import { DeskError } from '../../../core/api/errors';
import { runInWorker, UNTRUSTED_FILE_LIMITS, type WorkerLimits, type WorkerStop } from '../untrusted/runInWorker';
import { checkRequestFile, shownName } from './parseRequestFile';

const SAFE_REMEDY = 'It may be damaged or made to cause harm: ask the sender for a fresh copy, or paste the text instead.';

/** The one line the officer sees when reading a file had to be stopped. */
function stoppedReading(name: string, why: WorkerStop, limits: WorkerLimits): DeskError {
  const shown = shownName(name);
  const what =
    why === 'memory'
      ? `needed more than ${limits.heapMb} MB of memory to read, far more than any real request, so reading it was stopped`
      : why === 'time'
        ? `took over ${Math.round(limits.timeoutMs / 100) / 10} seconds to read, far longer than any real request, so reading it was stopped`
        : 'stopped the reader with a fault';
  return new DeskError('invalid-input', `${shown} ${what}. ${SAFE_REMEDY}`);
}

/**
 * A request file from outside -> its text, sender and date (see parseRequestFile). Parsed in a
 * worker thread with a memory cap and a time limit: before, a crafted 4.6 KB .msg filled the heap
 * of the process that read it and aborted the whole app. The DeskService and the CLI both read
 * through here, so both get the same limits.
 */
export async function readRequestFile(name: string, bytes: Uint8Array, limits: WorkerLimits = UNTRUSTED_FILE_LIMITS): Promise<RequestFile> {
  checkRequestFile(name, bytes);
  try {
    return await runInWorker({ kind: 'request-file', name, bytes }, limits, (why) => stoppedReading(name, why, limits));
  } catch (err) {
    if (err instanceof DeskError) throw err;
    throw new DeskError('invalid-input', `${shownName(name)} could not be read. Save it again, or paste the text instead.`);
  }
}
