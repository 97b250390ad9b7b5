import { describe, expect, it } from 'vitest';
import { normaliseLines } from './normalise-lines';
import { withoutQuotedCorrespondence } from './quotedCorrespondence';
import { splitRequest } from './split-request';

const own = (text: string): string[] => withoutQuotedCorrespondence(normaliseLines(text)).filter((l) => l !== '');
const numbers = (text: string): string[] => splitRequest(text).map((q) => `${q.number} ${q.text}`);

describe('quoted earlier correspondence', () => {
  it('ends the message at "On … wrote:", also when the mail program broke the line before "wrote:"', () => {
    expect(own('1. How many?\n\nOn Mon, 3 Jun 2024 at 10:15, FOI Team <foi@example.gov.uk> wrote:\n2. Old question?')).toEqual(['1. How many?']);
    expect(own('1. How many?\n\nOn Mon, 3 Jun 2024 at 10:15, FOI Team <foi@example.gov.uk>\nwrote:\n2. Old question?')).toEqual(['1. How many?']);
  });

  it('ends it at "-----Original Message-----" and at an Outlook From/Sent/To/Subject block', () => {
    expect(own('1. How many?\n-----Original Message-----\n2. Old?')).toEqual(['1. How many?']);
    expect(own('1. How many?\n\nFrom: FOI <foi@example.gov.uk>\nSent: 12 February 2024 09:02\nTo: Jo\nSubject: RE: Bins\n\n2. Old?')).toEqual(['1. How many?']);
  });

  it('drops "> " lines wherever they are', () => {
    expect(own('> 1. What did you spend?\nThank you. 2. How many staff?\n> quoted')).toEqual(['Thank you. 2. How many staff?']);
  });

  it('keeps a request forwarded under a header with nothing above it', () => {
    expect(own('-----Original Message-----\nFrom: Jo <jo@example.org>\nSent: 1 March 2024 10:00\nTo: FOI\nSubject: Bins\n\n1. How many bins?')).toEqual(['1. How many bins?']);
  });

  it('reads a message that is all quoted lines without its quote marks', () => {
    expect(own('> 1. How many bins?\n> 2. How many lorries?')).toEqual(['1. How many bins?', '2. How many lorries?']);
  });

  it('does not mistake a sentence starting "On" or a "From:" line without a header block for a quote', () => {
    expect(own('On 3 June 2024 I asked about bins. 1. How many?')).toEqual(['On 3 June 2024 I asked about bins. 1. How many?']);
    expect(own('From: 1 April 2023\n1. How many?')).toEqual(['From: 1 April 2023', '1. How many?']);
  });

  it('keeps the questions of the earlier correspondence out of the split', () => {
    const text = 'Dear FOI team,\n\n1. How many gritters were used in January 2024?\n\nKind regards,\nJo\n\nOn Mon, 3 Jun 2024 at 10:15, FOI <foi@example.gov.uk> wrote:\n> 1. How many gritters were used in 2023?\n> 2. What did they cost?';
    expect(numbers(text)).toEqual(['1 How many gritters were used in January 2024?']);
  });
});
