import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dispatch } from '../../core/api/dispatch';
import { DeskService } from './deskService';
import { tempWorkspacePath } from './testing/testWorkspace';

/**
 * Issue 12: everything the log prints passes the publication gate, not only the answers. A case with no
 * summary prints its questions word for word; the export call may also bring its own title and summary.
 */
const iopc = JSON.parse(readFileSync(new URL('../../fixtures/iopc-month.bundle.json', import.meta.url), 'utf8'));

let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;
let juneId: string;
beforeEach(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path);
  await service.importBundle({ bundle: iopc, replace: false });
  const [june] = await service.listCases({ filter: 'all', search: '5024113' });
  juneId = june!.id;
});
afterEach(async () => {
  await service.dispose?.();
  service.close();
  ws.cleanup();
});

async function refusal(input: Record<string, unknown>): Promise<string> {
  const r = await dispatch(service, 'exportLog', { month: '2024-06', format: 'html', ...input });
  if (r.ok) {
    const html = Buffer.from((r.value as { base64: string }).base64, 'base64').toString('utf8');
    throw new Error(`exported when it should have been refused; the log holds: ${html.slice(0, 200)}`);
  }
  expect(r.error.code).toBe('checks-failed');
  return r.error.message;
}

describe('the publication gate reads every text the log prints', () => {
  it('exports the untouched month (the fixture is clean)', async () => {
    const file = await service.exportLog({ month: '2024-06', format: 'html' });
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('5024113');
  });

  it('refuses a question carrying a third party\'s email, phone and postcode, and names each', async () => {
    const c = await service.getCase({ id: juneId });
    // The fixture's cases are sent: a change to one is made with a reason (core/model/sentEdits).
    await service.recordSentEdit({ caseId: juneId, reason: 'Testing the publication gate' });
    const questions = c.questions.map((q, i) => (i === 0 ? { ...q, text: `${q.text} Ask Jane at jane.doe@contractor.co.uk, 07700 900456, 3 Mill Lane AB1 2DE.` } : q));
    await service.updateCase({ id: juneId, patch: { questions, summary: '' } });
    // The log really would print it: the preview shows the question word for word.
    expect((await service.previewLog({ month: '2024-06' })).html).toContain('jane.doe@contractor.co.uk');
    const message = await refusal({});
    expect(message).toMatch(/entry 5024113 fails/);
    expect(message).toMatch(/email address[^.]*question/);
    expect(message).toContain('jane.doe@contractor.co.uk');
    expect(message).toContain('07700 900456');
    expect(message).toContain('AB1 2DE');
    const findings = await service.checkCase({ id: juneId, purpose: 'publish' });
    const blocking = findings.filter((f) => f.severity === 'error');
    expect(blocking.map((f) => f.ruleId).sort()).toEqual(['email-address', 'phone-number', 'postcode']);
    expect(blocking.every((f) => f.questionNumber === c.questions[0]!.number)).toBe(true);
  });

  it('refuses a question label and a reference that carry personal data', async () => {
    const c = await service.getCase({ id: juneId });
    await service.recordSentEdit({ caseId: juneId, reason: 'Testing the publication gate' });
    const questions = c.questions.map((q, i) => (i === 0 ? { ...q, label: 'jane.doe@contractor.co.uk' } : q));
    await service.updateCase({ id: juneId, patch: { questions } });
    expect(await refusal({})).toMatch(/label of question/);
    await service.updateCase({ id: juneId, patch: { questions: c.questions, ref: 'FOI PLACEHOLDER 24' } });
    expect(await refusal({})).toMatch(/requester's details in the reference/);
  });

  it('refuses a title or summary given to the export call itself', async () => {
    expect(await refusal({ overrides: { '5024113': { title: 'Request from Sam Placeholder' } } })).toMatch(/title/);
    expect(await refusal({ overrides: { '5024113': { summary: 'Asked by sam@example.net' } } })).toMatch(/summary/);
    // Overrides for an entry left out of the log publish nothing, so they block nothing.
    const file = await service.exportLog({ month: '2024-06', format: 'html', overrides: { '5024113': { include: false, title: 'Request from Sam Placeholder' } } });
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).not.toContain('Sam Placeholder');
  });

  it('catches the requester behind a line break, a zero-width space, words for @ and dot, capitals, the first name or look-alike letters', async () => {
    for (const summary of ['Asked by sam@\nexample.net', 'Asked by sam@exam\u200Bple.net', 'Asked by sam at example dot net', 'Thanks to Mr PLACEHOLDER', 'Thank you Sam', 'Asked by S\u0430m Pl\u0430ceholder']) {
      expect(await refusal({ overrides: { '5024113': { summary } } })).toMatch(/requester/);
    }
  });
});
