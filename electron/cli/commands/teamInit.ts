import { requireOption, type CommandRun } from '../command';
import { UsageError } from '../usage';
import { initTeamWorkspace, TEAM_ROLES } from '../../services/pg/pgTeam';
import { openTeamWorkspaceConnection, teamConnectError } from '../../services/pg/teamWorkspaceConnection';

/** `desk team init`: see its help in ../commandTable.ts. The connection string is never printed: it may hold a password. */
export const run: CommandRun = async ({ values }, io) => {
  const db = requireOption(values['db'], 'db');
  if (!/^postgres(ql)?:\/\//.test(db)) throw new UsageError('--db must be a PostgreSQL connection string (postgres://user@host/database); a team workspace lives on a server, not in a file');
  // The same rules as every command's --db postgres://… (TLS verify-full, the CA, the password never printed).
  const connection = openTeamWorkspaceConnection(db);
  const report = await initTeamWorkspace(connection.config).catch((err: unknown) => {
    throw teamConnectError(err, connection.settings);
  });
  io.out(report.schemaFrom === report.schemaTo ? `The team workspace is up to date (schema ${report.schemaTo}).` : `The team workspace is at schema ${report.schemaTo} (was ${report.schemaFrom === 0 ? 'empty' : `schema ${report.schemaFrom}`}).`);
  io.out(report.rolesCreated.length ? `Roles created: ${report.rolesCreated.join(', ')}.` : `Roles ready: ${TEAM_ROLES.join(', ')}.`);
  io.out('Give each officer their own login role in one of them, for example: CREATE ROLE jo LOGIN IN ROLE desk_officer; (see docs/team.md).');
  return 0;
};
