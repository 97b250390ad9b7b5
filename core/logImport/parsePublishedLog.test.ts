import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePublishedLog } from './parsePublishedLog';

const EXAMPLE = readFileSync(join(__dirname, '../../../shared/examples/published-log-month.txt'), 'utf8');

describe('parsePublishedLog: the example month (a published PDF cut short)', () => {
  const { entries, report } = parsePublishedLog(EXAMPLE, { month: '2024-06' });

  it('finds its four entries, the two topics named but missing, and the three entries with no reference', () => {
    expect(report.entriesFound).toBe(4);
    expect(entries.map((e) => e.title)).toEqual([
      'IOPC Contact Centre and use of AI',
      'IOPC telephony and cloud storage',
      'Complaints about S afer Schools Police Officers',
      'Senior Proje ct Managers',
    ]);
    expect(report.topics).toHaveLength(6);
    expect(report.missingTopics).toEqual(['Pursuit related deaths data', 'Staffordshire Police referrals']);
    expect(entries[0]!.ref).toBe('5024007');
    expect(report.withoutReference).toEqual([
      { title: 'IOPC telephony and cloud storage', reference: 'LOG-2024-06-02' },
      { title: 'Complaints about S afer Schools Police Officers', reference: 'LOG-2024-06-03' },
      { title: 'Senior Proje ct Managers', reference: 'LOG-2024-06-04' },
    ]);
    expect(report.unreadable).toEqual([]);
  });

  it('takes a summary request\'s questions from the response, each answer under the questions it follows', () => {
    const first = entries[0]!;
    expect(first.summary).toMatch(/^You asked for information relating to our contact centre/);
    expect(first.questions.filter((q) => q.heading).map((q) => q.number)).toEqual(['1', '2', '3']);
    const answerOf = (n: string) => first.answers.filter((a) => a.covers.includes(n)).map((a) => a.text);
    expect(answerOf('1.c')).toEqual(['We currently have a team of 12 Advisors and 2 Managers']);
    expect(answerOf('1.f')).toEqual(['The primary WebEx contract expires in April 2025.']);
    // "In relation to the following questions:" 1g, 2a–c and 3a–b share the one refusal after them.
    const shared = first.answers.find((a) => a.covers.includes('1.g'))!;
    expect(shared.covers).toEqual(['1.g', '2.a', '2.b', '2.c', '3.a', '3.b']);
    expect(shared.text).toMatch(/^We have decided that responding to these questions/);
    // A question that runs on to a second line ending in "?" is still one question.
    expect(first.questions.find((q) => q.number === '2.c')!.text).toMatch(/What platform is used\?$/);
  });

  it('gives a numbered request\'s questions their own answers, and one answer covering all when the response names none', () => {
    const [, , third, fourth] = entries;
    expect(third!.answers).toHaveLength(1);
    expect(third!.answers[0]!.covers).toEqual(third!.questions.filter((q) => !q.heading).map((q) => q.number));
    expect(fourth!.questions).toHaveLength(7);
    expect(fourth!.answers.map((a) => [a.covers, a.text])).toEqual([
      [['1'], '1st April 2013'],
      [['2'], 'Not applicable. Senior Project Managers are currently employed'],
      [['3'], 'Please see attached'],
    ]);
  });
});

describe('parsePublishedLog: files that are not a log', () => {
  it('imports nothing from a binary file and says it does not read as text', () => {
    const bytes = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256);
    const { entries, report } = parsePublishedLog(new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u00ff]/g, '\ufffd'));
    expect(entries).toEqual([]);
    expect(report.unreadable.join(' ')).toMatch(/does not read as text/);
  });

  it('imports nothing from prose with no entries, and says which layout it looked for', () => {
    const { entries, report } = parsePublishedLog('Dear Sir,\n\nPlease find our annual report attached.\n\nRegards');
    expect(entries).toEqual([]);
    expect(report.unreadable.join(' ')).toMatch(/No entry was found.*"Request" and "Response"/);
  });

  it('leaves out an entry with no Response heading and says so', () => {
    const text = 'Ref\n123456\nBack to top\nParking fines\nRequest\nHow many?\n\nRef\n123457\nBack to top\nBins\nRequest\nHow often?\nResponse\nWeekly.';
    const { entries, report } = parsePublishedLog(text);
    expect(entries.map((e) => e.ref)).toEqual(['123457']);
    expect(report.unreadable).toEqual(['An entry ("Parking fines") has no "Response" heading, so it was left out.']);
  });

  it('finds the month in the title when none is given', () => {
    const text = 'Disclosure log: May 2024\n\nReference: FOI-1\nRequest\nHow many?\nResponse\nThree.';
    expect(parsePublishedLog(text).report.month).toBe('2024-05');
  });
});
