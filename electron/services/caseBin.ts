import type { BinnedCase } from '../../core/api/contract';
import { BIN_DAYS } from '../../core/api/bin';
import { DeskError } from '../../core/api/errors';
import { formatUkDate } from '../../core/deadlines/ukDateFormat';
import type { CaseStore } from './store/caseStore';

const DAY_MS = 86_400_000;

/**
 * Deleting a case moves it to the bin: it leaves the list, search, the log and the checks, and can be
 * restored for BIN_DAYS days. Only a purge (desk bin purge) removes it for good, so a slip of the
 * mouse never loses a case.
 */
export class CaseBin {
  constructor(
    private readonly cases: CaseStore,
    private readonly now: () => string,
  ) {}

  async delete(id: string): Promise<boolean> {
    return this.cases.moveToBin(id, this.now());
  }

  async restore(id: string): Promise<boolean> {
    return this.cases.restoreFromBin(id);
  }

  async list(): Promise<BinnedCase[]> {
    const now = Date.parse(this.now());
    return (await this.cases.binned()).map((c) => ({ ...c, daysLeft: Math.max(0, BIN_DAYS - Math.floor((now - Date.parse(c.deletedAt)) / DAY_MS)) }));
  }

  /** Cases binned more than `olderThanDays` whole days ago go for good, in one transaction. */
  async purge(olderThanDays: number): Promise<BinnedCase[]> {
    const cutoff = new Date(Date.parse(this.now()) - olderThanDays * DAY_MS).toISOString();
    return (await this.cases.purgeBinnedBefore(cutoff)).map((c) => ({ ...c, daysLeft: 0 }));
  }

  /** The error for a case that is in the bin, naming when it went and how to get it back; null if it is not. */
  async binnedError(id: string): Promise<DeskError | null> {
    const at = await this.cases.binnedAt(id);
    if (!at) return null;
    return new DeskError('case-missing', `That case is in the bin (deleted on ${formatUkDate(at.slice(0, 10))}). Restore it from the Bin in the case list to work on it.`);
  }
}
