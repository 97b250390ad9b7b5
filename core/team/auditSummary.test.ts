import { describe, expect, it } from 'vitest';
import { auditSummary } from './auditSummary';

describe("the audit trail's lines", () => {
  it('says a change of status, owner and sign-off as an officer would', () => {
    expect(auditSummary({ what: 'status', fields: ['status'], old: { status: 'drafting' }, new: { status: 'in-review' } })).toBe('Status changed from In progress to Ready for review');
    expect(auditSummary({ what: 'assignment', fields: ['owner'], old: { owner: null }, new: { owner: 'jo_bloggs' } })).toBe('Owner set to jo_bloggs');
    expect(auditSummary({ what: 'assignment', fields: ['owner'], old: { owner: 'jo_bloggs' }, new: { owner: 'sam_smith' } })).toBe('Owner changed from jo_bloggs to sam_smith');
    expect(auditSummary({ what: 'assignment', fields: ['owner'], old: { owner: 'jo_bloggs' }, new: { owner: null } })).toBe('Unassigned (was jo_bloggs)');
    expect(auditSummary({ what: 'approval', fields: ['approval'], old: { by: null }, new: { by: 'sam_smith' } })).toBe('Approved for sending (as sam_smith)');
    expect(auditSummary({ what: 'approval', fields: ['approval'], old: { by: 'sam_smith' }, new: { by: null } })).toBe('Approval withdrawn');
  });

  it("names an answer by its questions, and says what changed in it", () => {
    expect(auditSummary({ what: 'answer', fields: ['text'], questions: ['3'] })).toBe('Answer to question 3 edited');
    expect(auditSummary({ what: 'answer', fields: ['added'], questions: ['2.a', '2.b', '2.c'] })).toBe('Answer to questions 2a–c added');
    expect(auditSummary({ what: 'answer', fields: ['deleted'], questions: [] })).toBe('An answer not linked to a question deleted');
    expect(auditSummary({ what: 'answer', fields: ['restored'], questions: ['1'] })).toBe('Answer to question 1 restored from an earlier version');
    expect(auditSummary({ what: 'answer', fields: ['outcome'], questions: ['1'], old: { outcome: 'answered' }, new: { outcome: 'not-held' } })).toBe(
      'Answer to question 1: outcome changed from Answered to Information not held',
    );
    expect(auditSummary({ what: 'answer', fields: ['text', 'outcome', 'exemptions'], questions: ['4'] })).toBe('Answer to question 4 edited (text, outcome and exemptions cited)');
    expect(auditSummary({ what: 'answer', fields: ['comment'], questions: ['1'], new: { comment: 'Give the year.' } })).toBe("Reviewer's comment on the answer to question 1: “Give the year.”");
    expect(auditSummary({ what: 'answer', fields: ['comment'], questions: ['1'], old: { comment: 'Give the year.' }, new: { comment: null } })).toBe("Reviewer's comment on the answer to question 1 resolved");
  });

  it("says one detail changed from what to what, UK dates included, and lists several by name", () => {
    expect(auditSummary({ what: 'case', fields: ['received'], old: { received: '2024-06-03' }, new: { received: '2024-06-05' } })).toBe('Date received changed from 3 June 2024 to 5 June 2024');
    expect(auditSummary({ what: 'case', fields: ['sent'], old: { sent: null }, new: { sent: '2024-07-01' } })).toBe('Date sent changed from none to 1 July 2024');
    expect(auditSummary({ what: 'case', fields: ['title'], old: { title: 'Potholes' }, new: { title: 'Potholes on the A38' } })).toBe('Title changed from “Potholes” to “Potholes on the A38”');
    expect(auditSummary({ what: 'case', fields: ['regime'], old: { regime: 'foia' }, new: { regime: 'eir' } })).toBe('Regime changed from FOIA to EIR');
    expect(auditSummary({ what: 'case', fields: ['publish'], old: { publish: true }, new: { publish: false } })).toBe('Marked not for publishing in the log');
    // A long text is kept as its hash: named, not quoted.
    expect(auditSummary({ what: 'case', fields: ['summary'], old: { summary: { chars: 900, md5: 'x', start: 'A' } }, new: { summary: 'Short' } })).toBe('Log summary changed');
    expect(auditSummary({ what: 'case', fields: ['requesterName', 'requestText'], old: { requesterName: null }, new: { requesterName: null } })).toBe("Requester's name and request text changed");
    expect(auditSummary({ what: 'case', fields: ['created'], new: { ref: 'FOI-1' } })).toBe('Case FOI-1 created');
    expect(auditSummary({ what: 'case', fields: ['binned'] })).toBe('Case moved to the bin');
  });

  it('says which checks were overridden or withdrawn, and why', () => {
    const late = { ruleId: 'late-response', reason: 'Agreed with the requester' };
    expect(auditSummary({ what: 'overrides', fields: ['overrides'], old: { overrides: [] }, new: { overrides: [late] } })).toBe('Check overridden: late-response — “Agreed with the requester”');
    expect(auditSummary({ what: 'overrides', fields: ['overrides'], old: { overrides: [late] }, new: { overrides: [{ ruleId: 'missing-exemption', questionNumber: '2', reason: 'Cited in the letter' }] } })).toBe(
      'Check overridden: missing-exemption (question 2) — “Cited in the letter”; Override withdrawn: late-response',
    );
    expect(auditSummary({ what: 'sent-edit', fields: ['reason'], new: { reason: 'Typo in the figures' } })).toBe('Changed after sending: Typo in the figures');
  });
});
