import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitRequest } from '../../../core/intake';
import { parseRequestFile } from './parseRequestFile';
import { buildTestMsg } from '../testing/testMsgFile';

// A request sent through WhatDoTheyKnow, as a saved email and as a text file: the footer goes, the reply
// address becomes the requester's email, and the channel is recorded. Written for these tests.
const REQUEST = readFileSync(new URL('../../../core/intake/corpus/64-wdtk-council-run-together-numbered.txt', import.meta.url), 'utf8');
const ADDRESS = 'foi+request-804512-6c1e9a2b@whatdotheyknow.com';

function eml(body: string, from = `Harriet Quill <${ADDRESS}>`): Uint8Array {
  const headers = [`From: ${from}`, 'To: FOI requests at Eastmoor District Council <foi@eastmoor.gov.uk>', 'Subject: Freedom of Information request - Fly-tipping enforcement', 'Date: Tue, 4 Jun 2024 08:30:00 +0100', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit'];
  return new TextEncoder().encode(`${headers.join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}`);
}

describe('WhatDoTheyKnow requests read from files', () => {
  it('an .eml: footer dropped, reply address as the email, channel WhatDoTheyKnow', async () => {
    const file = await parseRequestFile('request.eml', eml(REQUEST));
    expect(file.channel).toBe('whatdotheyknow');
    expect(file.requester).toEqual({ name: 'Harriet Quill', email: ADDRESS });
    expect(file.text).not.toMatch(/Please use this email address|Disclaimer|wrong address|FOI officer/);
    expect(file.text).toMatch(/^Dear Eastmoor District Council,/);
    expect(file.received).toBe('2024-06-04');
    expect(splitRequest(file.text).map((q) => q.number)).toEqual(['1', '2', '3']);
  });

  it('an .eml forwarded by a colleague: the reply address is still the one in the footer', async () => {
    const file = await parseRequestFile('request.eml', eml(REQUEST, 'Colleague <colleague@eastmoor.gov.uk>'));
    expect(file.requester?.email).toBe(ADDRESS);
    expect(file.channel).toBe('whatdotheyknow');
  });

  it('an Outlook .msg: the same', async () => {
    const msg = buildTestMsg({ subject: 'Freedom of Information request - Fly-tipping enforcement', body: REQUEST.replace(/\n/g, '\r\n'), senderName: 'Harriet Quill', senderEmail: ADDRESS, delivered: new Date(Date.UTC(2024, 5, 4, 7, 30)), attachments: [] });
    const file = await parseRequestFile('request.msg', msg);
    expect(file).toMatchObject({ channel: 'whatdotheyknow', requester: { name: 'Harriet Quill', email: ADDRESS } });
    expect(file.text).not.toMatch(/Please use this email address|Disclaimer|wrong address|FOI officer/);
  });

  it('a .txt: the same, with no sender name to keep', async () => {
    const file = await parseRequestFile('request.txt', new TextEncoder().encode(REQUEST));
    expect(file).toMatchObject({ channel: 'whatdotheyknow', requester: { name: '', email: ADDRESS } });
    expect(file.text).not.toContain('whatdotheyknow');
  });

  it('any other email came by email; a text file says nothing of its channel', async () => {
    const plain = 'Dear FOI team,\n\nHow many libraries closed in 2023?\n\nThanks,\nAl Perrin';
    expect((await parseRequestFile('request.eml', eml(plain, 'Al Perrin <al@example.org>'))).channel).toBe('email');
    expect((await parseRequestFile('request.txt', new TextEncoder().encode(plain))).channel).toBeUndefined();
  });
});
