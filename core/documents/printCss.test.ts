import { describe, expect, it } from 'vitest';
import { cssString, printCss } from './printCss';

// Seen: an organisation named '</style><script>…' ran a script when the HTML log was opened, and an
// injected paragraph printed in the PDF, because the running header's CSS string did not escape '<'.
describe('the running header in the stylesheet', () => {
  const hostile = 'Acme</style><script>alert(1)</script><p>INJECTED</p>';

  it('cannot end the <style> element', () => {
    const css = printCss(hostile);
    expect(css).not.toMatch(/<\/style/i);
    expect(css).not.toContain('<');
    expect(css).toContain('Acme\\3c /style\\3e \\3c script\\3e alert(1)');
  });

  it('keeps the text itself, as CSS escapes', () => {
    expect(cssString('A & B "quoted" \\ <x>')).toBe('"A \\26  B \\22 quoted\\22  \\5c  \\3c x\\3e "');
    expect(cssString('line one\nline two')).toBe('"line one line two"');
    expect(cssString('Cyngor Sir Ynys Môn')).toBe('"Cyngor Sir Ynys Môn"');
  });
});
