import { afterEach, describe, expect, it } from 'vitest';
import { logHtml } from '../../../core/documents/logHtml';
import type { LogMonth } from '../../../core/documents/logModel';
import { drawPreview } from './drawPreview';
import { logPreviewParts } from './logPreviewParts';

// Issue 13: a 328-entry month was parsed and laid out in one task of 150 ms. The preview now draws the
// title and contents at once and the entries in turns; these hold the cut and the turns to the log's
// real HTML (core/documents/logHtml.ts), so a change there that breaks the cut fails here.
function month(count: number): LogMonth {
  const entries = Array.from({ length: count }, (_, i) => ({
    anchor: `entry_${i + 1}`,
    ref: `50${String(i + 1).padStart(5, '0')}`,
    // Text that looks like the log's own markup is escaped, so it cannot be taken for an entry's start.
    title: i === 1 ? 'Why <section class="entry"> appears here </main>' : `Request ${i + 1}`,
    request: { kind: 'summary' as const, text: `You asked about item ${i + 1}.` },
    response: [],
    attachments: [],
  }));
  return {
    month: '2024-05',
    monthName: 'May 2024',
    title: 'Disclosure log: May 2024',
    organisationName: 'Example Council',
    contactEmail: 'foi@example.gov.uk',
    introduction: 'This month Example Council responded to requests on the following topics:',
    attachmentsNote: 'Ask us for copies of attachments.',
    entries,
    candidates: entries.map((e) => ({ ref: e.ref, title: e.title, include: true })),
  };
}

describe('logPreviewParts', () => {
  it('cuts the log into its frame (title, contents, note) and one piece an entry, losing nothing', () => {
    const html = logHtml(month(5));
    const parts = logPreviewParts(html)!;
    expect(parts.entries).toHaveLength(5);
    expect(parts.entries.every((e) => e.startsWith('<section class="entry"') && e.trimEnd().endsWith('</section>'))).toBe(true);
    expect(parts.frame).toContain('<nav class="contents"');
    expect(parts.frame).not.toContain('<section');
    expect(parts.frame.replace('</main>', `${parts.entries.join('')}</main>`)).toBe(html);
  });

  it('leaves a document without entries (a letter, an empty month) to be drawn whole', () => {
    expect(logPreviewParts(logHtml(month(0)))).toBeNull();
    expect(logPreviewParts('<!DOCTYPE html><html><body><main><p>Dear Jo</p></main></body></html>')).toBeNull();
  });
});

describe('drawPreview', () => {
  afterEach(() => document.body.replaceChildren());

  function host() {
    const el = document.createElement('div');
    document.body.append(el);
    return el.attachShadow({ mode: 'open' });
  }

  it('draws the title and contents at once, the entries in later turns, in order', async () => {
    const root = host();
    let turns = 0;
    // A budget of 0 ms: one entry a turn, so the turns can be counted.
    const drawing = drawPreview(root, logHtml(month(12)), { budgetMs: 0, nextTurn: async () => void turns++ });
    expect(root.querySelector('h1')?.textContent).toBe('Disclosure log: May 2024');
    expect(root.querySelectorAll('nav.contents a')).toHaveLength(12);
    expect(root.querySelectorAll('section.entry')).toHaveLength(0);
    await drawing.finished;
    expect(turns).toBe(12);
    expect([...root.querySelectorAll('section.entry h2')].map((h) => h.id)).toEqual(Array.from({ length: 12 }, (_, i) => `entry_${i + 1}`));
    expect(root.querySelectorAll('main > section.entry')).toHaveLength(12);
    expect(root.querySelector('#entry_2')?.textContent).toBe('Why <section class="entry"> appears here </main>');
  });

  it('answers a contents link to an entry not drawn yet once the entries before it are drawn', async () => {
    const root = host();
    const drawing = drawPreview(root, logHtml(month(30)), { budgetMs: 0, nextTurn: () => new Promise((r) => setTimeout(r, 0)) });
    expect(root.getElementById('entry_30')).toBeNull();
    const target = await drawing.find('entry_30');
    expect(target?.tagName).toBe('H2');
    expect(root.querySelectorAll('section.entry')).toHaveLength(30);
    expect(await drawing.find('top')).toBe(root.getElementById('top'));
    expect(await drawing.find('no_such_entry')).toBeNull();
  });

  it('stops when a newer preview replaces it, and a wait for an entry ends empty-handed', async () => {
    const root = host();
    const drawing = drawPreview(root, logHtml(month(30)), { budgetMs: 0, nextTurn: () => new Promise((r) => setTimeout(r, 0)) });
    const waiting = drawing.find('entry_30');
    drawing.stop();
    expect(await waiting).toBeNull();
    await drawing.finished;
    expect(root.querySelectorAll('section.entry').length).toBeLessThan(30);
  });

  it('draws a document without entries whole', async () => {
    const root = host();
    const drawing = drawPreview(root, '<!DOCTYPE html><html><head><style>p { color: #111; }</style></head><body><main><p id="x">Dear Jo</p></main></body></html>');
    expect(root.querySelector('style')?.textContent).toContain('color');
    expect(await drawing.find('x')).toBe(root.getElementById('x'));
  });
});
