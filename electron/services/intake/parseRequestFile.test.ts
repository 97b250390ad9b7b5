import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitRequestToJson } from '../../../core/intake';
import { DeskError } from '../../../core/api/errors';
import { RequestFileSchema } from '../../../core/model';
import { parseRequestFile } from './parseRequestFile';
import { buildTestMsg } from '../testing/testMsgFile';
import { buildTestDocx } from '../testing/testDocxFile';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const bytesOf = (text: string) => new TextEncoder().encode(text);

async function refusal(name: string, bytes: Uint8Array): Promise<DeskError> {
  const err = await parseRequestFile(name, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `${name} should have been refused`).toBeInstanceOf(DeskError);
  expect((err as DeskError).code).toBe('invalid-input');
  return err as DeskError;
}

const trafficMsg = {
  subject: 'Freedom of Information request - traffic cameras',
  body: 'Hello,\r\n\r\nPlease answer the following:\r\n\r\n1. How many traffic cameras does the council operate?\r\n2. How much did they cost to maintain in 2024?\r\n\r\nBest wishes\r\nCallum Reyes\r\n\r\n',
  senderName: 'Callum Reyes',
  senderEmail: 'callum.reyes@example.com',
  // 23:10 UTC on 30 June is 00:10 on 1 July in London (BST): received on 1 July.
  delivered: new Date(Date.UTC(2024, 5, 30, 23, 10)),
  attachments: [{ name: 'camera-locations.pdf', content: '%PDF-1.4 stand-in' }, { name: 'map.png', content: 'PNG stand-in' }],
};

describe('parseRequestFile: .eml', () => {
  it('reads sender, UK date of receipt, subject, text body and attachment names', async () => {
    const file = await parseRequestFile('request.eml', fixture('request.eml'));
    expect(RequestFileSchema.parse(file)).toEqual(file);
    expect(file).toMatchObject({
      sourceKind: 'eml',
      // Sent 23:45 UTC on Sunday 30 March 2025, after the clocks went forward: Monday 31 March in the UK.
      received: '2025-03-31',
      requester: { name: 'Imogen Thwaite', email: 'imogen.thwaite@example.org' },
      subject: "FOI request: residents' parking permits",
      attachments: [{ name: 'wards-of-interest.csv' }],
    });
    // The text part, not the HTML one, and CRLF made uniform.
    expect(file.text).toMatch(/^Dear Freedom of Information team,\n\nUnder the Freedom/);
    expect(file.text).not.toMatch(/[\r<]/);
    expect(file.text.endsWith('Imogen Thwaite')).toBe(true);
    expect(splitRequestToJson(file.text).questions.map((q) => q.number)).toEqual(['1', '2', '2.a', '2.b', '3']);
  });

  it('falls back to the HTML body as text, numbering its lists as they appear on screen', async () => {
    const eml = [
      'From: "Okafor, Tunde" <tunde@example.org>',
      'Subject: Request for information',
      'Date: Tue, 14 Jan 2025 10:02:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="rel"',
      '',
      '--rel',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><head><style>li { color: red }</style></head><body><p>Dear team,</p><ol><li><p>Cost of the new depot &pound;?</p></li><li>Staff numbers',
      '<ol type="a"><li>full&nbsp;time</li><li>part time</li></ol></li></ol><p>Thanks<br>Tunde <img src="cid:logo1"></p></body></html>',
      '--rel',
      'Content-Type: image/png; name="logo.png"',
      'Content-ID: <logo1>',
      'Content-Disposition: inline; filename="logo.png"',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '--rel--',
      '',
    ].join('\r\n');
    const file = await parseRequestFile('html-only.eml', bytesOf(eml));
    expect(file.text).toBe('Dear team,\n1. Cost of the new depot £?\n2. Staff numbers\na. full time\nb. part time\n\nThanks\nTunde');
    expect(file.requester).toEqual({ name: 'Okafor, Tunde', email: 'tunde@example.org' });
    expect(file.received).toBe('2025-01-14');
    // The signature's logo is shown inside the HTML: it is not an attachment the officer must list.
    expect(file.attachments).toEqual([]);
  });

  it('reads a message saved with a mailbox "From " line on top, as Thunderbird may save it', async () => {
    const saved = new Uint8Array([...bytesOf('From - Mon Mar 31 08:00:00 2025\r\n'), ...fixture('request.eml')]);
    const file = await parseRequestFile('thunderbird.eml', saved);
    expect(file).toMatchObject({ received: '2025-03-31', requester: { email: 'imogen.thwaite@example.org' }, attachments: [{ name: 'wards-of-interest.csv' }] });
  });

  it('gives no date when the email has none, rather than guessing', async () => {
    const file = await parseRequestFile('undated.eml', bytesOf('From: a@example.org\r\nSubject: Hello\r\n\r\n1. One?\r\n'));
    expect(file.received).toBeNull();
    expect(file.requester).toEqual({ name: '', email: 'a@example.org' });
  });

  it('refuses a letter saved under an .eml name', async () => {
    const err = await refusal('letter.eml', fixture('request.txt'));
    expect(err.message).toBe('letter.eml is not an email message (it has no From, Subject or Date line). Save the email from your mail program again (as .eml), or paste the text instead.');
    await refusal('zip.eml', await buildTestDocx(['Dear team']));
  });
});

