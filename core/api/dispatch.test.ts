import { describe, expect, it } from 'vitest';
import { CallRegistry, type CallContext, type CallProgress } from './calls';
import type { DeskApiImpl } from './contract';
import { dispatch } from './dispatch';
import { DeskError } from './errors';

// dispatch alone, against a service of a few hand-written methods: what each kind of failure becomes.
const service = (methods: Record<string, (input: never, call: CallContext) => unknown>) => methods as unknown as DeskApiImpl;

describe('dispatch', () => {
  it('calls an answer that breaks the contract an internal fault, not the officer\'s invalid input', async () => {
    const result = await dispatch(service({ computeDeadline: () => ({ due: 'soon' }) }), 'computeDeadline', { received: '2024-05-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/computeDeadline/);
      expect(result.error.message).toMatch(/report it/);
    }
  });

  it('refuses bad input as invalid-input with the field named', async () => {
    const result = await dispatch(service({}), 'computeDeadline', { received: '1 May' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toMatch(/^received: /);
  });

  it('keeps the code of an expected failure', async () => {
    const result = await dispatch(service({ getCase: () => { throw new DeskError('case-missing', 'That case is no longer in this workspace.'); } }), 'getCase', { id: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'case-missing', message: 'That case is no longer in this workspace.' } });
  });

  it('turns a busy SQLite file into workspace-locked, and a read-only one into unavailable, with a next step', async () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const locked = await dispatch(service({ listHolidays: () => { throw busy; } }), 'listHolidays', {});
    expect(locked).toMatchObject({ ok: false, error: { code: 'workspace-locked' } });
    if (!locked.ok) expect(locked.error.message).toMatch(/try again/);
    const readOnly = Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
    expect(await dispatch(service({ listHolidays: () => { throw readOnly; } }), 'listHolidays', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('never starts a message "Something went wrong", even for a fault', async () => {
    const results = await Promise.all([
      dispatch(service({ listHolidays: () => { throw new TypeError('x is undefined'); } }), 'listHolidays', {}),
      dispatch(service({ listHolidays: () => { throw 'a string'; } }), 'listHolidays', {}),
      dispatch(service({}), 'noSuchMethod', {}),
    ]);
    for (const r of results) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).not.toMatch(/^Something went wrong/i);
    }
    expect(results.map((r) => !r.ok && r.error.code)).toEqual(['internal', 'internal', 'invalid-input']);
  });

  it('runs a long call under its callId: progress reaches the host and cancelCall stops it', async () => {
    const calls = new CallRegistry();
    const seen: CallProgress[] = [];
    let reached = 0;
    const slow = service({
      exportBundle: async (_input: never, call: CallContext) => {
        for (let i = 0; i < 1_000; i++) {
          await call.step(i, 1_000, `case ${i + 1}`);
          reached = i;
          await new Promise((r) => setTimeout(r, 1));
        }
        return { format: 'never', cases: [] };
      },
    });
    const running = dispatch(slow, 'exportBundle', { callId: 'c1' }, { calls, onProgress: (p) => seen.push(p) });
    await new Promise((r) => setTimeout(r, 30));
    expect(await dispatch(slow, 'cancelCall', { callId: 'c1' }, { calls })).toEqual({ ok: true, value: { cancelled: true } });
    const result = await running;
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(reached).toBeLessThan(999);
    expect(seen[0]).toEqual({ callId: 'c1', done: 0, total: 1_000, message: 'case 1' });
    expect(calls.size).toBe(0);
    // Once finished, the id is forgotten: a late cancel finds nothing.
    expect(await dispatch(slow, 'cancelCall', { callId: 'c1' }, { calls })).toEqual({ ok: true, value: { cancelled: false } });
  });
});
