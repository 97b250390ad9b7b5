import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './runForTest';
import { tempWorkspacePath } from '../services/testing/testWorkspace';
import { FindingSchema } from '../../core/checks/finding';

const defective = new URL('../../fixtures/defective.bundle.json', import.meta.url).pathname;


let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(async () => {
  ws = tempWorkspacePath();
  expect((await cli('import', '--db', ws.path, defective)).code).toBe(0);
});
afterEach(() => ws.cleanup());

describe('desk check', () => {
  it('exits 1 and lists the findings of a defective case', async () => {
    const r = await cli('check', '--db', ws.path, '--ref', 'D-0001');
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines).toContain('public-interest-test-missing\terror\tD-0001\t2\tSection 31(1)(a) is a qualified exemption, so the response must set out the public interest test. Missing: the factors in favour of disclosure; the factors in favour of maintaining the exemption; your conclusion on the balance.');
    // In a letter the requester's own address is a warning; in the log it is an error.
    expect(lines.some((l) => l.startsWith('requester-details\twarning\tD-0001\t1\t'))).toBe(true);
    expect(lines.at(-1)).toBe('1 error, 1 warning.');
  });

  it('checks the month for publishing, as JSON', async () => {
    const r = await cli('check', '--db', ws.path, '--month', '2024-05', '--json');
    expect(r.code).toBe(1);
    const findings = FindingSchema.array().parse(JSON.parse(r.out));
    const email = findings.find((f) => f.ruleId === 'requester-details');
    expect(email).toMatchObject({ severity: 'error', caseRef: 'D-0001', questionNumber: '1', excerpt: 'jordan.example@example.com', redaction: { find: 'jordan.example@example.com', replaceWith: '[redacted]' } });
    expect(findings.every((f) => f.caseRef === 'D-0001')).toBe(true);
  });

  it('exits 0 on a clean case', async () => {
    expect(await cli('check', '--db', ws.path, '--ref', 'C-0002')).toEqual({ code: 0, out: 'No problems found.', err: '' });
    expect((await cli('check', '--db', ws.path, '--ref', 'C-0002', '--purpose', 'publish')).code).toBe(0);
  });

  it('exits 2 for usage mistakes and 1 for a missing case', async () => {
    for (const args of [['check', '--db', ws.path], ['check', '--db', ws.path, '--ref', 'X', '--month', '2024-05'], ['check', '--db', ws.path, '--month', '2024-13'], ['check', '--db', ws.path, '--ref', 'C-0002', '--purpose', 'print']]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
    }
    expect((await cli('check', '--db', ws.path, '--ref', 'NOPE')).code).toBe(1);
  });
});