describe('parseRequestFile: Outlook .msg', () => {
  it('reads a compound file built to MS-OXMSG: sender, delivery date in the UK, subject, body, attachments', async () => {
    const file = await parseRequestFile('traffic.msg', buildTestMsg(trafficMsg));
    expect(file).toEqual({
      text: 'Hello,\n\nPlease answer the following:\n\n1. How many traffic cameras does the council operate?\n2. How much did they cost to maintain in 2024?\n\nBest wishes\nCallum Reyes',
      received: '2024-07-01',
      requester: { name: 'Callum Reyes', email: 'callum.reyes@example.com' },
      subject: 'Freedom of Information request - traffic cameras',
      attachments: [{ name: 'camera-locations.pdf' }, { name: 'map.png' }],
      sourceKind: 'msg',
      channel: 'email',
    });
  });

  // Skipped only where the `file` command is not installed: it is an outside opinion on the format,
  // not something the product needs. msgreader reading the file back is tested above either way.
  it.skipIf(spawnSync('file', ['--version']).status !== 0)('is a file libmagic recognises as an Outlook message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-msg-'));
    try {
      writeFileSync(join(dir, 'm.msg'), buildTestMsg(trafficMsg));
      expect(spawnSync('file', ['-b', join(dir, 'm.msg')], { encoding: 'utf8' }).stdout).toMatch(/Microsoft Outlook Message/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves the date empty when Outlook recorded none, and ignores an Exchange address that is not an email', async () => {
    const file = await parseRequestFile('x.msg', buildTestMsg({ ...trafficMsg, delivered: undefined, senderEmail: '/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=CREYES', attachments: [] }));
    expect(file.received).toBeNull();
    expect(file.requester).toEqual({ name: 'Callum Reyes', email: '' });
    expect(file.attachments).toEqual([]);
  });

  it('refuses corrupt and mislabelled messages with what to do', async () => {
    const good = buildTestMsg(trafficMsg);
    const err = await refusal('broken.msg', good.slice(0, 700));
    expect(err.message).toBe('broken.msg could not be read as an Outlook message. Save it from Outlook again (File › Save As › Outlook Message Format), or paste the text instead.');
    await refusal('text.msg', fixture('request.txt'));
    await refusal('email.msg', fixture('request.eml'));
    const scrambled = good.slice();
    for (let i = 512; i < scrambled.length; i += 7) scrambled[i] = 0xff;
    await refusal('scrambled.msg', scrambled);
  });
});

