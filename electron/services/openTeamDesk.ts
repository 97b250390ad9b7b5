import type { TeamConnectionSettings } from '../../core/team/teamConnection';
import type { DeskService, DeskServiceOptions } from './deskService';
import type { TeamPoolConfig } from './pg/teamPoolConfig';

/**
 * A team workspace opened for DeskService: `postgres://…` checked (TLS verify-full, the CA file,
 * the password from PGPASSWORD or ~/.pgpass, never printed), the schema checked, the service over
 * the PostgreSQL store. The officer is their login role: "Mine" and the record of who changed what
 * name the same person the server does. `pg` is loaded here, only for a team workspace, so a
 * command on a workspace file never pays for it.
 */
export async function openTeamDesk(url: string, options: DeskServiceOptions & { caFile?: string } = {}): Promise<DeskService> {
  const [{ DeskService }, { openPgStore }, { openTeamWorkspaceConnection, teamConnectError }] = await Promise.all([import('./deskService'), import('./pg/pgStore'), import('./pg/teamWorkspaceConnection')]);
  const connection = openTeamWorkspaceConnection(url, { caFile: options.caFile });
  try {
    return await DeskService.open((deadlineOf) => openPgStore(connection.config, { deadlineOf }), { ...options, userName: connection.settings.user, description: connection.description });
  } catch (err) {
    throw teamConnectError(err, connection.settings);
  }
}

/** A team workspace as the app's main process hands it to the service host: plain data, checked there (electron/shell/teamConnect.ts). */
export interface TeamWorkspaceToOpen {
  settings: TeamConnectionSettings;
  /** "jo_bloggs @ db.example.gov.uk / disclosure_desk": the service's dbPath, the title bar's. */
  description: string;
  poolConfig: TeamPoolConfig;
  /** Typed or kept by the keychain; null: PGPASSWORD or ~/.pgpass, as libpq finds it. */
  password: string | null;
}

/**
 * The same, for the service host (electron/services/host/serviceHost.ts): the connection already
 * checked and the CA read by the main process, the password given once. Failures are said by
 * teamConnectError, a refused password marked so the main process forgets a stale kept one.
 */
export async function openTeamDeskFrom(team: TeamWorkspaceToOpen, options: DeskServiceOptions = {}): Promise<DeskService> {
  const [{ DeskService }, { openPgStore }, { teamConnectError }, { teamPassword, toPgPoolConfig }, { openPgPool }] = await Promise.all([
    import('./deskService'),
    import('./pg/pgStore'),
    import('./pg/teamWorkspaceConnection'),
    import('./pg/teamPoolConfig'),
    import('./pg/pgConnection'),
  ]);
  const config = toPgPoolConfig(team.poolConfig, teamPassword(team.settings, { password: team.password }));
  try {
    // Logged in once first, on a pool of its own: openPgStore words a failed login in general terms
    // (pg/pgConnection.ts connectError), and the officer needs teamConnectError's (a refused password,
    // marked so a stale kept one is forgotten; a CA that did not sign the server's certificate).
    const probe = openPgPool(config);
    try {
      await probe.query('SELECT 1');
    } finally {
      await probe.end();
    }
    return await DeskService.open((deadlineOf) => openPgStore(config, { deadlineOf }), { ...options, userName: team.settings.user, description: team.description });
  } catch (err) {
    throw teamConnectError(err, team.settings);
  }
}
