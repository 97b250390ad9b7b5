import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliWithStdin } from './runForTest';
import { tempWorkspacePath } from '../services/testing/testWorkspace';
import { buildTestMsg } from '../services/testing/testMsgFile';
import { buildTestDocx } from '../services/testing/testDocxFile';

const fixture = (name: string) => new URL(`../services/intake/fixtures/${name}`, import.meta.url).pathname;

const cli = (argv: string[], stdin = '') => cliWithStdin(argv, stdin);

const numbers = (out: string) => (JSON.parse(out) as { questions: Array<{ number: string }> }).questions.map((q) => q.number);

let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(() => (ws = tempWorkspacePath()));
afterEach(() => ws.cleanup());

describe('desk split', () => {
  it('prints the questions of an email as pretty JSON', async () => {
    const r = await cli(['split', fixture('request.eml')]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).questions[2]).toEqual({ number: '2.a', label: 'a)', text: 'How many penalty charge notices were issued in permit zones in 2024?', heading: false });
    expect(numbers(r.out)).toEqual(['1', '2', '2.a', '2.b', '3']);
    expect(r.out).toMatch(/^\{\n {2}"questions": \[\n {4}\{\n {6}"number": "1",/);
  });

  it('reads .txt, .msg and .docx files', async () => {
    expect(numbers((await cli(['split', fixture('request.txt')])).out)).toEqual(['1', '2', '3']);
    const msg = join(ws.dir, 'request.msg');
    writeFileSync(msg, buildTestMsg({ subject: 'FOI', body: 'Dear team,\r\n(1) Who cleans the bus shelters?\r\n(2) How often?\r\nThanks', senderName: 'Ola Nowak', senderEmail: 'ola@example.org' }));
    expect(numbers((await cli(['split', msg])).out)).toEqual(['1', '2']);
    const docx = join(ws.dir, 'request.docx');
    writeFileSync(docx, await buildTestDocx(['Hello,', { text: 'How many parks are there?', level: 0 }, { text: 'How many have toilets?', level: 0 }]));
    expect(numbers((await cli(['split', docx])).out)).toEqual(['1', '2']);
  });

  it('reads standard input with - or no file', async () => {
    const text = readFileSync(fixture('request.txt'), 'utf8');
    expect(numbers((await cli(['split', '-'], text)).out)).toEqual(['1', '2', '3']);
    expect(numbers((await cli(['split'], text)).out)).toEqual(['1', '2', '3']);
    expect(await cli(['split'], '')).toEqual({ code: 0, out: '{\n  "questions": []\n}', err: '' });
  });

  it('exits 1 with one line saying what to do for a missing or unreadable file', async () => {
    const missing = await cli(['split', join(ws.dir, 'nope.eml')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^desk split: .*nope\.eml could not be opened: no such file\.$/);
    const broken = join(ws.dir, 'broken.msg');
    writeFileSync(broken, 'not an Outlook message');
    const r = await cli(['split', broken]);
    expect(r).toEqual({ code: 1, out: '', err: 'desk split: broken.msg could not be read as an Outlook message. Save it from Outlook again (File › Save As › Outlook Message Format), or paste the text instead.' });
    const pdf = join(ws.dir, 'request.pdf');
    writeFileSync(pdf, '%PDF-1.7');
    expect((await cli(['split', pdf])).err).toMatch(/request\.pdf is not a file Disclosure Desk can read/);
  });

  it('exits 2 when typed wrongly, and lists itself in help', async () => {
    for (const args of [['split', 'a.txt', 'b.txt'], ['split', '--bogus']]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
    }
    expect((await cli(['--help'])).out).toMatch(/split\s+split a request into its questions/);
    expect((await cli(['split', '--help'])).out).toMatch(/^Usage: desk split \[FILE \| -\]/);
  });
});
