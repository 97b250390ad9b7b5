import { DeskError } from '../../../core/api/errors';
import { MAX_LOG_FILE_BYTES } from '../../../core/logImport/logImportContract';
import { shownName } from '../intake/parseRequestFile';
import { runInWorker, type WorkerLimits } from '../untrusted/runInWorker';
import { decodeText } from '../intake/decodeText';
import { logFileKind } from './logFileText';

/** A year's log as PDF reads in a few seconds; a file that needs far more is not a log. */
export const LOG_FILE_LIMITS: WorkerLimits = { heapMb: 768, timeoutMs: 60_000 };

/**
 * A past log's text, read in a worker thread with a memory cap and a time limit (see ../untrusted):
 * a huge or hostile file is refused with one line naming it, never taking the app down.
 */
export async function readLogFile(name: string, bytes: Uint8Array, limits: WorkerLimits = LOG_FILE_LIMITS): Promise<string> {
  const shown = shownName(name);
  if (!logFileKind(name)) throw new DeskError('invalid-input', `${shown} is not a log this import reads: choose a PDF, Word (.docx) or text (.txt) file.`);
  if (bytes.length === 0) throw new DeskError('invalid-input', `${shown} is empty: nothing was imported. Choose the log file again.`);
  if (bytes.length > MAX_LOG_FILE_BYTES) throw new DeskError('invalid-input', `${shown} is over ${MAX_LOG_FILE_BYTES / (1024 * 1024)} MB: split the log into months and import them one at a time.`);
  // Plain text needs no parser to read it, only decoding (bounded by the size above): no worker to start.
  if (logFileKind(name) === 'txt') return decodeText(bytes);
  try {
    return await runInWorker({ kind: 'log-file', name, bytes }, limits, (why) =>
      new DeskError('invalid-input', `${shown} ${why === 'memory' ? `needed more than ${limits.heapMb} MB of memory to read` : why === 'time' ? `took over ${limits.timeoutMs / 1000} seconds to read` : 'stopped the reader with a fault'}, so reading it was stopped. It may be damaged: save the log again, or import it a month at a time.`),
    );
  } catch (err) {
    if (err instanceof DeskError) throw err;
    throw new DeskError('invalid-input', `${shown} could not be read. Save the log again as PDF, Word or text and import that.`);
  }
}
