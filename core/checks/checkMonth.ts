import type { Case } from '../model';
import { checkCase } from './checkCase';
import type { CheckContext } from './context';
import type { Finding } from './finding';

/**
 * The cases given (the caller picks the month's), each checked in turn. When publishing, a case the
 * officer has kept out of the log is not checked: nothing of it will be published.
 */
export function checkMonth(cases: readonly Case[], ctx: CheckContext): Finding[] {
  return cases.filter((c) => ctx.purpose !== 'publish' || c.publish).flatMap((c) => checkCase(c, ctx));
}
