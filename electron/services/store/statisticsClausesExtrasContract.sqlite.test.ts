import { afterAll } from 'vitest';
import { tempWorkspacePath } from '../testing/testWorkspace';
import { openSqliteStore } from './sqliteStore';
import { statisticsClausesExtrasContract } from './testing/statisticsClausesExtrasContract';

// The embedded engine, the reference: a new workspace file in a temp folder for each test.
const folders: ReturnType<typeof tempWorkspacePath>[] = [];
afterAll(() => {
  for (const f of folders) f.cleanup();
});

statisticsClausesExtrasContract('SQLite', async () => {
  const ws = tempWorkspacePath();
  folders.push(ws);
  return openSqliteStore(ws.path);
});
