import type { Organisation } from '../model';
import type { CheckPurpose } from './finding';

export interface CheckContext {
  organisation: Organisation;
  /** YYYY-MM-DD, UK date: decides whether an unsent response is already late. */
  today: string;
  /** Workspace one-off bank holidays, as the deadline code takes them. */
  extraHolidays: readonly string[];
  /** 'send': the letter to the requester. 'publish': the disclosure log, where personal data must not appear. */
  purpose: CheckPurpose;
}
