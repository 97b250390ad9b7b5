import { afterAll } from 'vitest';
import { tempWorkspacePath } from '../testing/testWorkspace';
import { openSqliteStore } from './sqliteStore';
import { teamContract } from './testing/teamContract';

// The embedded engine: a new workspace file for each test. One officer's file has one connection, so
// the races run on that one store (its transactions queue), as DeskService runs them.
const folders: ReturnType<typeof tempWorkspacePath>[] = [];
afterAll(() => {
  for (const f of folders) f.cleanup();
});

teamContract('SQLite', async () => {
  const ws = tempWorkspacePath();
  folders.push(ws);
  return openSqliteStore(ws.path);
});