describe('parseRequestFile: .docx', () => {
  it("keeps Word's automatic numbering, which raw text would lose", async () => {
    const docx = await buildTestDocx(['Dear FOI officer,', 'Please tell me:', { text: 'How many libraries open on Sundays?', level: 0 }, { text: 'Staffing', level: 0 }, { text: 'How many librarians work there?', level: 1 }, { text: 'How many volunteers?', level: 1 }, 'Kind regards,', 'Priya Anand']);
    const file = await parseRequestFile('letter.docx', docx);
    expect(file).toMatchObject({ sourceKind: 'docx', received: null, requester: null, subject: '', attachments: [] });
    expect(file.text).toContain('1. How many libraries open on Sundays?\n2. Staffing');
    expect(file.text).toContain('a. How many librarians work there?\nb. How many volunteers?');
    expect(splitRequestToJson(file.text).questions.map((q) => [q.number, q.heading])).toEqual([['1', false], ['2', true], ['2.a', false], ['2.b', false]]);
  });

  it('refuses a damaged document', async () => {
    const docx = await buildTestDocx(['Dear FOI officer,']);
    const err = await refusal('damaged.docx', docx.slice(0, docx.length / 2));
    expect(err.message).toBe('damaged.docx could not be read as a Word document. Open it in Word and save it again as .docx, or paste the text instead.');
    await refusal('letter.docx', fixture('request.txt'));
  });
});

describe('parseRequestFile: .txt', () => {
  it('reads the fixture as it is', async () => {
    const file = await parseRequestFile('request.txt', fixture('request.txt'));
    expect(file).toMatchObject({ sourceKind: 'txt', received: null, requester: null, subject: '', attachments: [] });
    expect(file.text).toBe(fixture('request.txt').toString('utf8').trimEnd());
  });

  it('reads UTF-8 with a BOM, UTF-16 from Notepad and Windows-1252', async () => {
    const wording = 'Q1: What did the “Green Streets” scheme cost — in £ and €?';
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(wording + '\r\n\r\n')]);
    expect((await parseRequestFile('bom.txt', bom)).text).toBe(wording);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(wording, 'utf16le'))]);
    expect((await parseRequestFile('notepad.txt', utf16)).text).toBe(wording);
    // “ ” — £ € in Windows-1252, which is not valid UTF-8.
    const cp1252 = new Uint8Array([...bytesOf('Q1: What did the '), 0x93, ...bytesOf('Green Streets'), 0x94, ...bytesOf(' scheme cost '), 0x97, ...bytesOf(' in '), 0xa3, ...bytesOf(' and '), 0x80, 0x3f]);
    expect((await parseRequestFile('old.txt', cp1252)).text).toBe(wording);
  });

  it('refuses binary data under a text name', async () => {
    const err = await refusal('scan.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    expect(err.message).toMatch(/^scan\.txt is not a text file .* paste the text instead\.$/);
  });
});

describe('parseRequestFile: what it refuses', () => {
  it('names the formats it reads when the extension is unknown', async () => {
    const err = await refusal('C:\\Users\\officer\\Downloads\\request.pdf', bytesOf('%PDF-1.7'));
    expect(err.message).toBe('request.pdf is not a file Disclosure Desk can read. Use a saved email (.eml or .msg), a Word document (.docx) or a text file (.txt), or paste the text instead.');
    await refusal('no-extension', bytesOf('1. One?'));
  });

  it('refuses files over 25 MB before parsing them, and empty files', async () => {
    const err = await refusal('huge.eml', new Uint8Array(25 * 1024 * 1024 + 1));
    expect(err.message).toBe('huge.eml is 25.1 MB, over the 25 MB limit. Save the email again without its attachments, or paste the text instead.');
    expect((await parseRequestFile('exactly.txt', new Uint8Array(25 * 1024 * 1024).fill(0x41))).text).toHaveLength(25 * 1024 * 1024);
    expect((await refusal('empty.msg', new Uint8Array(0))).message).toMatch(/^empty\.msg is empty\./);
  });
});
