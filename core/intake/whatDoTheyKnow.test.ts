import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitRequest } from './split-request';
import { readWhatDoTheyKnow } from './whatDoTheyKnow';

const corpus = (name: string): string => readFileSync(new URL(`./corpus/${name}`, import.meta.url), 'utf8');
const COUNCIL = corpus('64-wdtk-council-run-together-numbered.txt');
const POLICE = corpus('65-wdtk-police-bracketed-inline-with-quoted-reply.txt');
const FOOTER_PHRASES = [
  'Please use this email address',
  'the wrong address for Freedom of Information requests',
  'whatdotheyknow.com/change_request',
  'Disclaimer: This message',
  'publication of requests and responses will be delayed',
  'If you find this service useful',
  '-------------------',
];

describe('readWhatDoTheyKnow', () => {
  it('drops the footer, takes its reply address and says the request came through WhatDoTheyKnow', () => {
    const read = readWhatDoTheyKnow(COUNCIL);
    expect(read.replyAddress).toBe('foi+request-804512-6c1e9a2b@whatdotheyknow.com');
    expect(read.channel).toBe('whatdotheyknow');
    for (const phrase of FOOTER_PHRASES) expect(read.text).not.toContain(phrase);
    expect(read.text.startsWith('Dear Eastmoor District Council,')).toBe(true);
    expect(read.text.endsWith('Harriet Quill')).toBe(true);
  });

  it('keeps the quoted correspondence under the footer as context', () => {
    const read = readWhatDoTheyKnow(POLICE);
    expect(read.replyAddress).toBe('foi+request-811207-0fa4d3e9@whatdotheyknow.com');
    for (const phrase of FOOTER_PHRASES) expect(read.text).not.toContain(phrase);
    expect(read.text).toContain('watchful_resident\n\nOn Mon, 3 Jun 2024 at 10:15, Freedom of Information <foi@northvale.police.uk> wrote:');
    expect(read.text).toContain('> We can confirm that 214 pursuits were started in 2022.');
  });

  it('finds a footer without its rules, with Windows line ends, and leaves no blank lines behind', () => {
    const text = [
      'Dear Sir or Madam,',
      '',
      'How many parking fines did the council cancel on appeal in 2023?',
      '',
      'Yours faithfully,',
      'Sam Ellery',
      '',
      'Please use this email address for all replies to this request:',
      'FOI+request-700001-ab12cd34@WhatDoTheyKnow.com',
      '',
      'Is foi@example.gov.uk the wrong address for Freedom of Information requests to Example Council? If so, please contact us using this form:',
      'https://www.whatdotheyknow.com/change_request/new?body=example_council',
      '',
      'Disclaimer: This message and any reply that you make will be published on the internet. Our privacy and copyright policies:',
      'https://www.whatdotheyknow.com/help/officers',
      '',
    ].join('\r\n');
    const read = readWhatDoTheyKnow(text);
    expect(read.text).toBe('Dear Sir or Madam,\r\n\r\nHow many parking fines did the council cancel on appeal in 2023?\r\n\r\nYours faithfully,\r\nSam Ellery'.replace(/\r\n/g, '\n'));
    expect(read.replyAddress).toBe('foi+request-700001-ab12cd34@whatdotheyknow.com');
  });

  it('leaves other text as it was, with the channel it was given', () => {
    const text = 'Dear FOI team,\n\nHow many libraries closed in 2023?\n\n\nThanks,\nAl';
    expect(readWhatDoTheyKnow(text)).toEqual({ text, replyAddress: '', channel: 'email' });
    expect(readWhatDoTheyKnow(text, 'post').channel).toBe('post');
    expect(readWhatDoTheyKnow('').channel).toBe('email');
  });

  it('knows a forwarded WhatDoTheyKnow request by its address alone', () => {
    const read = readWhatDoTheyKnow('From: Jo Bloggs <foi+request-123456-deadbeef@whatdotheyknow.com>\n\nHow many gritters does the council own?');
    expect(read).toMatchObject({ replyAddress: 'foi+request-123456-deadbeef@whatdotheyknow.com', channel: 'whatdotheyknow' });
  });

  it('stops at the footer: a paragraph after it that is not the footer\'s own is kept', () => {
    const text = 'How many bins?\n\n---------------------\nPlease use this email address for all replies to this request:\nfoi+request-1-abcd1234@whatdotheyknow.com\n\nP.S. Spreadsheets are fine.';
    expect(readWhatDoTheyKnow(text).text).toBe('How many bins?\n\nP.S. Spreadsheets are fine.');
  });

  it('keeps the footer out of the split', () => {
    const texts = splitRequest(COUNCIL).map((q) => q.text).join('\n');
    for (const phrase of FOOTER_PHRASES) expect(texts).not.toContain(phrase);
    expect(texts).not.toContain('whatdotheyknow');
  });
});
