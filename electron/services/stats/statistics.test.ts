import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import type { StatisticsReport } from '../../../core/stats/statsContract';
import { DeskService } from '../deskService';
import { docxParts } from '../docx/docxInspection';
import { tempWorkspacePath } from '../testing/testWorkspace';
import { openWorkspaceDb } from '../workspaceDb';

/**
 * The statistics end to end on a real SQLite file, through dispatch (so the contract's schemas are
 * checked): cases made and answered as the window makes them, one in the bin, one from a past log, and
 * the exports read back as a spreadsheet and Word would read them.
 */
let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;
const today = '2024-07-15';

beforeEach(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => today });
});
afterEach(async () => {
  service.close();
  ws.cleanup();
});

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(service, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

const doc = (text: string) => ({ type: 'doc', content: text ? [{ type: 'paragraph', content: [{ type: 'text', text }] }] : [{ type: 'paragraph' }] });

interface Made {
  id: string;
}

/** A case received on `received`, its answers saved as the editor saves them, then sent on `sent` (or left open). */
async function made(ref: string, received: string, sent: string | null, answers: { text: string; disposition: string; exemptions?: string[] }[], regime = 'foia'): Promise<Made> {
  const c = await call<Made>('createCase', { ref, title: `Request ${ref}`, regime, received, requester: { name: 'A Requester', email: 'a@example.org', address: '' }, requestText: '' });
  let i = 0;
  for (const a of answers) {
    await call('saveAnswer', { caseId: c.id, answer: { id: `${ref}-a${++i}`, covers: [], doc: doc(a.text), disposition: a.disposition, exemptions: a.exemptions ?? [], redirectTo: '' } });
  }
  if (sent) await call('updateCase', { id: c.id, patch: { status: 'sent', sent } });
  return c;
}

async function workspaceWithKnownCases(): Promise<void> {
  // Received Tue 2 April 2024: day 20 is Tue 30 April.
  const reviewed = await made('Q2-1', '2024-04-02', '2024-04-30', [{ text: 'We hold 12 vehicles.', disposition: 'answered' }]);
  // Internal reviews, recorded on sent cases as the case screen records them (no reason asked: a review
  // changes nothing that was sent). Counted in the quarter they were asked for.
  await call('updateCase', { id: reviewed.id, patch: { review: { requested: '2024-05-05', outcome: 'overturned', completed: '2024-06-01' } } });
  await made('Q2-2', '2024-04-02', '2024-05-01', [
    { text: 'The budget was £40,000.', disposition: 'answered' },
    { text: 'The names are withheld under section 40(2).', disposition: 'exempt', exemptions: ['s40(2)'] },
    // An answer just started has no words: it counts for nothing.
    { text: '', disposition: 'exempt', exemptions: ['s43(2)'] },
  ]);
  await made('Q2-3', '2024-05-15', '2024-06-03', [{ text: 'The information is not held.', disposition: 'not-held' }]);
  await made('Q2-4', '2024-06-20', null, [{ text: 'Draft.', disposition: 'exempt', exemptions: ['s31(1)(a)'] }]);
  const binned = await made('Q2-5', '2024-04-03', '2024-04-04', [{ text: 'Yes.', disposition: 'answered' }]);
  await call('updateCase', { id: binned.id, patch: { review: { requested: '2024-04-10', outcome: 'upheld', completed: '2024-04-20' } } });
  await call('deleteCase', { id: binned.id });
  const past = await made('Q2-6', '2024-04-03', '2024-04-04', [{ text: 'Yes.', disposition: 'answered' }]);
  await call('updateCase', { id: past.id, patch: { review: { requested: '2024-04-10', outcome: 'upheld', completed: null } } });
  const q1 = await made('Q1-1', '2024-03-28', '2024-04-02', [{ text: 'Yes.', disposition: 'answered' }], 'eir');
  // A request from January to March, its review asked for in April: counted in April to June.
  await call('updateCase', { id: q1.id, patch: { review: { requested: '2024-04-20', outcome: 'upheld', completed: '2024-05-10' } } });
  // A past log's entry, as desk import-log stores it: never counted.
  service.close();
  const db = openWorkspaceDb(ws.path, undefined, { create: false });
  db.prepare("UPDATE cases SET historical = 1 WHERE ref = 'Q2-6'").run();
  db.close();
  service = new DeskService(ws.path, { today: () => today });
}

const values = (r: StatisticsReport, table: string) => Object.fromEntries(r.tables.find((t) => t.id === table)!.rows.map((row) => [row.id, row.values]));

describe('statistics on a real workspace', () => {
  it('counts the quarter received, leaving the bin, past-log entries and empty answers out', async () => {
    await workspaceWithKnownCases();
    const r = await call<StatisticsReport>('statistics', { period: '2024-Q2' });
    expect(r.asOf).toBe(today);
    expect(values(r, 'received')).toEqual({ received: [4], answered: [3], open: [1], 'closed-unanswered': [0] });
    expect(values(r, 'timeliness')).toMatchObject({ 'within-limit': [2], 'within-extension': [0], late: [1], 'in-time-percent': [66.7] });
    expect(values(r, 'outcomes')).toMatchObject({ 'granted-in-full': [1], 'granted-in-part': [1], 'not-held': [1], 'withheld-in-full': [0] });
    // s43(2) was only in an empty answer, s31 only in an open case's draft.
    expect(r.tables.find((t) => t.id === 'exemptions')!.rows.map((row) => [row.label, row.values])).toEqual([['FOIA s40 personal information', [1]]]);
    // Q2-1's and Q1-1's reviews; Q2-5's is in the bin and Q2-6 is a past-log entry.
    expect(values(r, 'internal-reviews')).toEqual({
      'reviews-requested': [2],
      'review-upheld': [1],
      'review-partly-upheld': [0],
      'review-overturned': [1],
      'review-withdrawn': [0],
      'reviews-undecided': [0],
    });

    const year = await call<StatisticsReport>('statistics', { period: '2024' });
    expect(values(year, 'received')['received']).toEqual([1, 4, 0, 0, 5]);
    expect(values(year, 'by-regime')['eir-received']).toEqual([1, 0, 0, 0, 1]);
    expect(values(year, 'internal-reviews')['reviews-requested']).toEqual([0, 2, 0, 0, 2]);
  });

  it('refuses a period it cannot read, saying what to type', async () => {
    const r = await dispatch(service, 'statistics', { period: '2024-06' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/2024-Q2/);
  });

  it('exports the same figures as CSV, read back line by line', async () => {
    await workspaceWithKnownCases();
    const file = await call<{ fileName: string; base64: string }>('exportStatistics', { period: '2024-Q2', format: 'csv' });
    expect(file.fileName).toBe('foi-statistics-2024-Q2.csv');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Table,Measure,April to June 2024');
    expect(lines).toContain('Requests received,Requests received,4');
    expect(lines).toContain('Timeliness of responses,Answered late,1');
    expect(lines).toContain('Initial outcomes,Granted in part (partly withheld),1');
    expect(lines).toContain('Internal reviews,Internal reviews requested,2');
    expect(lines).toContain('Internal reviews,Original decision overturned,1');
  });

  it('exports an accessible DOCX: title, language, headings in order, real tables with header rows', async () => {
    await workspaceWithKnownCases();
    const file = await call<{ fileName: string; base64: string }>('exportStatistics', { period: '2024', format: 'docx' });
    expect(file.fileName).toBe('foi-statistics-2024.docx');
    const bytes = Buffer.from(file.base64, 'base64');
    const parts = await docxParts(bytes);
    expect(parts['docProps/core.xml']).toContain('<dc:title>Freedom of information statistics: 2024</dc:title>');
    expect(parts['docProps/core.xml']).toContain('<dc:language>en-GB</dc:language>');
    const body = parts['word/document.xml']!;
    expect(body.match(/<w:tblHeader\/>/g)?.length).toBe(6); // every table, internal reviews too

    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    expect(html).toMatch(/^<h1>Freedom of information statistics: 2024<\/h1>/);
    const headings = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(['Requests received', 'Timeliness of responses', 'Initial outcomes', 'Exemptions and exceptions cited', 'Internal reviews', 'By regime', 'Notes']);
    // The year's table: four quarters and the year, the figures as text.
    expect(html).toContain('<th><p><strong>January to March 2024</strong></p></th>');
    expect(html).toMatch(/<td><p><strong>Requests received<\/strong><\/p><\/td><td><p><strong>1<\/strong><\/p><\/td><td><p><strong>4<\/strong><\/p><\/td><td><p><strong>0<\/strong><\/p><\/td><td><p><strong>0<\/strong><\/p><\/td><td><p><strong>5<\/strong><\/p><\/td>/);
    expect(html).not.toContain('Not recorded yet');
    expect(html).toMatch(/<td><p><strong>Internal reviews requested<\/strong><\/p><\/td><td><p><strong>0<\/strong><\/p><\/td><td><p><strong>2<\/strong><\/p><\/td>/);
    expect(html).toMatch(/<td><p>Original decision upheld<\/p><\/td><td><p>0<\/p><\/td><td><p>1<\/p><\/td>/);
  });
});
