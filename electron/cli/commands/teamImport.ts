import { existsSync } from 'node:fs';
import { requireOption, type CommandRun } from '../command';
import { UsageError } from '../usage';
import { withService } from '../withService';
import { isTeamConnectionString } from '../../../core/team/teamConnection';

/**
 * `desk team import`: see its help in ../commandTable.ts. A single officer's workspace moves whole,
 * through the same bundle a backup uses (format disclosure-desk/2: history, sent copies, the bin,
 * owners, sign-off and log orders travel with the cases), written by the team workspace's import in
 * one transaction: every case, or none. The file is opened read-only in spirit: nothing is written
 * to it, and it stays the officer's until they choose to stop using it.
 */
export const run: CommandRun = async ({ values }, io) => {
  const from = requireOption(values['from'], 'from');
  const to = requireOption(values['to'], 'to');
  if (isTeamConnectionString(from)) throw new UsageError('--from names the workspace file to move (FILE.sqlite), not a server');
  if (!isTeamConnectionString(to)) throw new UsageError('--to must be the team workspace: postgres://USER@HOST/DATABASE');
  if (!existsSync(from)) throw new Error(`There is no workspace at ${from}. Check the path. Nothing was changed.`);
  const bundle = await withService(from, (call) => call('exportBundle', {}), { mustExist: true, serviceOptions: { create: false } });
  const settings = values['settings'] as 'keep' | 'replace' | undefined;
  if (settings !== undefined && settings !== 'keep' && settings !== 'replace') throw new UsageError(`--settings takes keep or replace, not "${settings}"`);
  const result = await withService(to, (call) => call('importBundle', { bundle, replace: false, ...(settings ? { settings } : {}) }));
  const moved = result.imported.length;
  io.out(`Moved ${moved} case${moved === 1 ? '' : 's'} into the team workspace, with their history, sent copies, owners and the bin. Nothing was changed in ${from}.`);
  if (result.settings === 'adopted') io.out("The team workspace had no settings of its own, so it took this workspace's (organisation, time limits, extra holidays).");
  if (result.settings === 'replaced') io.out("The team workspace's settings were replaced by this workspace's.");
  if (result.settings === 'kept' && result.settingsDifferences.length) io.out(`The team workspace kept its own settings; this workspace's differ in: ${result.settingsDifferences.join(', ')}. Use --settings replace to take them.`);
  io.out(`Keep ${from} as a backup until the team has checked the cases; officers now open the team workspace instead.`);
  return 0;
};
