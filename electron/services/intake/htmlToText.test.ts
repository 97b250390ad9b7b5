import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlToText';

describe('htmlToText', () => {
  it('drops head, styles, scripts and comments and decodes entities', () => {
    const html = '<html><head><title>x</title><style>p{}</style></head><body><!-- [if mso] --><script>alert(1)</script><p>Costs in &pound;&nbsp;and &#8364; &amp; &#x2014; &bogus;</p></body></html>';
    expect(htmlToText(html)).toBe('Costs in £ and € & — &bogus;');
  });

  it('numbers lists as a browser shows them, honouring type and start', () => {
    const html = '<ol start="4"><li>Four</li><li>Five<ol type="i"><li>roman one</li><li>roman two</li></ol></li></ol><ul><li>bullet</li></ul>';
    expect(htmlToText(html)).toBe('4. Four\n5. Five\ni. roman one\nii. roman two\n- bullet');
  });

  it("uses the caller's styles for nested lists without a type (a Word document's)", () => {
    const html = '<ol><li>One<ol><li>sub</li></ol></li></ol>';
    expect(htmlToText(html)).toBe('1. One\n1. sub');
    expect(htmlToText(html, { listStyles: ['1', 'a'] })).toBe('1. One\na. sub');
  });

  it('keeps table cells apart and line breaks where the reader saw them', () => {
    expect(htmlToText('<table><tr><td>Year</td><td>2024</td></tr><tr><td>Cost</td><td>£5</td></tr></table><p>a<br>b</p>')).toBe('Year 2024\nCost £5\n\na\nb');
  });

  it('hides what an unclosed <script>, <style> or comment would hide in a browser, and nothing else', () => {
    expect(htmlToText('<p>Kept</p><style>p { color: red }<p>hidden')).toBe('Kept');
    expect(htmlToText('<p>Kept</p><!-- never closed <p>hidden')).toBe('Kept');
    // An unclosed <head> or <title> is only a tag: the body after it is still the request.
    expect(htmlToText('<head><p>1. Still here</p>')).toBe('1. Still here');
    expect(htmlToText('a < b and c <d')).toBe('a < b and c <d');
  });

  it('shows list numbers as a browser does when start is out of range', () => {
    expect(htmlToText('<ol type="i" start="4000"><li>x</li></ol>')).toBe('4000. x');
    expect(htmlToText('<ol type="a" start="1e400"><li>x</li></ol>')).toBe('a. x');
    expect(htmlToText('<ol start="-2"><li>x</li><li>y</li></ol>')).toBe('-2. x\n-1. y');
  });
});

describe('htmlToText on hostile HTML: linear in the length of the body', () => {
  // Before: 40,000 list items took 26 s (40 s on this machine: trimming the whole output per item),
  // and 400,000 unclosed <style> over 5 minutes (each one searched to the end for </style>).
  const within = (ms: number, run: () => string): string => {
    const started = performance.now();
    const out = run();
    expect(performance.now() - started).toBeLessThan(ms);
    return out;
  };

  it('40,000 list items', () => {
    const out = within(2_000, () => htmlToText(`<ol>${'<li><p>How many?</p></li>'.repeat(40_000)}</ol>`));
    expect(out.split('\n')).toHaveLength(40_000);
    expect(out.split('\n').at(-1)).toBe('40000. How many?');
  });

  it('400,000 unclosed <style>, <head>, comments and tags that never end', () => {
    expect(within(2_000, () => htmlToText(`<p>Dear team,</p>${'<style>'.repeat(400_000)}`))).toBe('Dear team,');
    expect(within(2_000, () => htmlToText(`<p>Dear team,</p>${'<head>'.repeat(400_000)}<p>1. Why?</p>`))).toBe('Dear team,\n\n1. Why?');
    expect(within(2_000, () => htmlToText(`<p>Dear team,</p>${'<!--'.repeat(400_000)}`))).toBe('Dear team,');
    expect(within(2_000, () => htmlToText(`<p>Dear team,</p>${'<a '.repeat(400_000)}`))).toMatch(/^Dear team,\n<a <a /);
    expect(within(2_000, () => htmlToText(`<p>x</p>${'&#32;'.repeat(200_000)}${'<li>'.repeat(10_000)}`))).toBe('x');
  });
});
