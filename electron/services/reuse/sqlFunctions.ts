import { foldSpelling } from '../../../core/reuse/spellingVariants';
import type { Db } from '../workspaceDb';

/**
 * SQL functions every workspace connection has, registered before its migrations run: migration 8
 * builds the question index with fold_spelling(), the same folding the service writes it with.
 */
export function registerReuseFunctions(db: Db): void {
  db.function('fold_spelling', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? foldSpelling(text) : text));
}
