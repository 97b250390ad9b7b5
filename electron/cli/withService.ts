import { existsSync } from 'node:fs';
import { dispatch, DeskError, type DeskInput, type DeskMethod, type DeskOutput } from '../../core/api';
import { DeskService, type DeskServiceOptions } from '../services/deskService';
import { isTeamConnectionString } from '../../core/team/teamConnection';

export type ServiceCall = <M extends DeskMethod>(method: M, input: DeskInput<M>) => Promise<DeskOutput<M>>;

/**
 * Opens the workspace, runs the body with a caller that goes through the same dispatch (and so the
 * same validation) as the app, and always closes the file.
 */
export async function withService<T>(dbPath: string, body: (call: ServiceCall) => Promise<T>, opts: { mustExist?: boolean; serviceOptions?: DeskServiceOptions } = {}): Promise<T> {
  const service = await openService(dbPath, opts);
  try {
    const call: ServiceCall = async (method, input) => {
      const result = await dispatch(service, method, input);
      if (!result.ok) throw new DeskError(result.error.code, result.error.message);
      return result.value as DeskOutput<typeof method>;
    };
    return await body(call);
  } finally {
    // dispose, not close: a print may have started a browser that must end with the command.
    await service.dispose();
  }
}

/**
 * A workspace file, or a team workspace for `--db postgres://…` (../services/openTeamDesk.ts: the
 * connection checked, the password never printed). A file that is not there is a failure of the work
 * (exit 1), not of the typing: the command was right, the file is missing or the path has a slip in it.
 */
async function openService(dbPath: string, opts: { mustExist?: boolean; serviceOptions?: DeskServiceOptions }): Promise<DeskService> {
  if (isTeamConnectionString(dbPath)) {
    // Loaded only for a team workspace: `pg` would slow every command on a workspace file.
    const { openTeamDesk } = await import('../services/openTeamDesk');
    return openTeamDesk(dbPath, opts.serviceOptions);
  }
  if (opts.mustExist && !existsSync(dbPath)) throw new Error(`There is no workspace at ${dbPath}. Check the path, or create one with "desk import --db ${dbPath} BUNDLE.json".`);
  return new DeskService(dbPath, opts.serviceOptions);
}
