import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempWorkspacePath } from '../services/testing/testWorkspace';
import { msgClaimingFatSectors } from '../services/testing/hostileFiles';
import { cli } from './runForTest';

// Issue 12: the CLI reads request files through the same worker and limits as the app
// (electron/services/intake/readRequestFile), so a hostile file gets the same one line.
describe('desk split on a hostile file', () => {
  it('answers the crafted 4.6 KB .msg with one line and a failing exit code', async () => {
    const ws = tempWorkspacePath();
    try {
      const file = join(ws.dir, 'crafted.msg');
      writeFileSync(file, msgClaimingFatSectors());
      const r = await cli('split', file);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err.split('\n')).toEqual([
        'desk split: crafted.msg could not be read as an Outlook message. Save it from Outlook again (File › Save As › Outlook Message Format), or paste the text instead.',
      ]);
    } finally {
      ws.cleanup();
    }
  });
});
