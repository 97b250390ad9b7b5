import { describe, expect, it } from 'vitest';
import { CallRegistry, createCallContext, type CallProgress } from './calls';

describe('createCallContext', () => {
  it('reports the first and last step and at most one in between per interval', async () => {
    let clock = 0;
    const seen: CallProgress[] = [];
    const context = createCallContext({ callId: 'a', onProgress: (p) => seen.push(p), now: () => clock });
    for (let i = 0; i <= 10; i++) {
      await context.step(i, 10, `step ${i}`);
      clock += 30;
    }
    // 0 ms, then every 100 ms or more (at 120, 240), then the last.
    expect(seen.map((p) => p.done)).toEqual([0, 4, 8, 10]);
  });

  it('throws a cancelled DeskError at the next step once aborted', async () => {
    const controller = new AbortController();
    const context = createCallContext({ signal: controller.signal });
    await context.step(0, 2, 'first');
    controller.abort();
    await expect(context.step(1, 2, 'second')).rejects.toMatchObject({ name: 'DeskError', code: 'cancelled' });
  });
});

describe('CallRegistry', () => {
  it('cancels only the call named, and follows a host signal', async () => {
    const calls = new CallRegistry();
    const host = new AbortController();
    const a = calls.begin('a');
    const b = calls.begin('b', { signal: host.signal });
    expect(calls.cancel('a')).toBe(true);
    expect(a.context.signal.aborted).toBe(true);
    expect(b.context.signal.aborted).toBe(false);
    host.abort();
    expect(b.context.signal.aborted).toBe(true);
    a.end();
    b.end();
    expect(calls.size).toBe(0);
    expect(calls.cancel('a')).toBe(false);
  });
});
