import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dispatch } from '../../core/api/dispatch';
import { DeskService } from './deskService';
import { tempWorkspacePath } from './testing/testWorkspace';

// Issue 10: the ICO paragraph, with its full address and helplines, blocked every month's log.
const iopc = JSON.parse(readFileSync(new URL('../../fixtures/iopc-month.bundle.json', import.meta.url), 'utf8'));
const ICO_PARAGRAPH =
  "<p>If you remain dissatisfied you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF. Telephone 0303 123 1113 or 01625 545745.</p>";

let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;

/** The IOPC month with every June entry closing on the ICO paragraph, and `extra` after it. */
async function importJune(extra = '') {
  const bundle = structuredClone(iopc);
  for (const c of bundle.cases.filter((x: { sent: string | null }) => x.sent?.startsWith('2024-06'))) {
    c.answers[c.answers.length - 1].html += ICO_PARAGRAPH + extra;
  }
  await service.importBundle({ bundle, replace: false });
}

beforeEach(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path);
});
afterEach(async () => {
  await service.dispose?.();
  service.close();
  ws.cleanup();
});

describe('a June log whose answers carry the ICO\'s address', () => {
  it('exports without an override, and the address is published as written', async () => {
    await importJune();
    const r = await dispatch(service, 'exportLog', { month: '2024-06', format: 'html' });
    expect(r.ok ? '' : r.error.message).toBe('');
    if (!r.ok) return;
    const html = Buffer.from((r.value as { base64: string }).base64, 'base64').toString('utf8');
    expect(html).toContain('Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF');
    const [june] = await service.listCases({ filter: 'all', search: '5024113' });
    expect((await service.getCase({ id: june!.id })).overrides).toEqual([]);
  });

  it('still refuses the month when a person\'s postcode sits beside it', async () => {
    await importJune('<p>The member of staff lives at LS6 2QT.</p>');
    const r = await dispatch(service, 'exportLog', { month: '2024-06', format: 'html' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/postcode/i);
  });
});
