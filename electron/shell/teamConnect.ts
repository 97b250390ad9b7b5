import { DeskError, type DeskErrorData } from '../../core/api/errors';
import { checkTeamConnection, describeTeamConnection, parseTeamConnectionString, type TeamConnectionSettings } from '../../core/team/teamConnection';
import { readTeamConnectRequest, type TeamConnectResult } from '../../core/team/teamConnectRequest';
import type { TeamWorkspaceToOpen } from '../services/openTeamDesk';
import { teamPoolConfig, type TeamConnectionEnvironment } from '../services/pg/teamPoolConfig';
import type { TeamPasswords } from './teamPasswords';

/**
 * File › Connect to team workspace…, in the main process: the window's dialog
 * (renderer/src/team/ConnectDialog.tsx) sends what the officer typed; it is checked here
 * (core/team/teamConnection.ts: TLS verify-full, the CA file read), the password found (typed, in
 * the string, or kept by the keychain: ./teamPasswords.ts), the workspace opened by `open`, and the
 * password kept if the officer asked. The window never gets a password back.
 *
 * `open` is the app's: it opens the team workspace in the service host (poolConfig is plain data and
 * crosses the process boundary; electron/services/pg/teamPoolConfig.ts toPgPoolConfig turns it back
 * into a pg.PoolConfig there, with the password or, when null, PGPASSWORD and ~/.pgpass). It
 * rejects with a DeskError saying why (the host's teamConnectError, in
 * electron/services/pg/teamWorkspaceConnection.ts, words them and marks a refused password). No `pg`
 * here: the main process would load it at every start. No Electron either (./teamIpc.ts binds this
 * to IPC), so tests and the e2e run it as it is.
 */
/** The description is the title bar's, and the kept password's key. Plain data: it crosses to the host. */
export type { TeamWorkspaceToOpen };

export interface TeamConnectDeps {
  passwords: Pick<TeamPasswords, 'load' | 'save' | 'forget'>;
  open(workspace: TeamWorkspaceToOpen): Promise<void>;
  /** Tests only: where PGSSLROOTCERT and ~/.postgresql/root.crt are looked for. */
  environment?: TeamConnectionEnvironment;
}

function asErrorData(err: unknown): DeskErrorData {
  if (err instanceof DeskError) return { code: err.code, message: err.message };
  // The server's own refusal (a missing privilege, say): its words, which name what is wrong.
  return { code: 'unavailable', message: `The team workspace could not be opened: ${err instanceof Error ? err.message : String(err)}` };
}


export async function connectTeamWorkspace(input: unknown, deps: TeamConnectDeps): Promise<TeamConnectResult> {
  let settings: TeamConnectionSettings | null = null;
  let keptPasswordUsed = false;
  try {
    const request = readTeamConnectRequest(input);
    if (!request) throw new DeskError('invalid-input', 'The connection details did not come through as the dialog sends them. Close the dialog and try again.');
    const fromString = request.connectionString.trim() ? parseTeamConnectionString(request.connectionString, { caFile: request.caFile }) : null;
    settings = fromString?.settings ?? checkTeamConnection({ ...request, sslrootcert: request.caFile });
    const description = describeTeamConnection(settings);
    const given = request.password || fromString?.password || null;
    const kept = given ? null : deps.passwords.load(description);
    keptPasswordUsed = kept !== null;
    const poolConfig = teamPoolConfig(settings, deps.environment);
    await deps.open({ settings, description, poolConfig, password: given ?? kept });
    let notice: string | undefined;
    if (request.rememberPassword && given) {
      try {
        deps.passwords.save(description, given);
      } catch (err) {
        notice = (err as Error).message;
      }
    }
    return { ok: true, description, ...(notice ? { notice } : {}) };
  } catch (err) {
    // The server refused a password the keychain kept: it is stale, so it is not offered again.
    const refused = (err as { detail?: { reason?: unknown } }).detail?.reason === 'wrong-password';
    if (settings && keptPasswordUsed && refused) deps.passwords.forget(describeTeamConnection(settings));
    return { ok: false, error: asErrorData(err) };
  }
}
