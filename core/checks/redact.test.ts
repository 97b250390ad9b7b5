import { describe, expect, it } from 'vitest';
import { redactDoc, redactQuestions } from './redact';

describe('redactDoc', () => {
  it('replaces every occurrence, keeping marks, and counts them', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Email a@b.org or ' }, { type: 'text', text: 'a@b.org', marks: [{ type: 'bold' }] }] }] };
    const { doc: out, count } = redactDoc(doc, 'a@b.org', '[redacted]');
    expect(count).toBe(2);
    expect(out.content![0]!.content!.map((n) => n.text)).toEqual(['Email [redacted] or ', '[redacted]']);
    expect(out.content![0]!.content![1]!.marks).toEqual([{ type: 'bold' }]);
    expect(doc.content[0]!.content[0]!.text).toBe('Email a@b.org or ');
  });

  it('reports nothing found when the passage is split across runs', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a@b' }, { type: 'text', text: '.org', marks: [{ type: 'italic' }] }] }] };
    expect(redactDoc(doc, 'a@b.org', '[redacted]').count).toBe(0);
  });
});

describe('redactQuestions', () => {
  const q = (number: string, text: string, label = '') => ({ id: `q${number}`, number, label, text, heading: false });
  it('cuts the words from the text and label of that question only, and counts them', () => {
    const { questions, count } = redactQuestions([q('1', 'Did Fred Bloggs visit?', 'Fred Bloggs'), q('2', 'Did Fred Bloggs pay?')], '1', 'Fred Bloggs', '[name]');
    expect(count).toBe(2);
    expect(questions[0]).toMatchObject({ text: 'Did [name] visit?', label: '[name]' });
    expect(questions[1]!.text).toBe('Did Fred Bloggs pay?');
  });
  it('counts nothing when the words are no longer there', () => {
    expect(redactQuestions([q('1', 'Anything?')], '1', 'Fred', '[name]').count).toBe(0);
  });
});
