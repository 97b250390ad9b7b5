import { generateHTML, generateJSON } from '@tiptap/html/server';
import { describe, expect, it } from 'vitest';
import { answerExtensions } from '../../../core/editor/extensions';
import { cleanPastedHtml } from '../editor/cleanPastedHtml';

// Copy and paste between answers goes through HTML: ProseMirror serialises the copied slice with the
// schema's renderHTML, and the paste is cleaned (cleanPastedHtml) and parsed back by parseHTML.
// A clause must come through whole, values and gaps included, or a pasted refusal loses its section.

const extensions = answerExtensions();
const attrs = {
  clauseId: 'foia-s31-1-a',
  version: 2,
  title: 'Law enforcement: "prevention" & detection',
  kind: 'exemption',
  section: 's31(1)(a)',
  values: { reason: 'Locations <of> cameras', likelihood: 'would be likely to' },
  text: 'We are withholding this under section 31(1)(a).\n\nLocations <of> cameras\n\n[factors against]',
  missing: ['factors_against'],
};
const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Before' }] }, { type: 'clause', attrs }, { type: 'paragraph', content: [{ type: 'text', text: 'After' }] }] };

describe('a clause node on the clipboard', () => {
  it('survives copy (renderHTML), paste cleaning and parsing with every attribute', () => {
    const html = generateHTML(doc, extensions);
    expect(html).toContain('data-clause');
    const pasted = generateJSON(cleanPastedHtml(html), extensions) as typeof doc;
    expect(pasted.content[1]).toEqual({ type: 'clause', attrs });
    expect(pasted.content.map((n) => n.type)).toEqual(['paragraph', 'clause', 'paragraph']);
  });

  it('pasted as plain wording where the attributes were lost, it is text, not a broken clause', () => {
    const pasted = generateJSON('<p>We are withholding this under section 31(1)(a).</p>', extensions) as typeof doc;
    expect(pasted.content.every((n) => n.type === 'paragraph')).toBe(true);
  });
});
