import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspacePath } from '../services/testing/testWorkspace';

// Seen: importing 2,500 cases × 10 answers ran out of heap after ~10 minutes, because each answer's
// HTML was parsed in a DOM window of its own that lived until the batch ended (about 0.45 MB an
// answer). 400 cases × 10 answers under a 96 MB heap needed some 1.8 GB that way; converted through
// one reused window and held as strings it needs a few megabytes. The figure at scale (10,000 cases)
// is a bench figure; this is the regression guard, through the built command as an officer runs it.
const built = new URL('../../dist/cli.js', import.meta.url).pathname;

function bundleOf(cases: number) {
  return {
    format: 'disclosure-desk/1',
    cases: Array.from({ length: cases }, (_, i) => {
      const questions = Array.from({ length: 10 }, (_, j) => ({ number: String(j + 1), text: `How many staff worked in team ${j + 1} in 2023, and at what cost?` }));
      return {
        ref: `M${100000 + i}`,
        title: `Request ${i + 1} about staffing`,
        regime: 'foia',
        received: '2024-05-01',
        sent: null,
        requester: { name: `Requester ${i}`, email: `r${i}@example.org` },
        publish: true,
        requestText: questions.map((q) => `${q.number}. ${q.text}`).join('\n'),
        questions,
        answers: questions.map((q) => ({ covers: [q.number], html: `<p>Team ${q.number} had <strong>${i % 50}</strong> staff.</p><ul><li><p>Advisers</p></li><li><p>Managers</p></li></ul>` })),
      };
    }),
  };
}

let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(() => (ws = tempWorkspacePath()));
afterEach(() => ws.cleanup());

describe('importing many answers', () => {
  it('imports 400 cases × 10 answers within a 96 MB heap', () => {
    expect(existsSync(built), 'dist/cli.js is missing: run "npm run build" first').toBe(true);
    const file = join(ws.dir, 'many.json');
    writeFileSync(file, JSON.stringify(bundleOf(400)));
    const r = spawnSync(process.execPath, ['--max-old-space-size=96', built, 'import', '--db', ws.path, file], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).not.toMatch(/heap out of memory/);
    expect(r.stdout).toMatch(/^Imported 400 cases\./);
    expect(r.status).toBe(0);
  }, 150_000);
});
