import { afterAll } from 'vitest';
import { tempWorkspacePath } from '../testing/testWorkspace';
import { openSqliteStore } from './sqliteStore';
import { storeContract } from './testing/storeContract';

// The embedded engine: a new workspace file in a temp folder for each test.
const folders: ReturnType<typeof tempWorkspacePath>[] = [];
afterAll(() => {
  for (const f of folders) f.cleanup();
});

storeContract('SQLite', async (deadlineOf) => {
  const ws = tempWorkspacePath();
  folders.push(ws);
  return openSqliteStore(ws.path, deadlineOf);
});
