import { describe, expect, it } from 'vitest';
import { deskContract } from './contract';
import { DESK_METHOD_NAMES, LONG_CALL_METHODS } from './methodNames';

describe('DESK_METHOD_NAMES', () => {
  it('names exactly the methods of the contract, each once', () => {
    expect([...DESK_METHOD_NAMES].sort()).toEqual(Object.keys(deskContract).sort());
    expect(new Set(DESK_METHOD_NAMES).size).toBe(DESK_METHOD_NAMES.length);
  });

  it('gives every long call a callId in its input, and no other call one', () => {
    for (const name of DESK_METHOD_NAMES) {
      const shape = (deskContract[name].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      const takesCallId = 'callId' in shape && name !== 'cancelCall';
      expect(takesCallId, name).toBe((LONG_CALL_METHODS as readonly string[]).includes(name));
    }
  });
});
