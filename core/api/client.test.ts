import { describe, expect, it } from 'vitest';
import { createDeskClient, type DeskBridge } from './client';
import type { DeskApiImpl } from './contract';
import { dispatch } from './dispatch';
import { DeskError, deskErrorCode } from './errors';

// What Electron does to a value crossing IPC and contextBridge: a structured clone. A class
// instance arrives as a plain object (or, thrown, as a bare Error without its code), which is why
// results cross as data.
const acrossTheBridge = (service: DeskApiImpl): DeskBridge => ({
  invoke: async (method, input) => structuredClone(await dispatch(service, method, structuredClone(input))),
});

const missing = { getCase: () => { throw new DeskError('case-missing', 'That case is no longer in this workspace.'); } } as unknown as DeskApiImpl;

describe('createDeskClient', () => {
  it('re-throws a failure as a DeskError whose code survived the crossing', async () => {
    const desk = createDeskClient(acrossTheBridge(missing));
    const err = await desk.getCase({ id: 'gone' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeskError);
    expect(deskErrorCode(err)).toBe('case-missing');
    expect((err as Error).message).toBe('That case is no longer in this workspace.');
  });

  it('resolves with the value on success', async () => {
    const desk = createDeskClient(acrossTheBridge({ listHolidays: () => [{ date: '2024-05-08', name: 'Coronation' }] } as unknown as DeskApiImpl));
    expect(await desk.listHolidays({})).toEqual([{ date: '2024-05-08', name: 'Coronation' }]);
  });

  it('treats a code it does not know as a fault, and a broken transport as a lost connection', async () => {
    const odd = createDeskClient(async () => ({ ok: false, error: { code: 'made-up' as never, message: 'odd' } }));
    expect(deskErrorCode(await odd.listHolidays({}).catch((e: unknown) => e))).toBe('internal');
    const broken = createDeskClient(async () => { throw new Error('No handler registered for desk'); });
    const err = await broken.listHolidays({}).catch((e: unknown) => e);
    expect(deskErrorCode(err)).toBe('unavailable');
    expect((err as Error).message).toMatch(/open it again/);
  });

  it('recognises a DeskError made by another copy of the class (a separately bundled client)', () => {
    const foreign = Object.assign(new Error('busy'), { name: 'DeskError', code: 'workspace-locked' });
    expect(deskErrorCode(foreign)).toBe('workspace-locked');
    expect(deskErrorCode(new Error('plain'))).toBeNull();
    expect(deskErrorCode(Object.assign(new Error('x'), { name: 'DeskError', code: 'nonsense' }))).toBeNull();
  });

  it('passes progress events from the bridge to listeners until they stop listening', () => {
    const listeners = new Set<(p: { callId: string; done: number; total: number; message: string }) => void>();
    const desk = createDeskClient({
      invoke: async () => ({ ok: true, value: null }),
      onProgress: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    });
    const seen: number[] = [];
    const stop = desk.onProgress((p) => seen.push(p.done));
    for (const l of listeners) l({ callId: 'a', done: 1, total: 2, message: '' });
    stop();
    expect(listeners.size).toBe(0);
    expect(seen).toEqual([1]);
  });
});
