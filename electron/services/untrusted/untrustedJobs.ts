import type { ClauseSourceFile } from '../../../core/clauses';
import type { RequestFile } from '../../../core/model';
import type { ZipLimits } from './boundedZip';

/**
 * The parsing the app does on files that come from outside: what runs inside the worker. Each job
 * is plain data in and plain data out, so it crosses the thread boundary by structured clone.
 */
export type UntrustedJob =
  | { kind: 'request-file'; name: string; bytes: Uint8Array }
  | { kind: 'clause-pack'; bytes: Uint8Array; limits?: ZipLimits }
  | { kind: 'log-file'; name: string; bytes: Uint8Array };

export type UntrustedResult<J extends UntrustedJob> = J extends { kind: 'request-file' } ? RequestFile : J extends { kind: 'log-file' } ? string : ClauseSourceFile[];

/** Each worker loads only the parsers its one job needs: a clause pack never loads mammoth. */
export async function runUntrustedJob(job: UntrustedJob): Promise<RequestFile | ClauseSourceFile[] | string> {
  switch (job.kind) {
    case 'request-file':
      return (await import('../intake/parseRequestFile')).parseRequestFile(job.name, job.bytes);
    case 'clause-pack':
      return (await import('../clauses/clausePack')).unzipPack(job.bytes, job.limits);
    case 'log-file':
      return (await import('../logImport/logFileText')).logFileText(job.name, job.bytes);
  }
}
