import { describe, expect, it } from 'vitest';
import { fieldErrorText, saveErrorText } from './fieldErrorText';

const labels: Record<string, string> = { sent: 'Date sent', feeReceived: 'Fee received' };
const inWords = (message: string) => fieldErrorText(message, (path) => labels[path]);

describe('fieldErrorText', () => {
  it('puts the label where the service named the field by its path', () => {
    expect(inWords('patch.sent: is not a real calendar date')).toBe('Date sent is not a real calendar date');
    expect(inWords('patch.clock.feeReceived: use the form YYYY-MM-DD, for example 2024-05-01')).toBe('Fee received: use the form YYYY-MM-DD, for example 2024-05-01');
  });

  it('drops a path it has no label for, and leaves plain messages alone', () => {
    expect(inWords('patch.clock.publicInterestExtensionDays: too big')).toBe('Too big');
    expect(inWords('The workspace is busy: wait a moment and try again.')).toBe('The workspace is busy: wait a moment and try again.');
  });

  it('words each issue of several', () => {
    expect(inWords('patch.sent: is not a real calendar date; cases[0].received: is not a real calendar date')).toBe(
      'Date sent is not a real calendar date; Is not a real calendar date',
    );
  });
});

describe('saveErrorText (any save on the case screen, the New case form, Settings, the letter)', () => {
  it('names the field in words, never the path the service gave', () => {
    expect(saveErrorText(new Error('answer.doc.content[0].content[1].text: String must contain at most 200000 character(s)'))).toBe('The answer’s text: String must contain at most 200000 character(s)');
    expect(saveErrorText(new Error('patch.letter.salutation: String must contain at most 500 character(s)'))).toBe('Salutation: String must contain at most 500 character(s)');
    expect(saveErrorText(new Error('patch.requester.email: Invalid email'))).toBe("Requester's email: Invalid email");
    expect(saveErrorText(new Error('reviewAddress: too long'))).toBe('Review address: too long');
    expect(saveErrorText('patch.questions[3].number: Required')).toBe('Question number: Required');
  });
  it('leaves a message in words as it is', () => {
    expect(saveErrorText(new Error('Case S-1 was sent on 4 June 2024. Nothing was saved.'))).toBe('Case S-1 was sent on 4 June 2024. Nothing was saved.');
  });
});
