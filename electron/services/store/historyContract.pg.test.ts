import { openPgStore } from '../pg/pgStore';
import { clusterForThisFile } from '../pg/testing/clusterForFile';
import { historyContract } from './testing/historyContract';

// The team engine on a real PostgreSQL started for this file (pg/testing/clusterForFile.ts); a new workspace for each test.
const pg = clusterForThisFile();

historyContract('PostgreSQL', async () => openPgStore(await pg.newWorkspace(), { migrate: true }));
