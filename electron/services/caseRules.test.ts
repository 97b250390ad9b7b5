import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../core/api/dispatch';
import { DeskService } from './deskService';
import { tempWorkspacePath } from './testing/testWorkspace';

// The case rules the window used to apply itself, now kept by the service so every host (window, CLI, e2e) gets them.
let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;

beforeEach(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => '2025-03-14' });
});
afterEach(async () => {
  service.close();
  ws.cleanup();
});

const newCase = (ref: string) => ({ ref, title: 'Speed cameras', regime: 'foia', received: '2025-03-03', requester: { name: 'A Person', email: 'a@example.org', address: '' }, requestText: '' }) as const;

describe('marking a case sent', () => {
  it('records today as the date sent when none is recorded', async () => {
    const c = await service.createCase(newCase('FOI-1'));
    const sent = await service.updateCase({ id: c.id, patch: { status: 'sent' } });
    expect(sent.sent).toBe('2025-03-14');
    // Read back from the file, not from what updateCase returned.
    service.close();
    service = new DeskService(ws.path, { today: () => '2025-04-01' });
    expect((await service.getCase({ id: c.id })).sent).toBe('2025-03-14');
  });

  it('keeps a back-dated date sent given with the change', async () => {
    const c = await service.createCase(newCase('FOI-1'));
    const sent = await service.updateCase({ id: c.id, patch: { status: 'sent', sent: '2025-03-12' } });
    expect(sent.sent).toBe('2025-03-12');
  });
});

describe('recording overrides', () => {
  it('appends each case its overrides in one call, stamped by the service', async () => {
    const a = await service.createCase(newCase('FOI-1'));
    const b = await service.createCase(newCase('FOI-2'));
    await service.recordOverrides({ overrides: [{ caseRef: 'FOI-1', ruleId: 'late-response', reason: 'Agreed with the requester' }] });
    const r = await dispatch(service, 'recordOverrides', {
      overrides: [
        { caseRef: 'FOI-1', ruleId: 'exemption-not-stated', answerId: 'a1', reason: 'Stated in the covering email' },
        { caseRef: 'FOI-2', ruleId: 'review-rights-missing', questionNumber: '2', reason: 'Sent separately' },
      ],
    });
    expect(r).toEqual({ ok: true, value: { recorded: 2 } });
    const first = await service.getCase({ id: a.id });
    expect(first.overrides.map((o) => o.ruleId)).toEqual(['late-response', 'exemption-not-stated']);
    expect(first.overrides[1]).toMatchObject({ answerId: 'a1', reason: 'Stated in the covering email' });
    expect(first.overrides.every((o) => !Number.isNaN(Date.parse(o.at)))).toBe(true);
    expect((await service.getCase({ id: b.id })).overrides).toEqual([expect.objectContaining({ ruleId: 'review-rights-missing', questionNumber: '2' })]);
  });

  it('records nothing when one case is missing, and says which', async () => {
    const a = await service.createCase(newCase('FOI-1'));
    const r = await dispatch(service, 'recordOverrides', {
      overrides: [
        { caseRef: 'FOI-1', ruleId: 'late-response', reason: 'Agreed' },
        { caseRef: 'FOI-9', ruleId: 'late-response', reason: 'Agreed' },
      ],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
    if (!r.ok) expect(r.error.message).toContain('FOI-9');
    expect((await service.getCase({ id: a.id })).overrides).toEqual([]);
  });

  it('refuses an override without a reason', async () => {
    await service.createCase(newCase('FOI-1'));
    const r = await dispatch(service, 'recordOverrides', { overrides: [{ caseRef: 'FOI-1', ruleId: 'late-response', reason: '  ' }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
