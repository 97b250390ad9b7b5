import { afterAll } from 'vitest';
import { tempWorkspacePath } from '../testing/testWorkspace';
import { openSqliteStore } from './sqliteStore';
import { historyContract } from './testing/historyContract';

// The reference engine: a new workspace file in a temp folder for each test.
const folders: ReturnType<typeof tempWorkspacePath>[] = [];
afterAll(() => {
  for (const f of folders) f.cleanup();
});

historyContract('SQLite', async () => {
  const ws = tempWorkspacePath();
  folders.push(ws);
  return openSqliteStore(ws.path);
});
