import { describe, expect, it } from 'vitest';
import { caseFromSpec, type CaseSpec } from './caseSpec';
import { checkCase } from './checkCase';
import { redactDoc } from './redact';
import { publicationBlockers } from './publicationGate';
import { oneAnswer, testContext } from './ruleHarness';

/**
 * Issue 12, "Published personal data": what the log prints beyond the answers, and the evasions that
 * passed the checks. Each case here went to the log with "No problems found" before the fix.
 */
const requester = { name: 'Jordan Example', email: 'jordan.example@example.com', address: '14 Acacia Avenue, Exampletown' };
const publish = (spec: CaseSpec) => checkCase(caseFromSpec(spec), testContext({ purpose: 'publish' }));
const blockers = (spec: CaseSpec) => publicationBlockers(publish(spec));

describe('the log\'s other texts are checked', () => {
  it('finds a third party\'s email, phone and postcode in a question, naming the question', () => {
    const spec: CaseSpec = { ...oneAnswer(['Yes.'], {}, { requester }), questions: [{ number: '1', text: 'Did Jane (jane.doe@contractor.co.uk, 07700 900456, AB1 2DE) complain?' }] };
    const found = blockers(spec);
    expect(found.map((f) => [f.ruleId, f.questionNumber, f.excerpt])).toEqual([
      ['email-address', '1', 'jane.doe@contractor.co.uk'],
      ['phone-number', '1', '07700 900456'],
      ['postcode', '1', 'AB1 2DE'],
    ]);
    expect(found[0]!.message).toMatch(/in question 1:/);
    expect(found[0]!.redaction).toEqual({ find: 'jane.doe@contractor.co.uk', replaceWith: '[redacted]' });
    // A letter goes back to the person who wrote the question: not read there.
    expect(checkCase(caseFromSpec(spec), testContext({ purpose: 'send' })).filter((f) => f.questionNumber === '1' && f.ruleId === 'email-address')).toEqual([]);
  });

  it('finds personal data in a question\'s label and in the reference', () => {
    const spec = caseFromSpec({ ...oneAnswer(['Yes.'], {}, { requester }), ref: 'EXAMPLE 2024-1', title: 'Potholes' });
    const labelled = { ...spec, questions: spec.questions.map((q) => ({ ...q, label: 'jane@contractor.co.uk' })) };
    const found = publicationBlockers(checkCase(labelled, testContext({ purpose: 'publish' })));
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/^The requester's details in the reference: "EXAMPLE"/),
      expect.stringMatching(/in the label of question 1: "jane@contractor.co.uk"/),
    ]);
  });
});

describe('evasions of the personal-data checks', () => {
  const leaks: [string, string, string][] = [
    ['email with "at" and "dot" in words', 'Write to jane at contractor dot co dot uk.', 'jane at contractor dot co dot uk'],
    ['email with "(at)" and "(dot)"', 'Write to jane(at)contractor(dot)com.', 'jane(at)contractor(dot)com'],
    ['email broken by a line break', 'Write to jane.doe@contractor.\nco.uk today.', 'jane.doe@contractor.\nco.uk'],
    ['email broken mid-word', 'Write to jane.doe@contr\nactor.co.uk today.', 'jane.doe@contr\nactor.co.uk'],
    ['email with a zero-width space', 'Write to jane.doe@contr\u200Bactor.co.uk today.', 'jane.doe@contr\u200Bactor.co.uk'],
    ['email with a soft hyphen', 'Write to jane.doe@contr\u00ADactor.co.uk today.', 'jane.doe@contr\u00ADactor.co.uk'],
    ['email in full-width letters', 'Write to ｊａｎｅ＠contractor.co.uk today.', 'ｊａｎｅ＠contractor.co.uk'],
    ['email with Cyrillic letters', 'Write to j\u0430ne@c\u043Entractor.co.uk today.', 'j\u0430ne@c\u043Entractor.co.uk'],
  ];
  it.each(leaks)('finds a third party\'s %s, and the redaction cuts exactly it', (_what, text, excerpt) => {
    const spec = oneAnswer([text], {}, { requester });
    const [f, ...rest] = blockers(spec);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'email-address', excerpt });
    const c = caseFromSpec(spec);
    // The one-click redaction acts on runs of text: without a line break, the answer is one run.
    if (!excerpt.includes('\n')) {
      const { doc, count } = redactDoc(c.answers[0]!.doc, f!.redaction!.find, f!.redaction!.replaceWith);
      expect(count).toBe(1);
      expect(JSON.stringify(doc)).toContain(text.replace(excerpt, '[redacted]'));
    }
  });

  const requesterLeaks: [string, string, string][] = [
    ['surname in capitals', 'As MR EXAMPLE asked, here are the figures.', 'EXAMPLE'],
    ['first name alone', 'Thank you Jordan for your request.', 'Jordan'],
    ['first name in capitals', 'THANK YOU JORDAN.', 'JORDAN'],
    ['name with Cyrillic look-alikes', 'As J\u043Erdan Ex\u0430mple asked.', 'J\u043Erdan Ex\u0430mple'],
    ['email behind a zero-width space', 'We wrote to jordan.example@exam\u200Bple.com.', 'jordan.example@exam\u200Bple.com'],
    ['email broken by a line break', 'We wrote to jordan.example@\nexample.com.', 'jordan.example@\nexample.com'],
    ['email in words', 'We wrote to jordan.example at example dot com.', 'jordan.example at example dot com'],
  ];
  it.each(requesterLeaks)('finds the requester\'s %s', (_what, text, excerpt) => {
    const found = blockers(oneAnswer([text], {}, { requester }));
    expect(found.map((f) => [f.ruleId, f.excerpt])).toEqual([['requester-details', excerpt]]);
  });

  it('finds a name stored in NFC when the answer spells it in NFD, and the other way round', () => {
    const nfc = 'Zo\u00EB Bront\u00EB';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    for (const [stored, written] of [[nfc, nfd], [nfd, nfc], [nfc, 'Zoe Bronte']]) {
      const found = blockers(oneAnswer([`As ${written} asked.`], {}, { requester: { name: stored!, email: '', address: '' } }));
      expect(found.map((f) => f.excerpt)).toEqual([written]);
    }
  });

  it('leaves prose that only looks like the evasions alone', () => {
    const clean = [
      'The data at rest is encrypted. The figures are available at www.police.uk and at 10.30 each day.',
      'Please contact foi@exampleshire.gov.uk.\nThe figures follow.',
      'For example, the green spaces and the JORDANSTOWN depot.',
      'Will you May we Mark the report.',
    ];
    for (const text of clean) expect(blockers(oneAnswer([text], {}, { requester }))).toEqual([]);
    // A first name that is an ordinary word is matched only with the surname.
    expect(blockers(oneAnswer(['May we add that Will Smith agreed.'], {}, { requester: { name: 'May Green', email: '', address: '' } }))).toEqual([]);
    // Two letters are initials and words more often than a name.
    expect(blockers(oneAnswer(['Jo and Ed in the ED team.'], {}, { requester: { name: 'Jo Bloggs', email: '', address: '' } }))).toEqual([]);
    // A first name that is also a word of the organisation's name.
    expect(publicationBlockers(checkCase(caseFromSpec(oneAnswer(['Exampleshire holds no data.'], {}, { requester: { name: 'Exampleshire Jones', email: '', address: '' } })), testContext({ purpose: 'publish' })))).toEqual([]);
  });
});
