import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dispatch } from '../../core/api/dispatch';
import { DeskService } from './deskService';
import { tempWorkspacePath } from './testing/testWorkspace';

const iopc = JSON.parse(readFileSync(new URL('../../fixtures/iopc-month.bundle.json', import.meta.url), 'utf8'));

let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;
beforeEach(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path);
  const leaky = structuredClone(iopc);
  // 5024150 was sent in June: its answer now quotes the requester's email address.
  leaky.cases[2].answers[1].html = '<p>Not applicable. We replied to riley.sample@example.org on 3 June.</p>';
  await service.importBundle({ bundle: leaky, replace: false });
});
afterEach(async () => {
  await service.dispose?.();
  service.close();
  ws.cleanup();
});

describe('publishing gate', () => {
  it('refuses a month whose entry carries personal data, naming the entry', async () => {
    const r = await dispatch(service, 'exportLog', { month: '2024-06', format: 'html' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('checks-failed');
      expect(r.error.message).toMatch(/entry 5024150 fails the publication checks/);
      expect(r.error.message).toMatch(/5024150 question 2/);
    }
  });

  it('exports once the officer records a reason, and keeps the reason with the case', async () => {
    const [summary] = (await service.listCases({ filter: 'all', search: '5024150' }));
    const findings = await service.checkCase({ id: summary!.id, purpose: 'publish' });
    const leaks = findings.filter((f) => f.severity === 'error');
    expect(leaks.map((f) => f.ruleId)).toContain('requester-details');
    const reason = 'Requester asked for their reply to be published in full';
    await service.updateCase({ id: summary!.id, patch: { overrides: leaks.map((f) => ({ ruleId: f.ruleId, answerId: f.answerId, reason, at: '2024-07-01T09:00:00Z' })) } });
    expect((await service.checkCase({ id: summary!.id, purpose: 'publish' })).filter((f) => f.severity === 'error' && !f.override)).toEqual([]);
    const file = await service.exportLog({ month: '2024-06', format: 'html' });
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('5024150');
    expect((await service.getCase({ id: summary!.id })).overrides[0]!.reason).toBe(reason);
  });

  it('does not block a month on a letter defect such as a missing public interest test', async () => {
    // 5024007 (May) cites s31(1)(a) without the factors either way: a defect of the letter, not the log.
    const file = await service.exportLog({ month: '2024-05', format: 'html' });
    expect(file.fileName).toMatch(/\.html$/);
  });
});
