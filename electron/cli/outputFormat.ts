import { extname } from 'node:path';
import { UsageError } from './usage';

/** The format an export writes, from the --out file's extension; a usage error naming the allowed ones. */
export function formatOf<F extends string>(out: string, allowed: readonly F[]): F {
  const format = extname(out).slice(1).toLowerCase();
  if (!(allowed as readonly string[]).includes(format)) throw new UsageError(`--out "${out}" must end in ${allowed.map((f) => '.' + f).join(', ').replace(/, ([^,]*)$/, ' or $1')}`);
  return format as F;
}
