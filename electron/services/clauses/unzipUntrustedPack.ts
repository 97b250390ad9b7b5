import type { ClauseSourceFile } from '../../../core/clauses';
import { runInWorker, UNTRUSTED_FILE_LIMITS, type WorkerLimits, type WorkerStop } from '../untrusted/runInWorker';
import type { ZipLimits } from '../untrusted/boundedZip';

const SAFE_REMEDY = 'It may be damaged or made to cause harm: ask whoever shared it to export it again, or import the clause files from a folder.';

function stoppedReading(why: WorkerStop, limits: WorkerLimits): Error {
  const what =
    why === 'memory'
      ? `reading it needed more than ${limits.heapMb} MB of memory`
      : why === 'time'
        ? `reading it took over ${Math.round(limits.timeoutMs / 100) / 10} seconds`
        : 'it stopped the reader with a fault';
  return new Error(`the pack was not imported: ${what}, so it was stopped. ${SAFE_REMEDY}`);
}

/**
 * A clause pack from outside, unzipped in a worker thread with a memory cap and a time limit (see
 * untrusted/runInWorker): a 6 MB pack that unpacked to 6 GB took the app down when it was unzipped
 * in the process itself. The zip's sizes are also checked before unpacking (clausePack.unzipPack).
 */
export function unzipUntrustedPack(bytes: Uint8Array, limits: WorkerLimits = UNTRUSTED_FILE_LIMITS, zipLimits?: ZipLimits): Promise<ClauseSourceFile[]> {
  return runInWorker({ kind: 'clause-pack', bytes, ...(zipLimits ? { limits: zipLimits } : {}) }, limits, (why) => stoppedReading(why, limits));
}
