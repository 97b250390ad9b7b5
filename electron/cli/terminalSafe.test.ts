import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { terminalSafe } from './terminalSafe';
import { cli } from './runForTest';
import { tempWorkspacePath } from '../services/testing/testWorkspace';

describe('terminalSafe', () => {
  it('writes escape sequences, carriage returns and bidi overrides as visible escapes', () => {
    expect(terminalSafe('a\u001b]0;pwned\u0007b')).toBe('a\\u001b]0;pwned\\u0007b');
    expect(terminalSafe('fine\rFAKE')).toBe('fine\\u000dFAKE');
    expect(terminalSafe('abc\u202Edcb')).toBe('abc\\u202edcb');
    expect(terminalSafe('\u009b31m')).toBe('\\u009b31m');
  });

  it('keeps ordinary text, tabs, line breaks and non-Latin letters', () => {
    expect(terminalSafe('1.\tCyngor Môn\n2.\tДа £600 — “quoted”')).toBe('1.\tCyngor Môn\n2.\tДа £600 — “quoted”');
  });

  it('is lossless inside JSON output: the escape parses back to the same character', () => {
    const json = JSON.stringify({ title: 'x\u0085y\u202e' });
    expect(JSON.parse(terminalSafe(json))).toEqual({ title: 'x\u0085y\u202e' });
  });
});

// Seen: `desk split` echoed a request file's escape sequences straight to the terminal.
describe('the desk command', () => {
  it('never writes a raw control character from a file to the terminal', async () => {
    const ws = tempWorkspacePath();
    try {
      const file = join(ws.dir, 'request.txt');
      writeFileSync(file, '1. How many \u001b[2J\u001b[31mparking permits\u001b[0m were issued?\n2. What did they cost\r\u001b]0;owned\u0007?\n');
      const r = await cli('split', file);
      expect(r.code).toBe(0);
      expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(r.out).toContain('\\u001b[31mparking permits');
      const missing = await cli('split', join(ws.dir, 'no\u001b[2Jsuch.txt'));
      expect(missing.err).not.toContain('\u001b');
    } finally {
      ws.cleanup();
    }
  });
});
